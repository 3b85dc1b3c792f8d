package org.balanceexplorer.app;

import javafx.application.Application;

/**
 * The entry point of the jar. With no arguments (or only {@code --data=DIR} and {@code --show=ID,ID}) it starts the app;
 * otherwise it runs a command ({@code validate}, {@code reach}) without starting JavaFX.
 *
 * <p>A plain class, not an {@link Application}: a main class that extends Application cannot be
 * started from the classpath.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (java.util.Arrays.stream(args).allMatch(a -> a.startsWith("--data=") || a.startsWith("--show=") || a.startsWith("--select=")
                || a.startsWith("--projection=") || a.startsWith("--fit="))) {
            // Start reading the dataset and basemap while JavaFX starts up.
            String data = java.util.Arrays.stream(args).filter(a -> a.startsWith("--data="))
                    .map(a -> a.substring("--data=".length())).findFirst().orElse(null);
            ExplorerApp.preload(data);
            Application.launch(ExplorerApp.class, args);
            return;
        }
        System.exit(Cli.run(args, System.out, System.err));
    }
}
