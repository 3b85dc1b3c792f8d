package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.balanceexplorer.app.ExplorerApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dataset the user must fix is the user's mistake, listed in the window: the log (and so the
 * terminal) gets one line about it, never a stack trace (one was printed before).
 */
class BrokenDatasetLogTest extends FxRobot {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Logger appLogger = Logger.getLogger(ExplorerApp.class.getName());
    private ExplorerApp app;

    @AfterEach
    void stopTheApp() throws Exception {
        appLogger.removeHandler(recorder);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aBrokenDatasetIsLoggedInOneLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.json"), "{ \"schemaVersion\": 1, \"places\": [ }", StandardCharsets.UTF_8);
        appLogger.addHandler(recorder);
        appLogger.setLevel(Level.ALL);
        // The defaults, not what an earlier test left in the settings file.
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class, "--data=" + dir);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#load-problems").tryQuery().isPresent());

        assertThat(records).anySatisfy(r -> assertThat(r.getMessage()).contains("could not load the dataset")
                .contains("mine.json:1:"));
        assertThat(records).allSatisfy(r -> assertThat(r.getThrown()).as(r.getMessage()).isNull());
    }
}
