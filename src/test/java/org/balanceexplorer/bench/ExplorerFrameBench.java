package org.balanceexplorer.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.SystemFilter;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.testfx.api.FxToolkit;

/**
 * Frame-time harness for the explorer's filters and reach tables, on the real app started headless
 * (Monocle) with every system shown and the Reach tab open. Measures, from the call on the FX
 * thread to the end of the layout pass of the next pulse:
 * <ul>
 *   <li>changing a filter (the class and basing options in turn, each on and off, then the search):
 *       the list, counts and options rebuilt and laid out;</li>
 *   <li>changing the selected place (every place in turn): the next frame, and the frame in which the
 *       reach tables (computed off the FX thread) are shown.</li>
 * </ul>
 * Run: {@code java -cp target/test-classes:target/classes:TEST_CLASSPATH
 * -Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * org.balanceexplorer.bench.ExplorerFrameBench} (see docs/performance.md). Prints a table and exits.
 */
public final class ExplorerFrameBench {

    private ExplorerFrameBench() {
    }

    public static void main(String[] args) throws Exception {
        FxToolkit.registerPrimaryStage();
        ExplorerApp app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        waitUntil(60, () -> app.window() != null);
        ExplorerViewModel model = app.model();
        onFx(() -> {
            model.dataset().systems().forEach(s -> model.setShown(s.id(), true));
            app.window().sideTabs().getSelectionModel().select(app.window().sideTabs().getTabs().stream()
                    .filter(t -> "reach-tab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
        int systems = model.dataset().systems().size();
        waitUntil(120, () -> onFx(() -> !model.computingProperty().get()
                && model.ringsProperty().get().rings().size() == systems));
        Probe probe = onFx(() -> new Probe(app.window().getScene()));

        // ---- filters -------------------------------------------------------------------------
        List<Filters> steps = new java.util.ArrayList<>();
        Filters f = Filters.NONE;
        for (String key : List.of("IRBM", "ICBM", "MRBM")) {
            steps.add(f = SystemFilter.toggled(f, SystemFilter.Part.RULE_CLASS, key, true));
        }
        for (String key : List.of("LAND", "SUBMARINE")) {
            steps.add(f = SystemFilter.toggled(f, SystemFilter.Part.BASING, key, true));
        }
        for (String text : List.of("a", "ag", "agn", "agni", "")) {
            steps.add(f = f.withSearch(text));
        }
        steps.add(Filters.NONE);
        Samples floor = new Samples("nothing changed: call -> next frame (the floor)");
        for (int i = 0; i < 60; i++) {
            long[] t = probe.measure(() -> { }, () -> true);
            if (i >= 10) {
                floor.add(t[1]);
            }
        }
        Samples filter = new Samples("filter changed: call -> next frame laid out");
        Samples filterWork = new Samples("filter changed: FX-thread work of the call");
        for (int round = 0; round < 12; round++) {
            for (Filters next : steps) {
                long[] t = probe.measure(() -> model.update(s -> s.withFilters(next)), () -> true);
                if (round >= 2) {
                    filter.add(t[1]);
                    filterWork.add(t[0]);
                }
            }
        }

        // ---- selected place ----------------------------------------------------------------
        @SuppressWarnings("unchecked")
        TableView<Object> to = (TableView<Object>) app.window().lookup("#reach-to-table");
        List<Place> places = model.dataset().places();
        Samples nextFrame = new Samples("place selected: call -> next frame laid out");
        Samples tables = new Samples("place selected: call -> frame with its reach table");
        Samples placeWork = new Samples("place selected: FX-thread work of the call");
        for (int round = 0; round < 4; round++) {
            for (Place p : places) {
                long[] t = probe.measure(() -> model.selectPlace(p.id()), () -> !to.getItems().isEmpty()
                        && ((org.balanceexplorer.state.ReachTables.ToRow) to.getItems().get(0)).place().id().equals(p.id()));
                if (round >= 1) {
                    nextFrame.add(t[2]);
                    tables.add(t[1]);
                    placeWork.add(t[0]);
                }
            }
        }

        System.out.println();
        System.out.println("Explorer frame benchmarks, " + systems + " systems shown, Reach tab open, headless Monocle");
        System.out.printf(Locale.ROOT, "%-52s %5s %8s %8s %8s %8s%n", "measurement (ms)", "n", "median", "p90", "p99",
                "max");
        for (Samples s : List.of(floor, filter, filterWork, nextFrame, tables, placeWork)) {
            System.out.println(s);
        }
        Platform.exit();
        System.exit(0);
    }

    /**
     * Runs an action on the FX thread at t0 and completes at the end of the layout pass of the first
     * pulse in which a condition holds, and notes the end of the first pulse's layout pass.
     */
    private static final class Probe {
        private long t0;
        private long firstFrame;
        private long action;
        private BooleanSupplier ready;
        private CompletableFuture<long[]> done;

        Probe(Scene scene) {
            scene.addPostLayoutPulseListener(this::postLayout);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                }
            }.start();
        }

        private void postLayout() {
            if (done == null) {
                return;
            }
            long now = System.nanoTime();
            if (firstFrame == 0) {
                firstFrame = now;
            }
            if (ready.getAsBoolean()) {
                CompletableFuture<long[]> f = done;
                done = null;
                f.complete(new long[] {action, now - t0, firstFrame - t0});
            }
        }

        /** @return {the action's own time on the FX thread, frame where the condition holds - t0, first frame - t0} in nanoseconds */
        long[] measure(Runnable action, BooleanSupplier condition) throws Exception {
            CompletableFuture<long[]> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                t0 = System.nanoTime();
                firstFrame = 0;
                action.run();
                this.action = System.nanoTime() - t0;
                ready = condition;
                done = f;
            });
            return f.get(60, TimeUnit.SECONDS);
        }
    }

    private static final class Samples {
        private final String name;
        private final List<Double> ms = new java.util.ArrayList<>();

        Samples(String name) {
            this.name = name;
        }

        void add(long nanos) {
            ms.add(nanos / 1e6);
        }

        @Override
        public String toString() {
            double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return String.format(Locale.ROOT, "%-52s %5d %8.2f %8.2f %8.2f %8.2f", name, s.length, pct(s, 0.5),
                    pct(s, 0.9), pct(s, 0.99), s[s.length - 1]);
        }

        private static double pct(double[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * (sorted.length - 1) + 0.5))];
        }
    }

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
}
