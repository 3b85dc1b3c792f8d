package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;

/**
 * The explorer's state, in the manner of a view model: read-only properties out, commands in.
 * Views bind to it and do nothing more.
 *
 * <p>Rings are computed on a background thread whenever the shown systems change; the newest
 * request wins and earlier ones are cancelled. Results arrive on the FX thread as one immutable
 * {@link RingResults}.
 *
 * <p>Thread safety: FX application thread only (the background work touches only immutable data).
 */
public final class ExplorerViewModel {

    private static final Logger LOG = Logger.getLogger(ExplorerViewModel.class.getName());
    /** Rings are drawn to within 100 m of the true geodesic circle: well under a pixel at any zoom offered. */
    static final double RING_TOLERANCE_METERS = 100;

    private final Dataset dataset;
    private final ObservableSet<String> shownSystems = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObjectProperty<WeaponSystem> selectedSystem = new SimpleObjectProperty<>(this, "selectedSystem");
    private final ObjectProperty<String> selectedCountry = new SimpleObjectProperty<>(this, "selectedCountry");
    private final ReadOnlyObjectWrapper<RingResults> rings = new ReadOnlyObjectWrapper<>(this, "rings", RingResults.EMPTY);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ring-computation");
        t.setDaemon(true);
        return t;
    });
    /** Rings by system id and launch point: a system ticked again is not computed again. */
    private final Map<String, RangeRing> ringCache = new ConcurrentHashMap<>();
    private Task<RingResults> running;

    public ExplorerViewModel(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        shownSystems.addListener((SetChangeListener<String>) c -> recompute());
    }

    public Dataset dataset() {
        return dataset;
    }

    // ---- commands -------------------------------------------------------------------------

    /** Shows or hides a system's ring. Unknown ids are ignored. */
    public void setShown(String systemId, boolean shown) {
        if (dataset.system(systemId).isEmpty()) {
            return;
        }
        if (shown) {
            shownSystems.add(systemId);
        } else {
            shownSystems.remove(systemId);
        }
    }

    public void select(WeaponSystem system) {
        selectedSystem.set(system);
    }

    /** Selects a country: the side panel lists its systems. */
    public void selectCountry(String countryId) {
        selectedCountry.set(countryId);
    }

    /** Stops background work; call when the window closes. */
    public void dispose() {
        executor.shutdownNow();
    }

    // ---- state ----------------------------------------------------------------------------

    /** Ids of the systems whose rings are shown, in the order they were ticked. */
    public ObservableSet<String> shownSystems() {
        return FXCollections.unmodifiableObservableSet(shownSystems);
    }

    public ObjectProperty<WeaponSystem> selectedSystemProperty() {
        return selectedSystem;
    }

    public ObjectProperty<String> selectedCountryProperty() {
        return selectedCountry;
    }

    public ReadOnlyObjectProperty<RingResults> ringsProperty() {
        return rings.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** A short line for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The palette index of a system: its position in the dataset, so it never changes while the dataset is open. */
    public int colourIndex(String systemId) {
        List<WeaponSystem> all = dataset.systems();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(systemId)) {
                return i;
            }
        }
        return 0;
    }

    // ---- background work ------------------------------------------------------------------

    private void recompute() {
        if (running != null) {
            running.cancel();
        }
        List<WeaponSystem> systems = new ArrayList<>();
        for (String id : shownSystems) {
            dataset.system(id).ifPresent(systems::add);
        }
        List<Place> places = dataset.places();
        Task<RingResults> task = new Task<>() {
            @Override
            protected RingResults call() {
                List<RingResults.ComputedRing> out = new ArrayList<>();
                Set<String> within = new HashSet<>();
                int done = 0;
                for (WeaponSystem s : systems) {
                    if (isCancelled()) {
                        return null;
                    }
                    Place launch = dataset.representativePoint(s.country());
                    double radius = s.headlineRangeKm() * 1000;
                    String key = s.id() + "@" + launch.location() + "/" + radius;
                    RangeRing ring = ringCache.computeIfAbsent(key,
                            k -> RangeRing.of(launch.location(), radius, RING_TOLERANCE_METERS));
                    out.add(new RingResults.ComputedRing(s, launch, ring, colourIndex(s.id())));
                    for (Place p : places) {
                        if (ring.contains(p.location())) {
                            within.add(p.id());
                        }
                    }
                    updateProgress(++done, systems.size());
                }
                return new RingResults(out, within);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == running) {
                rings.set(task.getValue());
                computing.set(false);
                status.set(task.getValue().rings().isEmpty() ? "" : task.getValue().rings().size() + " ring(s) shown");
            }
        });
        task.setOnFailed(e -> {
            if (task == running) {
                computing.set(false);
                LOG.log(Level.WARNING, "ring computation failed", task.getException());
                status.set("Could not compute the rings: " + plain(task.getException()));
            }
        });
        running = task;
        computing.set(true);
        status.set("Computing rings\u2026");
        executor.execute(task);
    }

    private static String plain(Throwable t) {
        String m = t == null ? null : t.getMessage();
        return m == null || m.isBlank() ? "an unexpected error (details in the log)" : m;
    }
}
