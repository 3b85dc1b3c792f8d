package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextArea;
import org.balanceexplorer.app.ExplorerApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A lecturer opens a dataset folder with a mistake in it: the app says where, in plain words, and changes nothing. */
class BrokenDatasetTest extends FxRobot {

    private ExplorerApp app;

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aBrokenDatasetIsReportedWithFileLineColumnAndPathAndLeftUntouched(@TempDir Path dir) throws Exception {
        String text = "{\n  \"schemaVersion\": 1,\n  \"places\": [\n    { \"id\": \"x\", \"name\": \"X\", \"country\": \"PAK\",\n"
                + "      \"lat\": 95, \"lon\": 73, \"kind\": \"capital\", \"coordinateSource\": \"test\" }\n  ]\n}\n";
        Path file = dir.resolve("mine.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class, "--data=" + dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#load-problems").tryQuery().isPresent());

        String shown = lookup("#load-problems").queryAs(TextArea.class).getText();
        assertThat(shown).contains("mine.json:5:").contains("$.places[0].lat").contains("'x'");
        assertThat(shown).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.balanceexplorer");
        assertThat(app.window()).isNull();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void theErrorPageOffersTheBundledDataWhichThenOpens(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.json"), "{ \"schemaVersion\": 1, \"places\": [ { \"id\": 3 } ] }\n",
                StandardCharsets.UTF_8);
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class, "--data=" + dir);
        // The page in a window that shows (the page is built before the window is shown).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#error-use-bundled").match((javafx.scene.Node n) ->
                n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .tryQuery().isPresent());
        assertThat(lookup("#error-open-folder").tryQuery()).as("the page offers another folder too").isPresent();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.settings() != null);

        clickOn("#error-use-bundled");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model().dataset().info().name()).isEqualTo(
                org.balanceexplorer.data.DatasetLoader.loadVerified(org.balanceexplorer.data.BundledData.datasetFolder())
                        .info().name());
        assertThat(lookup("#load-problems").tryQuery()).isEmpty();
        assertThat(lookup("#map").tryQuery()).isPresent();
        assertThat(app.settings().get().datasetFolder()).isNull();
    }
}
