package org.balanceexplorer.ui.reach;

import org.balanceexplorer.ui.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;

/**
 * The reach tables of what the map shows, kept up to date: recomputed ({@link ReachTables}) on a
 * background thread whenever the computed rings, the selected place or envelope mode change; the
 * newest request wins. The place is the view state's {@code selection().placeId()}.
 *
 * <p>Thread safety: FX application thread only (the background work touches only immutable data
 * and the thread-safe {@link ReachTables}).
 */
public final class ReachViewModel {

    private static final Logger LOG = Logger.getLogger(ReachViewModel.class.getName());

    private final ExplorerViewModel model;
    private final ReachTables reach;
    private final ReadOnlyObjectWrapper<ReachTables.Tables> tables =
            new ReadOnlyObjectWrapper<>(this, "tables", ReachTables.Tables.EMPTY);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary",
            ReachSummary.of(ReachTables.Tables.EMPTY, List.of()));
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reach-tables");
        t.setDaemon(true);
        return t;
    });
    private Task<Computed> running;

    /** The tables and their summary, computed together from one set of rings. */
    private record Computed(ReachTables.Tables tables, String summary) {
    }

    public ReachViewModel(ExplorerViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.reach = new ReachTables(model.dataset(), model.territories());
        // Not at each step of a drag (preview rings): the tables, the markers they put on the map and
        // the table views' updates cost the FX thread and the renderer at every step (the drag went
        // from 14 to 31 ms a step); they follow when the launch point is dropped.
        model.ringsProperty().addListener((o, a, r) -> {
            if (!r.preview()) {
                recompute();
            }
        });
        model.stateProperty().addListener((o, before, now) -> {
            if (!Objects.equals(before.selection().placeId(), now.selection().placeId())
                    || before.rings().envelopes() != now.rings().envelopes()) {
                recompute();
            }
        });
        recompute();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Selects the place the second table answers for, or none. */
    public void selectPlace(Place place) {
        model.selectPlace(place == null ? null : place.id());
    }

    /** Stops background work; call when the window closes. */
    public void dispose() {
        executor.shutdownNow();
    }

    // ---- state ----------------------------------------------------------------------------

    /** The tables of the current rings and selection. */
    public ReadOnlyObjectProperty<ReachTables.Tables> tablesProperty() {
        return tables.getReadOnlyProperty();
    }

    /**
     * The map in words ({@link ReachSummary}), computed with the tables from the same rings, so it
     * always says what they list.
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the tables are being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Why the last computation failed, in plain words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Every place of the dataset, by name, for choosing one. */
    public List<Place> places() {
        return model.dataset().places().stream().sorted(java.util.Comparator.comparing(Place::name)).toList();
    }

    /** The selected place, or null. */
    public Place selectedPlace() {
        String id = model.state().selection().placeId();
        return id == null ? null : model.dataset().place(id).orElse(null);
    }

    /** The explorer's state, for the view's listeners. */
    public ReadOnlyObjectProperty<ViewState> stateProperty() {
        return model.stateProperty();
    }

    /**
     * The markers of the points the tables measure from that the map does not already show: in
     * envelope mode, the nearest point of each shown country's territory to the chosen place. Their
     * label and details are in the chosen language: only the window's map shows them (exports
     * paint no reference points), and the window paints its words in the chosen language.
     */
    public static List<Marker> referenceMarkers(ReachTables.Tables t, Dataset dataset) {
        if (t.place() == null) {
            return List.of();
        }
        List<Marker> out = new ArrayList<>();
        t.nearestPoints().forEach((country, point) -> {
            String name = dataset.country(country).map(Names::of).orElse(country);
            out.add(new Marker("nearest-" + country + "-" + t.place().id(), I18n.text("reach.marker.nearest", name),
                    point, Marker.Kind.REFERENCE_POINT, country, false,
                    I18n.text("reach.marker.nearest.details", name, Names.of(t.place()))));
        });
        return out;
    }

    private void recompute() {
        if (running != null) {
            running.cancel();
        }
        ViewState state = model.state();
        RingResults rings = model.ringsProperty().get();
        Task<Computed> task = new Task<>() {
            @Override
            protected Computed call() {
                ReachTables.Tables t = reach.compute(state, rings);
                // Each launch point named in the chosen language, as the map's legend names it.
                var words = I18n.mapWords();
                List<ReachTables.Launcher> shown = ReachTables.launchers(rings).stream()
                        .map(l -> new ReachTables.Launcher(l.system(), l.launchPoint(), org.balanceexplorer.map.paint
                                .Overlays.launchLabel(model.dataset(), state, l.system().country(), words),
                                l.headlineKm()))
                        .toList();
                return new Computed(t, ReachSummary.of(t, shown));
            }
        };
        task.setOnSucceeded(e -> {
            if (task == running) {
                tables.set(task.getValue().tables());
                summary.set(task.getValue().summary());
                problem.set("");
                computing.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                computing.set(false);
                LOG.log(Level.WARNING, "reach tables failed", task.getException());
                String m = task.getException() == null ? null : task.getException().getMessage();
                problem.set(I18n.text("reach.problem", m == null ? I18n.text("reach.problem.unexpected") : m));
            }
        });
        running = task;
        computing.set(true);
        executor.execute(task);
    }
}
