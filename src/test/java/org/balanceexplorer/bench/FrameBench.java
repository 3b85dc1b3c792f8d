package org.balanceexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.ui.timeline.TimelineStrip;
import org.balanceexplorer.ui.timeline.TimelineViewModel;
import org.testfx.api.FxToolkit;

/**
 * Frame-time harness on the real app, started headless (Monocle) as the UI tests start it, with
 * every system of the bundled dataset shown. Measures
 * <ul>
 *   <li>dragging India's launch point: {@code moveLaunchPoint("IND", p, true)} to the end of the
 *       layout pass (canvases redrawn) of the first pulse after the new rings arrived and were
 *       projected; split into geometry (call to rings projected, map not busy), waiting for the pulse,
 *       and the layout pass itself;</li>
 *   <li>pan and zoom with the 1:50m basemap shown: {@code panByPixels}/{@code zoomAbout} followed
 *       by {@code map.layout()} (the redraw into the canvases), and separately a {@code snapshot} of the
 *       map (Prism's software rasterisation of what was drawn);</li>
 *   <li>a projection switch to each of the five projections: call to the end of the layout pass of
 *       the first pulse after the new projection is in place; the first switch to each kind, and the
 *       later ones (the map keeps recently used projections);</li>
 *   <li>scrubbing the year slider: {@code TimelineViewModel.setYear(y, true)} (what the slider
 *       does while its thumb is dragged) a year a step from the first year to the last and back,
 *       with "as known in" off and on, to the end of the layout pass of the first pulse after the
 *       new rings arrived and were projected; and the same steps as the keys and play make them
 *       ({@code setYear(y, false)}: exact rings).</li>
 * </ul>
 * Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@frames} (see docs/performance.md).
 * Prints a table and exits. Arguments: {@code drag=N pan=N rounds=N scrub=N} to change the sample counts
 * ({@code scrub}: passes over the years, there and back, each way about 37 steps).
 */
public final class FrameBench {

    private FrameBench() {
    }

