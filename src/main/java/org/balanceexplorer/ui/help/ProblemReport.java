package org.balanceexplorer.ui.help;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.I18n;

/**
 * Help &gt; Report a problem: a text to send with a bug report (the versions of the app, Java,
 * JavaFX and the system, the dataset, the display settings, and the log's last lines), a button
 * that copies it, and where the whole log is.
 *
 * <p>The log keeps the detail, stack traces included (the app layer writes it); the window shows
 * plain words. So the dialog shows the report with each stack trace folded into one line saying
 * how long it is, and the copied text has it whole. A stack trace's lines are told apart by their
 * start: each record of the log begins with its time ({@code 2025-01-31 14:02:07.123 WARNING ...}),
 * its message on that one line; any other line belongs to the trace of the record above it.
 *
 * <p>Threads: the log is read on a thread of its own, never on the FX thread; the dialog says it
 * is reading until the text is there, and the copy button waits for it.
 */
public final class ProblemReport {

    /** How many of the log's last lines a report carries. */
    static final int LOG_LINES = 200;
    /**
     * How much of the log's end is read: the app rotates its log at 1 MB, so this is the whole
     * file in practice, and a file grown larger some other way costs no more.
     */
    static final int TAIL_BYTES = 1 << 20;
    /**
     * The plain line a report carries when no log has been written, in the language chosen when
     * this class was loaded (the app chooses before any view is built).
     */
    static final String NO_LOG = I18n.text("help.report.log.none");

