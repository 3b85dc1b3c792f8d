package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file keeps the detail; the terminal gets one plain line, never a stack trace. */
class LogFilesTest {

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheTestLogging() throws IOException {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.close();
        }
        System.clearProperty("explorer.logDir");
        try (InputStream in = Files.newInputStream(Path.of("src", "test", "resources", "logging.properties"))) {
            LogManager.getLogManager().readConfiguration(in);
        }
    }

    @Test
    void theLogFileKeepsTheStackTraceInTheStateFolderGiven() throws IOException {
        System.setProperty("explorer.logDir", dir.resolve("logs").toString());
        LogFiles.install();
        Logger.getLogger("org.balanceexplorer.test").log(Level.WARNING, "the basemap could not be read",
                new IllegalStateException("disk gone"));
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        Path log = dir.resolve("logs").resolve("explorer-0.log");
        assertThat(LogFiles.current()).isEqualTo(log);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("WARNING org.balanceexplorer.test: the basemap could not be read")
                .contains("IllegalStateException: disk gone").contains("\tat ");
        assertThat(LogFiles.lastLines(2)).hasSize(2);
        assertThat(LogFiles.lastLines(1000)).first().asString().contains("the basemap could not be read");
    }

    @Test
    void theTerminalGetsOnePlainLine() {
        LogRecord r = new LogRecord(Level.WARNING, "could not load the dataset:\n2 problems");
        r.setThrown(new IllegalStateException("detail"));
        String line = new LogFiles.OneLine(false).format(r);
        assertThat(line).isEqualTo("balance-explorer: could not load the dataset: 2 problems" + System.lineSeparator());
    }

    @Test
    void theFolderFollowsXdgOnLinux() {
        if (System.getProperty("os.name").toLowerCase().contains("linux")) {
            String state = System.getenv("XDG_STATE_HOME");
            Path expected = (state != null && Path.of(state).isAbsolute() ? Path.of(state)
                    : Path.of(System.getProperty("user.home"), ".local", "state")).resolve("balance-explorer");
            assertThat(LogFiles.folder()).isEqualTo(expected);
        } else {
            assertThat(LogFiles.folder().toString()).contains("balance-explorer");
        }
    }
}