    public static void main(String[] args) throws Exception {
        int dragSteps = intArg(args, "drag", 200);
        int panSteps = intArg(args, "pan", 200);
        int rounds = intArg(args, "rounds", 5);
        int scrubPasses = intArg(args, "scrub", 3);

        long start = System.nanoTime();
        FxToolkit.registerPrimaryStage();
        ExplorerApp app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        waitUntil(60, () -> app.window() != null);
        ExplorerViewModel model = app.model();
        MapView map = onFx(() -> app.window().map());
        Probe probe = onFx(() -> new Probe(app.window().getScene(), model, map));
        int systems = model.dataset().systems().size();
        onFx(() -> {
            for (WeaponSystem s : model.dataset().systems()) {
                model.setShown(s.id(), true);
            }
            return null;
        });
        waitUntil(120, () -> onFx(() -> !model.computingProperty().get() && !map.busyProperty().get()
                && model.ringsProperty().get().rings().size() == systems));
        System.out.printf(Locale.ROOT, "app up with %d systems shown after %.1f s%n", systems,
                (System.nanoTime() - start) / 1e9);

        List<Row> rows = new ArrayList<>();

        // ---- 1. dragging India's launch point ----------------------------------------------
        GeoPoint delhi = model.dataset().representativePoint("IND").location();
        int warm = Math.max(20, dragSteps / 5);
        Samples drag = new Samples("drag: call -> frame laid out");
        Samples dragGeometry = new Samples("drag: geometry (rings computed + projected)");
        Samples dragLayout = new Samples("drag: layout pass (canvases redrawn)");
        Samples dragWork = new Samples("drag: geometry + layout (no pulse wait)");
        // CPU time per thread over the drag: where each step's work goes (on 2 cores, the software
        // renderer competes with the ring and projection threads).
        java.util.Map<String, Long> cpu0 = cpuByThread();
        for (int i = 0; i < warm + dragSteps; i++) {
            double a = 2 * Math.PI * i / 120.0;  // a 2-degree circle around New Delhi, 0.1 degree a step
            GeoPoint p = new GeoPoint(delhi.latDeg() + 2 * Math.sin(a), delhi.lonDeg() + 2 * Math.cos(a));
            RingResults[] before = new RingResults[1];
            long[] t = probe.measure(() -> {
                before[0] = model.ringsProperty().get();
                model.moveLaunchPoint("IND", p, true);
            }, () -> model.ringsProperty().get() != before[0] && !model.computingProperty().get()
                    && !map.busyProperty().get());
            if (i >= warm) {
                drag.add(t[1]);
                dragGeometry.add(t[0]);
                dragLayout.add(t[2]);
                dragWork.add(t[0] + t[2]);
            }
        }
        java.util.Map<String, Long> cpu1 = cpuByThread();
        List<String> cpuLines = new ArrayList<>();
        cpu1.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .forEach(e -> {
                    double msPerStep = (e.getValue() - cpu0.getOrDefault(e.getKey(), 0L)) / 1e6 / (warm + dragSteps);
                    if (msPerStep >= 0.5) {
                        cpuLines.add(String.format(Locale.ROOT, "  %-50s %6.1f ms", e.getKey(), msPerStep));
                    }
                });
        // Drop the point: full-accuracy rings, then back to the representative point.
        onFx(() -> {
            model.resetLaunchPoint("IND");
            return null;
        });
        waitUntil(120, () -> onFx(() -> !model.computingProperty().get() && !map.busyProperty().get()));
        rows.add(drag.row(16, 33));
        rows.add(dragGeometry.row(0, 0));
        rows.add(dragLayout.row(0, 0));
        rows.add(dragWork.row(16, 33));

        // ---- 2. scrubbing the year slider ------------------------------------------------------
        if (scrubPasses > 0) {
            rows.addAll(scrub(app, model, map, probe, scrubPasses));
        }

        // ---- 3. pan and zoom over the 1:50m basemap ---------------------------------------
        onFx(() -> {
            while (!map.showsFineBasemap()) {
                map.zoomAbout(map.getWidth() / 2, map.getHeight() / 2, 1.25);
                map.layout();
            }
            return null;
        });
        Samples pan = new Samples("pan: panByPixels + layout()");
        Samples zoom = new Samples("zoom: zoomAbout + layout()");
        Samples raster = new Samples("pan/zoom: snapshot of the map (sw rasterisation)");
        Samples panPulse = new Samples("pan: call -> next pulse's layout done");
        boolean[] fineAll = {true};
        for (int i = 0; i < warm + panSteps; i++) {
            int k = i;
            long[] t = onFx(() -> {
                long t0 = System.nanoTime();
                double s = (k % 4 < 2) ? 1 : -1;
                map.panByPixels(25 * s, 12 * s);
                map.layout();
                long t1 = System.nanoTime();
                map.zoomAbout(map.getWidth() / 2, map.getHeight() / 2, k % 2 == 0 ? 1.1 : 1 / 1.1);
                map.layout();
                long t2 = System.nanoTime();
                map.snapshot(null, probe.image(map));
                long t3 = System.nanoTime();
                fineAll[0] &= map.showsFineBasemap();
                return new long[] {t1 - t0, t2 - t1, t3 - t2};
            });
            if (i >= warm) {
                pan.add(t[0]);
                zoom.add(t[1]);
                raster.add(t[2]);
            }
        }
        for (int i = 0; i < warm + panSteps / 2; i++) {
            double s = (i % 4 < 2) ? 1 : -1;
            long[] t = probe.measure(() -> map.panByPixels(25 * s, 12 * s), () -> true);
            if (i >= warm) {
                panPulse.add(t[1]);
            }
        }
        rows.add(pan.row(8, 0));
        rows.add(zoom.row(8, 0));
        rows.add(raster.row(0, 0));
        rows.add(panPulse.row(0, 0));
        if (!fineAll[0]) {
            System.out.println("warning: the 1:50m basemap was not shown throughout the pan/zoom run");
        }

        // ---- 4. projection switch ------------------------------------------------------------
        onFx(() -> {
            map.fit(MapView.SOUTH_ASIA);
            map.layout();
            return null;
        });
        Projections.Kind[] kinds = Projections.Kind.values();
        // The map keeps recently used projections: the first switch to each kind projects everything,
        // later ones may find it kept. Both are reported.
        // Two moments per switch: the first frame in the new projection (basemap at 1:110m, graticule,
        // every ring), which is what the target is about, and the frame once nothing is left to
        // project (the 1:50m basemap, when the view is zoomed in enough to draw it).
        Samples[] switches = new Samples[kinds.length];
        Samples[] firstSwitches = new Samples[kinds.length];
        Samples[] refined = new Samples[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            switches[k] = new Samples("projection switch again -> " + kinds[k].name());
            firstSwitches[k] = new Samples("projection switch first -> " + kinds[k].name());
            refined[k] = new Samples("  then 1:50m in place (first) -> " + kinds[k].name());
        }
        for (int r = 0; r < rounds + 1; r++) {
            // From each kind to the next, ending where it began (Equirectangular), so every switch changes the view.
            for (int k = 1; k <= kinds.length; k++) {
                Projections.Kind kind = kinds[k % kinds.length];
                Projection[] before = new Projection[1];
                long[] t = probe.measure(() -> {
                    before[0] = map.projectionProperty().get();
                    app.window().selectProjection(kind.name());
                }, () -> map.projectionProperty().get() != before[0] && map.rings().size() == systems
                        && !map.projectsRings());
                (r == 0 ? firstSwitches : switches)[k % kinds.length].add(t[1]);
                long t1 = System.nanoTime();
                waitUntil(60, () -> onFx(() -> !map.busyProperty().get()));
                if (r == 0) {
                    refined[k % kinds.length].add(t[1] + (System.nanoTime() - t1));
                }
            }
        }
        // The globe after the view moved and rested as long as a quick hand takes to open the
        // projection menu and choose from it (0.4 s): the map prepares the globe centred on the new
        // view while it rests. And the worst case: the switch in the same instant as the pan,
        // before anything is prepared.
        Samples globeAfterRest = new Samples("projection switch -> ORTHOGRAPHIC, view rested 0.4 s");
        Samples globeNoRest = new Samples("projection switch -> ORTHOGRAPHIC, at once after a pan");
        for (int r = 0; r < 2 * (rounds + 1); r++) {
            boolean rest = r % 2 == 0;
            onFx(() -> {
                app.window().selectProjection(Projections.Kind.EQUIRECTANGULAR.name());
                return null;
            });
            waitUntil(60, () -> onFx(() -> !map.busyProperty().get()));
            int k = r;
            onFx(() -> {
                map.panByPixels(90 + 40 * k, -60);
                return null;
            });
            if (rest) {
                Thread.sleep(400);
            }
            Projection[] before = new Projection[1];
            long[] t = probe.measure(() -> {
                before[0] = map.projectionProperty().get();
                app.window().selectProjection(Projections.Kind.ORTHOGRAPHIC.name());
            }, () -> map.projectionProperty().get() != before[0] && map.rings().size() == systems
                    && !map.projectsRings());
            (rest ? globeAfterRest : globeNoRest).add(t[1]);
            waitUntil(60, () -> onFx(() -> !map.busyProperty().get()));
        }
        for (Samples s : firstSwitches) {
            rows.add(s.row(100, 0));
        }
        rows.add(globeAfterRest.row(100, 0));
        rows.add(globeNoRest.row(100, 0));
        for (Samples s : refined) {
            rows.add(s.row(0, 0));
        }
        for (Samples s : switches) {
            rows.add(s.row(100, 0));
        }

        System.out.println();
        System.out.println("Frame benchmarks, " + systems + " systems shown, headless Monocle, prism.order="
                + System.getProperty("prism.order") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-52s %5s %8s %8s %8s %8s  %s%n", "measurement (ms)", "n", "median", "p90",
                "p99", "max", "target");
        for (Row r : rows) {
            System.out.println(r);
        }
        System.out.println();
        System.out.println("drag: CPU time per step, by thread");
        cpuLines.forEach(System.out::println);
        FxToolkit.cleanupApplication(app);
        System.exit(0); // not Platform.exit(): Monocle's shutdown hook would race the exit

    }

