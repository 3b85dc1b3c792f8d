package org.balanceexplorer.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.data.LectureJson;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.ui.present.Classroom;
import org.testfx.api.FxToolkit;

/**
 * First-frame times of presentation mode on the real app, started headless (Monocle) as the UI
 * tests start it: from the key's action (run on the FX thread) to the end of the layout pass of the
 * first pulse after it, i.e. the first frame that shows the result, for
 * <ul>
 *   <li>entering and leaving presentation mode (full screen, panels hidden or back);</li>
 *   <li>stepping to the next step of the shipped lecture "The December 2024 sanctions debate" (a
 *       new scene's state, caption and claims; the transition is set to zero, since its animation
 *       is not part of the target), over every step and back;</li>
 *   <li>and, apart from the target, the time until the new scene's rings are computed and drawn.</li>
 * </ul>
 * Run (after {@code mvn -o -q test-compile} and writing the test class path to {@code cp.txt} with
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 * {@code java -Dtestfx.headless=true -Dtestfx.robot=glass -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dheadless.geometry=1600x1000-32 -Dprism.order=sw -Dprism.text=t2k
 * -cp target/test-classes:target/classes:$(cat cp.txt) org.balanceexplorer.bench.PresentationBench rounds=5 [shot=FILE.png scene=N lecture=why-maps]}.
 * With {@code shot=}, a picture of the window presenting the lecture's scene N (from 0) is written.
 */
public final class PresentationBench {

    private PresentationBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = intArg(args, "rounds", 5);
        String shot = stringArg(args, "shot");
        boolean verbose = "true".equals(stringArg(args, "verbose"));
        FxToolkit.registerPrimaryStage();
        ExplorerApp app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        waitUntil(60, () -> app.window() != null);
        Classroom c = onFx(() -> app.window().classroom());
        Probe probe = onFx(() -> new Probe(app.window().getScene()));
        String which = stringArg(args, "lecture") == null ? "december-2024" : stringArg(args, "lecture");
        int shotScene = intArg(args, "scene", 0);
        Lecture lecture = LectureJson.read(LectureJson.bundled().stream()
                .filter(p -> p.getFileName().toString().startsWith(which)).findFirst().orElseThrow());
        onFx(() -> {
            c.transition().setDuration(Duration.ZERO);
            c.lectures().open(lecture, null);
            return null;
        });
        Thread.sleep(3000); // the opening view drawn and the fine basemap read, as after a moment's use

        Samples enter = new Samples("enter presentation mode");
        Samples leave = new Samples("leave presentation mode");
        Samples next = new Samples("next step (scene state, caption, claims)");
        Samples previous = new Samples("previous step");
        Samples rings = new Samples("next step until its rings are drawn (not a target)");
        int steps = lecture.steps().size();
        for (int r = 0; r < rounds; r++) {
            enter.add(probe.frameAfter(() -> c.presentation().enter()));
            if (verbose) {
                System.out.printf(Locale.ROOT, "  enter %d: %.1f ms%n", r, enter.last() / 1e6);
            }
            for (int i = 1; i < steps; i++) {
                next.add(probe.frameAfter(() -> c.lectures().next()));
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  step %d: %.1f ms%n", i, next.last() / 1e6);
                }
                long t0 = System.nanoTime();
                waitUntil(60, () -> onFx(() -> !app.model().computingProperty().get()
                        && !app.window().map().busyProperty().get()));
                rings.add(next.last() + (System.nanoTime() - t0));
            }
            for (int i = 1; i < steps; i++) {
                previous.add(probe.frameAfter(() -> c.lectures().previous()));
                waitUntil(60, () -> onFx(() -> !app.model().computingProperty().get()));
            }
            leave.add(probe.frameAfter(() -> c.presentation().leave()));
            waitUntil(60, () -> onFx(() -> !app.window().map().busyProperty().get()));
        }
        System.out.printf(Locale.ROOT, "%-55s %8s %8s %8s %6s%n", "first frame after", "median", "p90", "max", "n");
        for (Samples s : List.of(enter, leave, next, previous, probe.work, probe.layout, rings)) {
            if (rounds > 0) {
                System.out.println(s.row());
            }
        }
        if (shot != null) {
            onFx(() -> {
                c.presentation().enter();
                c.lectures().goToScene(shotScene);
                return null;
            });
            waitUntil(60, () -> onFx(() -> !app.model().computingProperty().get()
                    && !app.window().map().busyProperty().get()));
            Thread.sleep(500);
            WritableImage image = onFx(() -> app.window().getScene().snapshot(null));
            javax.imageio.ImageIO.write(toBuffered(image), "png", Path.of(shot).toFile());
            System.out.println("wrote " + shot);
        }
        FxToolkit.cleanupApplication(app);
        System.exit(0);
    }

    private static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }

    /** Times from an action on the FX thread to the end of the layout pass of the first pulse after it. */
    private static final class Probe {
        private long t0;
        private long preLayout;
        private CompletableFuture<Long> done;
        private long lastAction;
        /** The actions' own time on the FX thread, all kinds together. */
        final Samples work = new Samples("  of which the action itself on the FX thread");
        /** The layout pass of that first pulse (CSS, layout, the map's canvases redrawn). */
        final Samples layout = new Samples("  and the layout pass of the first pulse");

        Probe(Scene scene) {
            scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (done != null && preLayout >= t0) {
                    CompletableFuture<Long> f = done;
                    done = null;
                    long now = System.nanoTime();
                    layout.add(now - preLayout);
                    f.complete(now - t0);
                }
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            }.start();
        }

        long frameAfter(Runnable action) throws Exception {
            CompletableFuture<Long> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                t0 = System.nanoTime();
                action.run();
                lastAction = System.nanoTime() - t0;
                done = f;
            });
            long t = f.get(60, TimeUnit.SECONDS);
            work.add(lastAction);
            Thread.sleep(150);
            return t;
        }
    }

    private static final class Samples {
        private final String name;
        private final List<Long> values = new ArrayList<>();

        Samples(String name) {
            this.name = name;
        }

        void add(long nanos) {
            values.add(nanos);
        }

        long last() {
            return values.get(values.size() - 1);
        }

        String row() {
            double[] ms = values.stream().mapToDouble(v -> v / 1e6).sorted().toArray();
            return String.format(Locale.ROOT, "%-55s %6.1f ms %5.1f ms %5.1f ms %6d", name, pct(ms, 50), pct(ms, 90),
                    ms[ms.length - 1], ms.length);
        }

        private static double pct(double[] sorted, double p) {
            int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(int seconds, Check check) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        String v = stringArg(args, name);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElse(null);
    }
}
