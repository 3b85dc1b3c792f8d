package org.balanceexplorer.ui.checks;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.CheckResult;
import org.balanceexplorer.state.ClaimCheckComputation;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;

/**
 * The claim checks as the view state makes them: computed from the dataset the explorer holds and
 * its launch points, again whenever a launch point moves or the time settings change.
 *
 * <h2>Threads</h2>
 * Computation runs on one background thread of its own; only the newest request's results are
 * published (on the FX thread), so a launch point dragged across the map never queues work behind
 * it. Call the commands and read the properties on the FX thread.
 */
public final class ClaimChecksViewModel {

    private static final Logger LOG = Logger.getLogger(ClaimChecksViewModel.class.getName());

    private final ExplorerViewModel explorer;
    private final ClaimCheckComputation computation;
    private final ReadOnlyObjectWrapper<List<CheckResult>> results = new ReadOnlyObjectWrapper<>(this, "results", List.of());
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** One background thread, ended when idle for a few seconds (so nothing needs disposing). */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "claim-checks");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong requested = new AtomicLong();
    /** Whether the checks are on screen; while they are not, a change only marks them stale. */
    private boolean active;
    private boolean stale = true;

    public ClaimChecksViewModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.computation = new ClaimCheckComputation(explorer.territories());
        executor.allowCoreThreadTimeOut(true);
        explorer.stateProperty().addListener((o, before, now) -> {
            if (before == null || !before.movedLaunchPoints().equals(now.movedLaunchPoints())
                    || !before.time().equals(now.time())) {
                stale = true;
                if (active) {
                    refresh();
                }
            }
        });
    }

    /**
     * Says whether the checks are shown. Nothing is computed until they first are (so start-up
     * does not pay for territory shares nobody looks at); when they are shown again after a
     * change, they are measured again.
     */
    public void setActive(boolean shown) {
        active = shown;
        if (shown && stale) {
            refresh();
        }
    }

    /**
     * The dataset the checks are measured in: the explorer's as known at the chosen time (the year
     * slider and "as known in"), so the checks follow the year as the rings do. The explorer
     * updates it before this model hears of the new state.
     */
    private Dataset dataset() {
        return explorer.known() == null ? explorer.dataset() : explorer.known().dataset();
    }

    /** Computes the checks again for the current state, off the FX thread. */
    public void refresh() {
        stale = false;
        long request = requested.incrementAndGet();
        Dataset dataset = dataset();
        ViewState state = explorer.state();
        computing.set(true);
        executor.execute(() -> {
            if (request != requested.get()) {
                return; // a newer request is queued: skip this one
            }
            try {
                List<CheckResult> computed = computation.compute(dataset, state);
                Platform.runLater(() -> publish(request, computed, ""));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "claim checks could not be computed", e);
                Platform.runLater(() -> publish(request, List.of(), I18n.text("checks.failed")));
            }
        });
    }

    private void publish(long request, List<CheckResult> computed, String message) {
        if (request != requested.get()) {
            return;
        }
        results.set(computed);
        problem.set(message);
        computing.set(false);
    }

    /** Every check with its measurements, in the dataset's order; empty until first computed. */
    public ReadOnlyObjectProperty<List<CheckResult>> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** A plain-words problem, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Dataset datasetShown() {
        return dataset();
    }
}
