package org.balanceexplorer.bench;

import java.util.Arrays;
import org.balanceexplorer.app.Launcher;

/**
 * Start-up probe on the development classpath (the way {@code mvn javafx:run} starts the app):
 * launches either the real app ({@code app [--show=ID,ID ...]}, exactly as {@link Launcher} does,
 * with {@code explorer.firstFrame=exit}) or the plain hello-world window ({@code hello},
 * {@link HelloWorld}), and prints {@code startup <mode> jvm=<ms>} from the JVM's start to the
 * first frame that drew the content ready (the rule of {@code explorer.firstFrame}, which the
 * hello-world applies too), then exits. Driven by {@code startup.sh} and {@code compare.sh} next to
 * this file; the installed app is timed by {@code installed-startup.sh}.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "app" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        if ("hello".equals(mode)) {
            HelloWorld.main(rest);
        } else {
            System.setProperty("explorer.firstFrame", "exit");
            Launcher.main(rest);
        }
    }
}