    /**
     * The year slider scrubbed with every system shown: a year a step over the whole span, there
     * and back, one pass of warm-up then {@code passes} measured, with "as known in" off and on;
     * then the same steps made exact (keys, play). Leaves the slider at the last year.
     */
    private static List<Row> scrub(ExplorerApp app, ExplorerViewModel model, MapView map, Probe probe, int passes)
            throws Exception {
        TimelineViewModel timeline = onFx(() -> ((TimelineStrip) app.window().lookup("#timeline")).viewModel());
        int first = timeline.firstYear();
        int last = timeline.lastYear();
        List<Row> out = new ArrayList<>();
        for (boolean knownIn : new boolean[] {false, true}) {
            for (boolean scrubbing : new boolean[] {true, false}) {
                String name = "year " + (scrubbing ? "scrub (slider dragged)" : "step (keys, play)")
                        + (knownIn ? ", as known in" : "");
                Samples samples = new Samples(name);
                // the map fills ring areas while at most eight rings are shown: those steps apart
                Samples few = new Samples("  of which steps to <= 8 rings");
                Samples many = new Samples("  of which steps to > 8 rings");
                onFx(() -> {
                    timeline.setKnownIn(knownIn);
                    return null;
                });
                for (int pass = 0; pass <= passes; pass++) {
                    for (int k = 0; k < 2 * (last - first); k++) {
                        int y = k < last - first ? last - 1 - k : first + 1 + (k - (last - first));
                        RingResults[] before = new RingResults[1];
                        long[] t = probe.measure(() -> {
                            before[0] = model.ringsProperty().get();
                            timeline.setYear(y, scrubbing);
                        }, () -> model.ringsProperty().get() != before[0] && !model.computingProperty().get()
                                && !map.busyProperty().get());
                        if (pass > 0) {
                            samples.add(t[1]);
                            (onFx(() -> model.ringsProperty().get().rings().size()) <= 8 ? few : many).add(t[1]);
                        }
                    }
                }
                onFx(() -> {
                    timeline.setYear(last, false);
                    return null;
                });
                waitUntil(120, () -> onFx(() -> !model.computingProperty().get() && !map.busyProperty().get()));
                out.add(samples.row(scrubbing ? 16 : 0, scrubbing ? 33 : 0));
                out.add(few.row(0, 0));
                out.add(many.row(0, 0));
            }
        }
        onFx(() -> {
            timeline.setKnownIn(false);
            return null;
        });
        return out;
    }

