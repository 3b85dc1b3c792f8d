package org.balanceexplorer.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;

/**
 * The rings asked for on the command line ({@code --show}), computed as soon as the dataset and
 * basemap are in, while JavaFX starts, so that the window shows them in its first frame instead of
 * computing them while it is built (start-up, docs/performance.md). The window's model takes them
 * when they are for its loading and first state, and computes its own otherwise.
 *
 * <p>Thread safety: safe from any thread.
 */
final class FirstRings {

    /** What was computed, and for which loading and state. */
    private record Computed(ExplorerApp.Loaded loaded, ViewState state, RingResults rings) {
    }

    private static CompletableFuture<Computed> computing;

    private FirstRings() {
    }

    /** Starts computing the first rings of {@code options} once {@code loading} is done (nothing without --show). */
    static synchronized void start(StartupOptions options, Future<ExplorerApp.Loaded> loading) {
        if (options.show().isEmpty()) {
            computing = null;
            return;
        }
        computing = CompletableFuture.supplyAsync(() -> {
            try {
                ExplorerApp.Loaded l = loading.get();
                ViewState first = options.firstState(l.dataset());
                RingResults r = new RingComputation(l.dataset(), l.territories())
                        .compute(first, false, () -> false, RingComputation.Progress.NONE);
                StartupTrace.mark("first rings computed");
                return new Computed(l, first, r);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException | RuntimeException e) {
                // The window says what stopped the loading; its model computes the rings again.
                return null;
            }
        }, r -> {
            Thread t = new Thread(r, "first-rings");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The first rings for this loading and first state, done or on their way (null inside when they
     * turn out to be for another), or null when none are being computed. Taken once.
     */
    static synchronized CompletableFuture<RingResults> of(ExplorerApp.Loaded l, ViewState first) {
        CompletableFuture<Computed> c = computing;
        computing = null;
        if (c == null) {
            return null;
        }
        return c.thenApply(r -> r != null && r.loaded() == l && r.state().equals(first) ? r.rings() : null);
    }
}