    private static final Logger LOG = Logger.getLogger(ProblemReport.class.getName());
    /** The start of a log record: its date and time, as the app's log writes them. */
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}\\s\\d{2}:\\d{2}:\\d{2}.*");

    /**
     * What a report needs that only the app knows: the ui layer does not reach into the app layer,
     * so the app hands these down when it builds the window.
     *
     * @param logFile     the newest log file (it may not exist yet)
     * @param settings    the settings in use, or null before they are read
     * @param openAddress opens an address (here a folder's {@code file:} address) the platform's way
     */
    public record Sources(Supplier<Path> logFile, Supplier<Settings> settings, Consumer<String> openAddress) {
        public Sources {
            Objects.requireNonNull(logFile, "logFile");
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(openAddress, "openAddress");
        }
    }

    /**
     * A report: the whole text for the clipboard, and the same with the stack traces folded for
     * the screen.
     */
    record Report(String full, String onScreen) {
    }

    /** The log's end as read: its last lines, or a plain line saying why there are none. */
    record LogTail(List<String> lines, boolean wholeFile, String plainLine) {
        static LogTail of(List<String> lines, boolean wholeFile) {
            return new LogTail(List.copyOf(lines), wholeFile, null);
        }

        static LogTail none(String plainLine) {
            return new LogTail(List.of(), true, plainLine);
        }
    }

    private ProblemReport() {
    }

    /**
     * Reads the last lines of a log file: at most {@code max}, from at most its last
     * {@value #TAIL_BYTES} bytes, bytes that are not UTF-8 replaced. A missing, empty or unreadable
     * file gives a plain line instead (the reason goes to the log, not the screen).
     */
    static LogTail readTail(Path log, int max) {
        try (SeekableByteChannel in = Files.newByteChannel(log)) {
            long size = in.size();
            long start = Math.max(0, size - TAIL_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (size - start));
            in.position(start);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // reads until full or the end
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(text.lines().toList());
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0); // cut in the middle
            }
            if (lines.isEmpty()) {
                return LogTail.none(I18n.text("help.report.log.empty"));
            }
            boolean whole = start == 0 && lines.size() <= max;
            return LogTail.of(lines.subList(Math.max(0, lines.size() - max), lines.size()), whole);
        } catch (NoSuchFileException e) {
            return LogTail.none(I18n.text("help.report.log.none"));
        } catch (AccessDeniedException e) {
            return LogTail.none(I18n.text("help.report.log.denied"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "could not read the log for a problem report", e);
            return LogTail.none(I18n.text("help.report.log.unreadable"));
        }
    }

    /**
     * The report's text: its headings in the chosen language, what they head (versions, names,
     * settings, the log's lines) as it is.
     *
     * @param title       the app's title
     * @param datasetLine the open dataset, e.g. "Dataset: NAME, version 1.2.0"
     * @param display     the display settings in use, or null before they are read
     * @param screen      the screen's size and scale in words, e.g. "1600 × 1000 at 100 %"
     * @param logName     the log file's name (not its folder, which names the user)
     * @param tail        the log's last lines
     */
    static Report report(String title, String datasetLine, Settings display, String screen, String logName,
                         LogTail tail) {
        StringBuilder head = new StringBuilder();
        head.append(I18n.text("help.report.heading", title)).append('\n');
        head.append(I18n.text("help.report.appVersion", HelpMenu.appVersion())).append('\n');
        head.append(datasetLine).append('\n');
        head.append(I18n.text("help.report.java", property("java.version"), property("java.vendor"),
                property("java.vm.name"))).append('\n');
        String javafx = System.getProperty("javafx.runtime.version", System.getProperty("javafx.version"));
        head.append(I18n.text("help.report.javafx", javafx == null ? I18n.text("help.version.unknown") : javafx))
                .append('\n');
        head.append(I18n.text("help.report.system", property("os.name"), property("os.version"), property("os.arch")))
                .append('\n');
        head.append(I18n.text("help.report.display", displayLine(display), screen)).append('\n');
        head.append(I18n.text("help.report.locale", Locale.getDefault().toLanguageTag(),
                I18n.locale().toLanguageTag())).append('\n');
        head.append('\n');
        if (tail.plainLine() != null) {
            String text = head + tail.plainLine() + "\n";
            return new Report(text, text);
        }
        String logHead = I18n.text(tail.wholeFile() ? "help.report.log.whole" : "help.report.log.last", logName,
                tail.lines().size()) + "\n";
        StringBuilder full = new StringBuilder(head).append(logHead);
        StringBuilder shown = new StringBuilder(head).append(logHead);
        int traceLines = 0;
        for (String line : tail.lines()) {
            full.append(line).append('\n');
            if (RECORD.matcher(line).matches()) {
                traceLines = fold(shown, traceLines);
                shown.append(line).append('\n');
            } else {
                traceLines++;
            }
        }
        fold(shown, traceLines);
        return new Report(full.toString(), shown.toString());
    }

    /** Writes the line that stands for a folded stack trace, when there was one; gives 0. */
    private static int fold(StringBuilder shown, int traceLines) {
        if (traceLines > 0) {
            shown.append("    ").append(I18n.text("help.report.folded", traceLines)).append('\n');
        }
        return 0;
    }

    private static String displayLine(Settings s) {
        if (s == null) {
            return I18n.text("help.report.display.notRead");
        }
        return I18n.text("help.report.display.settings", s.uiScalePercent(), words(s.theme()), words(s.palette()));
    }

    /** A setting's value as the settings file names it ("high contrast"): a value to report, not translated. */
    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        return value == null ? I18n.text("help.report.unknown") : value;
    }

    /** The primary screen in words: size in pixels, and its scale. */
    static String screenLine() {
        Screen screen = Screen.getPrimary();
        return I18n.text("help.report.screen", Math.round(screen.getBounds().getWidth()),
                Math.round(screen.getBounds().getHeight()), Math.round(screen.getOutputScaleX() * 100));
    }

    /**
     * The dialog: what to send and where, the report (filled in once the log is read), a copy
     * button, and the log file's path with a button that opens its folder.
     */
    static Stage dialog(String title, String datasetLine, Sources sources, Window owner) {
        Path log = sources.logFile().get();
        Settings display = sources.settings().get();
        String screen = screenLine();

        Label what = new Label(I18n.text("help.report.what"));
        what.setId("report-what-to-send");
        what.setWrapText(true);

        TextArea text = new TextArea(I18n.text("help.report.reading"));
        text.setId("report-text");
        text.setEditable(false);
        text.setWrapText(false);
        text.setAccessibleText(I18n.text("help.report.accessible"));
        VBox.setVgrow(text, Priority.ALWAYS);

        Button copy = new Button(I18n.text("help.report.copy"));
        copy.setId("copy-report");
        copy.setDisable(true);

        Label where = new Label(I18n.text("help.report.where"));
        TextField path = new TextField(log.toString());
        path.setId("log-file-path");
        path.setEditable(false);
        path.setAccessibleText(I18n.text("help.report.path"));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button openFolder = new Button(I18n.text("help.report.openFolder"));
        openFolder.setId("open-log-folder");
        Path folder = log.toAbsolutePath().getParent();
        openFolder.setDisable(true);
        openFolder.setOnAction(e -> sources.openAddress().accept(folder.toUri().toString()));

        VBox box = new VBox(10, what, text, copy, where, new HBox(8, path, openFolder));
        box.setStyle("-fx-padding: 16;");
        Stage stage = HelpMenu.window(owner, I18n.text("help.report.title"), box, 820, 640);

        Thread reader = new Thread(() -> {
            LogTail tail = readTail(log, LOG_LINES);
            boolean folderThere = folder != null && Files.isDirectory(folder);
            Report report = report(title, datasetLine, display, screen, log.getFileName().toString(), tail);
            Platform.runLater(() -> {
                text.setText(report.onScreen());
                copy.setOnAction(e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(report.full());
                    Clipboard.getSystemClipboard().setContent(content);
                    copy.setText(I18n.text("help.report.copied"));
                });
                copy.setDisable(false);
                openFolder.setDisable(!folderThere);
            });
        }, "problem-report");
        reader.setDaemon(true);
        reader.start();
        return stage;
    }
}