    // ---- the pulse probe --------------------------------------------------------------------

    /**
     * Watches the scene's pulses. {@link #measure} runs an action on the FX thread at t0, notes
     * when a condition first holds (checked whenever the view model or map changes), and completes
     * at the end of the layout pass of the first pulse that starts after that.
     */
    private static final class Probe {
        private final ExplorerViewModel model;
        private final MapView map;
        private long preLayout;
        private long t0;
        private long tReady;
        private BooleanSupplier ready;
        private CompletableFuture<long[]> done;
        private WritableImage image;

        Probe(Scene scene, ExplorerViewModel model, MapView map) {
            this.model = model;
            this.map = map;
            scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
            scene.addPostLayoutPulseListener(this::postLayout);
            InvalidationListener watch = o -> check();
            model.ringsProperty().addListener(watch);
            model.computingProperty().addListener(watch);
            map.busyProperty().addListener(watch);
            map.projectionProperty().addListener(watch);
            map.viewportProperty().addListener(watch);
            // Keeps pulses coming, so a frame follows every change as it would under a moving pointer.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            }.start();
        }

        WritableImage image(MapView m) {
            int w = (int) Math.ceil(m.getWidth());
            int h = (int) Math.ceil(m.getHeight());
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                image = new WritableImage(w, h);
            }
            return image;
        }

        private void check() {
            if (done != null && tReady == 0 && ready.getAsBoolean()) {
                tReady = System.nanoTime();
            }
        }

        private void postLayout() {
            long now = System.nanoTime();
            if (done == null) {
                return;
            }
            check();
            if (tReady != 0 && preLayout >= tReady) {
                CompletableFuture<long[]> f = done;
                done = null;
                f.complete(new long[] {tReady - t0, now - t0, now - preLayout});
            }
        }

        /** @return {ready - t0, end of layout - t0, layout pass} in nanoseconds */
        long[] measure(Runnable action, BooleanSupplier condition) throws Exception {
            CompletableFuture<long[]> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                done = f;
                ready = condition;
                tReady = 0;
                t0 = System.nanoTime();
                action.run();
                check();
            });
            return f.get(60, TimeUnit.SECONDS);
        }
    }

    // ---- statistics -------------------------------------------------------------------------

    private record Row(String name, int n, double median, double p90, double p99, double max, double targetMedian,
                       double targetP99) {
        @Override
        public String toString() {
            String target = targetMedian <= 0 ? "" : String.format(Locale.ROOT, "median <= %.0f%s -> %s", targetMedian,
                    targetP99 > 0 ? String.format(Locale.ROOT, ", p99 <= %.0f", targetP99) : "",
                    median <= targetMedian && (targetP99 <= 0 || p99 <= targetP99) ? "PASS" : "MISS");
            return String.format(Locale.ROOT, "%-52s %5d %8.2f %8.2f %8.2f %8.2f  %s", name, n, median, p90, p99, max,
                    target);
        }
    }

    private static final class Samples {
        private final String name;
        private final List<Long> nanos = new ArrayList<>();

        Samples(String name) {
            this.name = name;
        }

        void add(long ns) {
            nanos.add(ns);
        }

        Row row(double targetMedian, double targetP99) {
            double[] ms = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Row(name, ms.length, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.length == 0 ? 0 : ms[ms.length - 1],
                    targetMedian, targetP99);
        }

        /** Nearest-rank percentile. */
        private static double pct(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /** CPU nanoseconds used so far, by thread name (threads of the same name added up). */
    static java.util.Map<String, Long> cpuByThread() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            long ns = t == null ? -1 : mx.getThreadCpuTime(t.getThreadId());
            if (ns >= 0) {
                out.merge(t.getThreadName(), ns, Long::sum);
            }
        }
        return out;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(int seconds, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(name + "=")).map(a -> Integer.parseInt(a.substring(name.length() + 1)))
                .findFirst().orElse(fallback);
    }
}
