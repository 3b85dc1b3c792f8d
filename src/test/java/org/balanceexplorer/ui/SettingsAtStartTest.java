package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.data.SettingsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The settings of the last run come back at start-up; an unreadable file is set aside with a message, never a crash. */
class SettingsAtStartTest extends FxRobot {

    private ExplorerApp app;
    private String before;
    /** The shared primary stage's place before the test moved it: later tests expect it unmoved. */
    private double[] stageBefore;

    @TempDir
    Path folder;

    private void start() throws Exception {
        start(folder);
    }

    private void start(Path settingsFolder) throws Exception {
        before = System.getProperty(SettingsFile.FOLDER_PROPERTY);
        System.setProperty(SettingsFile.FOLDER_PROPERTY, settingsFolder.toString());
        Stage primary = FxToolkit.registerPrimaryStage();
        stageBefore = new double[] {primary.getX(), primary.getY(), primary.getWidth(), primary.getHeight()};
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null && app.settings() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        double[] b = stageBefore;
        FxToolkit.setupStage(stage -> {
            // The size the app gives a first window on the 1600 x 1000 test screen, when the stage had none.
            boolean known = b != null && Double.isFinite(b[2]) && b[2] > 0;
            stage.setWidth(known ? b[2] : 1500);
            stage.setHeight(known ? b[3] : 920);
            if (known && Double.isFinite(b[0])) {
                stage.setX(b[0]);
                stage.setY(b[1]);
            } else {
                stage.centerOnScreen();
            }
        });
        if (before != null) {
            System.setProperty(SettingsFile.FOLDER_PROPERTY, before);
        } else {
            System.clearProperty(SettingsFile.FOLDER_PROPERTY);
        }
    }

    @Test
    void theThemeScalePaletteAndWindowPlaceOfTheLastRunComeBack() throws Exception {
        new SettingsFile(folder).write(Settings.DEFAULTS.withTheme(Settings.Theme.HIGH_CONTRAST).withUiScalePercent(150)
                .withPalette(Settings.Palette.COLOUR_BLIND_SAFE)
                .withWindow(new Settings.WindowPlace(120, 90, 1100, 720, false)));
        start();

        Stage stage = (Stage) app.window().getScene().getWindow();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(app.window().map().getUiScale()).isEqualTo(1.5);
        assertThat(app.window().map().theme().palette()).isEqualTo(org.balanceexplorer.map.paint.RingPalette.COLOUR_BLIND_SAFE);
        assertThat(stage.getX()).isEqualTo(120);
        assertThat(stage.getY()).isEqualTo(90);
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
    }

    @Test
    void settingsThatCannotBeSavedAreSaidOnceInPlainWordsAndStayInForce() throws Exception {
        Path settingsFolder = folder.resolve("config").resolve("balance-explorer");
        start(settingsFolder);
        // Once the app runs, a plain file takes the place of the settings folder's parent, so the folder can
        // never be made: every save fails.
        Files.writeString(folder.resolve("config"), "a file, not a folder", StandardCharsets.UTF_8);
        WaitForAsyncUtils.asyncFx(() -> app.settings().update(s -> s.withUiScalePercent(125))).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Your settings could not be saved");
        assertThat(dialog.getContentText()).isEqualTo("Your settings could not be saved; they stay as you set them "
                + "until you quit. The file 'settings.json' could not be written: the folder '" + settingsFolder
                + "' does not exist. Choose another folder. No file was made.");
        assertThat(app.settings().get().uiScalePercent()).isEqualTo(125);
        assertThat(app.window().map().getUiScale()).isEqualTo(1.25);
    }

    @Test
    void anUnreadableSettingsFileIsSetAsideWithAMessageAndTheAppStarts() throws Exception {
        Files.writeString(folder.resolve(SettingsFile.FILE_NAME), "{ \"format\": \"balance-explorer-settings\", "
                + "\"version\": 1, \"uiScalePercent\": \"big\" }", StandardCharsets.UTF_8);
        start();

        assertThat(app.settings().get()).isEqualTo(Settings.DEFAULTS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        String message = lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        assertThat(message).contains("defaults are used").contains("settings.json:1:").contains("$.uiScalePercent");
        assertThat(message).doesNotContain("Exception");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.unreadable-"));
        }
        assertThat(lookup("#map").tryQuery()).isPresent();
    }
}
