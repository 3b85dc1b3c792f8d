package org.balanceexplorer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One log file in the user's state folder, rotated, with the detail (stack traces included); the
 * terminal gets warnings in one line each and never a stack trace: users read plain words in the
 * window, and the log keeps what a bug report needs.
 *
 * <p>Where: {@code $XDG_STATE_HOME/balance-explorer} (else {@code ~/.local/state/balance-explorer})
 * on Linux, {@code %LOCALAPPDATA%\balance-explorer\logs} on Windows,
 * {@code ~/Library/Logs/balance-explorer} on macOS; the system property
 * {@code explorer.logDir} overrides it. Files {@code explorer-0.log} (newest), {@code explorer-1.log},
 * {@code explorer-2.log}, at most {@value #LIMIT_BYTES} bytes each (java.util.logging's rotation).
 *
 * <p>When the folder cannot be made or written the app still runs, with the terminal only.
 */
public final class LogFiles {

    static final int LIMIT_BYTES = 1_000_000;
    static final int COUNT = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private LogFiles() {
    }

    /** The folder the log files are written to. */
    public static Path folder() {
        String override = System.getProperty("explorer.logDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Map<String, String> env = System.getenv();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local"))
                    .resolve("balance-explorer").resolve("logs");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Logs").resolve("balance-explorer");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && Path.of(state).isAbsolute() ? Path.of(state) : home.resolve(".local").resolve("state");
        return base.resolve("balance-explorer");
    }

    /** The newest log file. */
    public static Path current() {
        return folder().resolve("explorer-0.log");
    }

    /**
     * Sends the root logger to the log file (everything from INFO, with stack traces) and to the
     * terminal (warnings and worse, one line each, no stack trace). Called once, at start.
     */
    public static void install() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Logger.getLogger("javafx").setLevel(Level.SEVERE);
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new OneLine(false));
        root.addHandler(console);
        try {
            Path dir = folder();
            Files.createDirectories(dir);
            // %g: the generation, 0 the newest; "%" in the folder's own name is doubled.
            FileHandler file = new FileHandler(dir.toString().replace("%", "%%") + "/explorer-%g.log", LIMIT_BYTES,
                    COUNT, true);
            file.setLevel(Level.INFO);
            file.setFormatter(new OneLine(true));
            file.setEncoding(StandardCharsets.UTF_8.name());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            root.warning("no log file could be written (" + e.getMessage() + "); messages go to the terminal only");
        }
    }

    /**
     * The last lines of the newest log file, at most {@code max}; none when there is no log.
     */
    public static List<String> lastLines(int max) {
        Path log = current();
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        Deque<String> last = new ArrayDeque<>();
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                last.addLast(l);
                if (last.size() > max) {
                    last.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(the log could not be read: " + e.getMessage() + ")");
        }
        return List.copyOf(last);
    }

    /** One line a record: time, level, logger, message; the file adds the stack trace. */
    static final class OneLine extends Formatter {
        private final boolean withTrace;

        OneLine(boolean withTrace) {
            this.withTrace = withTrace;
        }

        @Override
        public String format(LogRecord r) {
            StringBuilder b = new StringBuilder();
            if (withTrace) {
                b.append(TIME.format(Instant.ofEpochMilli(r.getMillis()))).append(' ').append(r.getLevel().getName())
                        .append(' ').append(r.getLoggerName()).append(": ");
            } else {
                b.append("balance-explorer: ");
            }
            b.append(formatMessage(r).replace('\n', ' ')).append(System.lineSeparator());
            if (withTrace && r.getThrown() != null) {
                java.io.StringWriter w = new java.io.StringWriter();
                r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                b.append(w);
            }
            return b.toString();
        }
    }
}
