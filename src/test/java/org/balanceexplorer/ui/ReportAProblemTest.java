package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help &gt; Report a problem in the real window: the versions and the log's last lines to copy,
 * in plain words on screen (stack traces folded), whole on the clipboard.
 */
class ReportAProblemTest extends RunningAppTest {

    /** The property that names the log's folder (the app layer's log files read it). */
    private static final String LOG_DIR = "explorer.logDir";

    @TempDir
    Path temp;

    @BeforeAll
    static void noFileManager() {
        // The opener the window is built with: none, as on a machine without a desktop.
        System.setProperty("explorer.addressOpener", "no-such-address-opener");
    }

    @AfterAll
    static void openerBack() {
        System.clearProperty("explorer.addressOpener");
    }

    @AfterEach
    void logDirBack() {
        System.clearProperty(LOG_DIR);
    }

    /** A log of 260 records as the app writes them, the last but one with a stack trace. */
    private Path knownLog() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("state folder"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 260; i++) {
            lines.add(String.format("2025-01-31 14:02:%02d.%03d INFO org.balanceexplorer.test: record %d of the known log",
                    i % 60, i, i));
        }
        lines.add(258, "java.lang.IllegalStateException: disk gone");
        lines.add(259, "\tat org.balanceexplorer.test.Somewhere.run(Somewhere.java:12)");
        Files.write(dir.resolve("explorer-0.log"), lines, StandardCharsets.UTF_8);
        System.setProperty(LOG_DIR, dir.toString());
        return dir;
    }

    private void openTheReport() throws Exception {
        Menu help = onFx(() -> app.window().menuBar().help());
        MenuItem item = onFx(() -> help.getItems().stream().filter(i -> "report-problem".equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no Report a problem item in Help")));
        assertThat(item.getText()).isEqualTo("_Report a problem\u2026");
        interact(() -> {
            help.show();
            item.fire();
            help.hide();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#copy-report").tryQuery()
                .map(b -> !b.isDisabled()).orElse(false));
    }

    private String shownReport() {
        return lookup("#report-text").queryAs(TextArea.class).getText();
    }

    @Test
    void theReportShowsTheVersionsAndTheLogsLastLinesAndCopiesThem() throws Exception {
        Path dir = knownLog();
        openTheReport();

        String shown = shownReport();
        assertThat(shown).contains("South Asia Strategic Balance Explorer: problem report")
                .contains("App version: ")
                .contains("Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor"))
                .contains("JavaFX: " + System.getProperty("javafx.runtime.version"))
                .contains("System: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + " (" + System.getProperty("os.arch") + ")")
                .contains(app.model().dataset().info().name()).contains(app.model().dataset().info().version())
                .contains("Display: UI scale 100 %, theme light, palette standard")
                .contains("Locale: ")
                .contains("Log (explorer-0.log, the last 200 lines):")
                .contains("record 260 of the known log").contains("record 63 of the known log")
                .doesNotContain("record 62 of the known log");
        // Plain words on screen: the stack trace is folded into one line; the copy has it whole.
        assertThat(shown).doesNotContain("\tat ").doesNotContain("IllegalStateException")
                .contains("(2 more lines of detail for the developers: in the copied text)");
        assertThat(lookup("#report-what-to-send").queryLabeled().getText()).contains("what you did")
                .contains("lecturer");
        assertThat(lookup("#log-file-path").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("explorer-0.log").toString());

        clickOn("#copy-report");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).startsWith("South Asia Strategic Balance Explorer: problem report\n")
                .contains("Java: " + System.getProperty("java.version"))
                .contains("java.lang.IllegalStateException: disk gone\n\tat org.balanceexplorer.test.Somewhere.run")
                .endsWith("record 260 of the known log\n");
        assertThat(copied.lines().filter(l -> l.contains("of the known log")).count()).isEqualTo(198);
        assertThat(lookup("#copy-report").queryButton().getText()).isEqualTo("Copied");
    }

    @Test
    void withNoLogYetTheReportSaysSoInAPlainLine() throws Exception {
        Path none = temp.resolve("no state folder yet");
        System.setProperty(LOG_DIR, none.toString());
        openTheReport();

        assertThat(shownReport()).contains("JavaFX: ")
                .endsWith("\nLog: there is no log yet, so there are no log lines to send.\n");
        assertThat(lookup("#log-file-path").queryAs(TextField.class).getText())
                .isEqualTo(none.resolve("explorer-0.log").toString());
        // No folder to open; its path is there to copy.
        assertThat(lookup("#open-log-folder").queryAs(Button.class).isDisabled()).isTrue();
        clickOn("#copy-report");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(shownReport());
    }

    @Test
    void withNoFileManagerTheLogsFolderIsOfferedToCopy() throws Exception {
        Path dir = knownLog();
        openTheReport();

        clickOn("#open-log-folder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#address-to-copy").tryQuery().isPresent());
        assertThat(lookup("#address-to-copy").queryAs(TextField.class).getText()).isEqualTo(dir.toString());
        assertThat(lookup((javafx.scene.control.Label l) -> l.getText() != null
                && l.getText().contains("No program to open folders is installed here")).tryQuery()).isPresent();
    }
}
