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

    public static void main(String[] args) {
        Optional<StartupOptions> app = StartupOptions.parse(Arrays.asList(args));
        if (app.isPresent()) {
            // Start reading the dataset and basemap while JavaFX starts up.
            ExplorerApp.launchWith(app.get());
            Application.launch(ExplorerApp.class, args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
