package org.balanceexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.map.MapView;

/**
 * Start-up probe: launches either the real app ({@code app [--show=ID,ID ...]}, exactly as
 * {@code Launcher} does) or a hello-world window ({@code hello}), and prints the milliseconds from
 * JVM start to the frame that first drew the content ready, then exits.
 *
 * <p>Ready means, for the app: the main window is in the scene (dataset and basemaps loaded), the
 * map is not projecting, and when rings were asked for ({@code --show}) they are on the map; for
 * hello-world: the stage is showing. Readiness is checked at the start of every pulse; the time
 * is taken at the start of the second pulse after, when the frame that drew the ready state has
 * been rendered (the next pulse's scene synchronisation waits for the renderer; the same rule for
 * both, and for the app's {@code explorer.firstFrame}). Printed: {@code startup <mode> jvm=<ms since the JVM's start time>
 * wall=<ms since -Dbench.t0, epoch ms taken by the script just before java started, or -1>}.
 * Driven by {@code startup.sh} next to this file.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** The hello-world floor: a Stage with a Label. */
    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1500, 940));
            stage.setTitle("hello");
            stage.show();
        }
    }

    public static void main(String[] args) {
        String mode = args.length == 0 ? "app" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        boolean wantRings = Arrays.stream(rest).anyMatch(a -> a.startsWith("--show="));
        Thread watcher = new Thread(() -> watch(mode, wantRings), "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        if ("hello".equals(mode)) {
            Application.launch(Hello.class, rest);
        } else {
            // As the jar's Launcher does: start loading the data while JavaFX starts.
            org.balanceexplorer.app.Launcher.main(rest);
        }
    }

    /** Waits for the toolkit, then checks readiness at every pulse. */
    private static void watch(String mode, boolean wantRings) {
        while (true) {
            try {
                Platform.runLater(() -> startTimer(mode, wantRings));
                return;
            } catch (IllegalStateException notYet) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void startTimer(String mode, boolean wantRings) {
        new AnimationTimer() {
            private boolean readySeen;
            private int pulsesAfter;

            @Override
            public void handle(long now) {
                if (readySeen && ++pulsesAfter == 2) {
                    long jvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    long t0 = Long.getLong("bench.t0", -1);
                    long wall = t0 < 0 ? -1 : System.currentTimeMillis() - t0;
                    System.out.printf(Locale.ROOT, "startup %s jvm=%d wall=%d%n", mode, jvm, wall);
                    System.out.flush();
                    stop();
                    Platform.exit();
                    System.exit(0);
                }
                readySeen = readySeen || ready(mode, wantRings);
            }
        }.start();
    }

    private static boolean ready(String mode, boolean wantRings) {
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            if ("hello".equals(mode)) {
                return true;
            }
            MapView map = find(w.getScene().getRoot());
            if (map != null && !map.busyProperty().get() && (!wantRings || !map.rings().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private static MapView find(Node n) {
        if (n instanceof MapView m) {
            return m;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                MapView m = find(c);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }
}
