package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up computes the rings asked for on the command line while JavaFX starts; the window's
 * model takes them for its first state, computes its own when they failed, and never lets them
 * replace the rings of a view the user has changed meanwhile.
 */
class FirstRingsTest {

    private static Dataset dataset;
    private static final ViewState FIRST = ViewState.initial().withShown("agni-5", true).withShown("shaheen-3", true);

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    private static RingResults computed(ViewState s) {
        return new RingComputation(dataset, Map.of()).compute(s, false, () -> false, RingComputation.Progress.NONE);
    }

    private static ExplorerViewModel model(CompletableFuture<RingResults> first) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new ExplorerViewModel(dataset, Map.of(), FIRST, first))
                .get(10, TimeUnit.SECONDS);
    }

    private static java.util.List<String> systems(RingResults r) {
        return r.rings().stream().map(c -> c.system().id()).distinct().sorted().toList();
    }

    @Test
    void ringsComputedBeforeTheModelAreTakenAsTheyAreAndNotComputedAgain() throws Exception {
        RingResults ready = computed(FIRST);
        ExplorerViewModel m = model(CompletableFuture.completedFuture(ready));
        WaitForAsyncUtils.asyncFx(m::takeFinishedRings).get(10, TimeUnit.SECONDS);
        assertThat(m.ringsProperty().get()).isSameAs(ready);
        assertThat(systems(ready)).containsExactly("agni-5", "shaheen-3");
        // Nothing computed again behind them: the same object still, once everything queued ran.
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.ringsProperty().get()).isSameAs(ready);
        assertThat(m.statusProperty().get()).isEqualTo("2 rings shown");
        m.dispose();
    }

    @Test
    void whenTheyFailTheModelComputesItsOwn() throws Exception {
        CompletableFuture<RingResults> failed = new CompletableFuture<>();
        ExplorerViewModel m = model(failed);
        failed.completeExceptionally(new IllegalStateException("the loading failed"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !m.ringsProperty().get().rings().isEmpty());
        assertThat(systems(m.ringsProperty().get())).containsExactly("agni-5", "shaheen-3");
        m.dispose();
    }

    @Test
    void theyNeverReplaceTheRingsOfAViewChangedMeanwhile() throws Exception {
        CompletableFuture<RingResults> late = new CompletableFuture<>();
        ExplorerViewModel m = model(late);
        WaitForAsyncUtils.asyncFx(() -> m.setShown("babur", true)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> systems(m.ringsProperty().get()).size() == 3);
        RingResults own = m.ringsProperty().get();
        late.complete(computed(FIRST));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.ringsProperty().get()).isSameAs(own);
        assertThat(systems(own)).containsExactly("agni-5", "babur", "shaheen-3");
        m.dispose();
    }
}
