package org.balanceexplorer.app;

import java.util.Arrays;
import java.util.Optional;
import javafx.application.Application;

/**
 * The entry point of the jar. With no arguments (or only the app's own, {@link StartupOptions}) it
 * starts the app; otherwise it runs a command ({@code validate}, {@code reach}, {@code report})
 * without starting JavaFX.
 *
 * <p>A plain class, not an {@link Application}: a main class that extends Application cannot be
 * started from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    private static String plain(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? "an internal error" : c.getMessage();
    }

    public static void main(String[] args) {
        Optional<StartupOptions> app = StartupOptions.parse(Arrays.asList(args));
        if (app.isPresent()) {
            String problem = app.get().usageProblem();
            if (problem != null) {
                System.err.println("balance-explorer: " + problem);
                System.err.println("Try 'balance-explorer --help'.");
                System.exit(Cli.USAGE);
            }
            LogFiles.install();
            // Start reading the dataset and basemap while JavaFX starts up.
            ExplorerApp.launchWith(app.get());
            try {
                Application.launch(ExplorerApp.class, args);
            } catch (RuntimeException | Error e) {
                // Typically no display to open the window on; never a raw stack trace.
                System.err.println("balance-explorer: the window could not be opened"
                        + (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                        && isLinux() ? " (there is no display: DISPLAY is not set)" : "") + ": " + plain(e));
                System.err.println("The commands validate, reach and report work without a window; "
                        + "try 'balance-explorer --help'.");
                System.exit(Cli.FAILED);
            }
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
