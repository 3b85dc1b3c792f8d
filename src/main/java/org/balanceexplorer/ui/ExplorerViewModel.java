package org.balanceexplorer.ui;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.concurrent.Task;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.LaunchPoints;
import org.balanceexplorer.state.Measurement;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.state.ViewState;
import org.locationtech.jts.geom.Geometry;

/**
 * The explorer's state for the views: a property holding the current {@link ViewState}, an
 * executor for the work it causes, and status text. Every user action makes the next state
 * ({@link #update}); the map and the panels are drawn from it.
 *
 * <p>Rings are computed by {@link RingComputation} on a background thread whenever the shown
 * systems, a launch point or a ring option change; the newest request wins and earlier ones are
 * cancelled. Results arrive on the FX thread as one immutable {@link RingResults}. While a launch
 * point is dragged the rings are computed as previews and refined when it is dropped.
 *
 * <p>Thread safety: FX application thread only (the background work touches only immutable data
 * and the computation, which runs on one thread).
 */
public final class ExplorerViewModel {

    private static final Logger LOG = Logger.getLogger(ExplorerViewModel.class.getName());

    private final Dataset dataset;
    private final Map<String, Geometry> territories;
    private final RingComputation computation;
    private final ReadOnlyObjectWrapper<ViewState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ObservableSet<String> shownSystems = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<WeaponSystem> selectedSystem = new ReadOnlyObjectWrapper<>(this, "selectedSystem");
    private final ReadOnlyObjectWrapper<String> selectedCountry = new ReadOnlyObjectWrapper<>(this, "selectedCountry");
    private final ReadOnlyObjectWrapper<RingResults> rings = new ReadOnlyObjectWrapper<>(this, "rings", RingResults.EMPTY);
    private final ReadOnlyObjectWrapper<GeodesicPath> measurement = new ReadOnlyObjectWrapper<>(this, "measurement");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ring-computation");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<KnownDataset> known = new ReadOnlyObjectWrapper<>(this, "known");
    private final ReadOnlyObjectWrapper<Event> selectedEvent = new ReadOnlyObjectWrapper<>(this, "selectedEvent");
    private Task<RingResults> running;
    /** The first state's rings, computed before this model was made, until they arrive or the view changes. */
    private CompletableFuture<RingResults> pendingFirst;
    private boolean dragging;
    /** While the year slider is dragged, rings are previews (as while a launch point is dragged). */
    private boolean scrubbing;

    /** A view model without territories (envelope mode then draws nothing), from the initial state. */
    public ExplorerViewModel(Dataset dataset) {
        this(dataset, Map.of(), ViewState.initial());
    }

    /**
     * @param dataset     the dataset
     * @param territories each country's territory (lon/lat) by country id, for envelope mode
     * @param first       the state to start from (the start-up arguments, or a scene)
     */
    public ExplorerViewModel(Dataset dataset, Map<String, Geometry> territories, ViewState first) {
        this(dataset, territories, first, null);
    }

    /**
     * @param dataset     the dataset
     * @param territories each country's territory (lon/lat) by country id, for envelope mode
     * @param first       the state to start from (the start-up arguments, or a scene)
     * @param firstRings  the rings of {@code first} being computed already (start-up computes them
     *                    while JavaFX starts; null in the future: compute them here), or null to
     *                    compute them here
     */
    public ExplorerViewModel(Dataset dataset, Map<String, Geometry> territories, ViewState first,
                             CompletableFuture<RingResults> firstRings) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.territories = Map.copyOf(territories);
        this.computation = new RingComputation(dataset, territories);
        state.set(Objects.requireNonNull(first, "first"));
        state.addListener((o, before, now) -> changed(before, now));
        if (firstRings != null && !first.shownSystems().isEmpty()) {
            pendingFirst = firstRings;
            computing.set(true);
            firstRings.whenComplete((r, e) -> Platform.runLater(() -> acceptFirst(firstRings)));
        }
        changed(null, first);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Each country's territory (lon/lat) by country id, as given at construction (may be empty). */
    public Map<String, Geometry> territories() {
        return territories;
    }

    // ---- commands -------------------------------------------------------------------------

    /** Makes the next state from the current one; the views follow it. */
    public void update(UnaryOperator<ViewState> action) {
        ViewState next = Objects.requireNonNull(action.apply(state.get()), "next state");
        if (!next.equals(state.get())) {
            state.set(next);
        }
    }

    /** Shows or hides a system's ring. Unknown ids are ignored. */
    public void setShown(String systemId, boolean shown) {
        if (dataset.system(systemId).isPresent()) {
            update(s -> s.withShown(systemId, shown));
        }
    }

    public void select(WeaponSystem system) {
        selectedEvent.set(null);
        update(s -> s.withSelection(new Selection(system == null ? null : system.id(), s.selection().countryId(),
                s.selection().placeId())));
    }

    /** Selects a place (the reach table answers for it), or none with {@code null}. Unknown ids are ignored. */
    public void selectPlace(String placeId) {
        if (placeId == null || dataset.place(placeId).isPresent()) {
            update(s -> s.withSelection(new Selection(s.selection().systemId(), s.selection().countryId(), placeId)));
        }
    }

    /** Selects a country: the side panel lists its systems. */
    public void selectCountry(String countryId) {
        selectedEvent.set(null);
        update(s -> s.withSelection(new Selection(s.selection().systemId(), countryId, s.selection().placeId())));
    }

    /**
     * Moves a country's launch point (the user dragged it). While {@code stillDragging}, rings are
     * computed as previews; the last call, with {@code false}, computes them to full accuracy.
     */
    public void moveLaunchPoint(String countryId, GeoPoint point, boolean stillDragging) {
        if (dataset.country(countryId).isEmpty()) {
            return;
        }
        Objects.requireNonNull(point, "point");
        boolean wasDragging = dragging;
        dragging = stillDragging;
        ViewState before = state.get();
        update(s -> s.withLaunchPoint(countryId, point));
        if (state.get() == before && wasDragging != stillDragging) {
            recompute();
        }
    }

    /** Puts a country's launch point back on its representative point. */
    public void resetLaunchPoint(String countryId) {
        dragging = false;
        update(s -> s.withoutLaunchPoint(countryId));
    }

    /** Puts every launch point back on its representative point. */
    public void resetLaunchPoints() {
        dragging = false;
        update(ViewState::withoutMovedLaunchPoints);
    }

    /** Measures the geodesic between two points, off the FX thread; the result arrives in {@link #measurementProperty()}. */
    public void measure(GeoPoint from, GeoPoint to) {
        Measurement m = new Measurement(from, to);
        if (m.equals(state.get().measurement())) {
            // The same two points again (the map cleared the line when the first was clicked): shown anew.
            measurement.set(null);
            measureNow(m);
        } else {
            update(s -> s.withMeasurement(m));
        }
    }

    /** Clears the measurement. */
    public void clearMeasurement() {
        update(s -> s.withMeasurement(null));
    }

    // ---- time ------------------------------------------------------------------------------

    /**
     * Sets the moment the map shows: the systems as of a year (those first tested by then), and
     * with {@code knownIn} only the claims dated by then; {@code year == null} shows everything
     * as it is today.
     *
     * @param year      the year, in [{@link TimeSettings#MIN_YEAR}, {@link TimeSettings#MAX_YEAR}], or null
     * @param knownIn   whether claims dated after the year are hidden ("as known in")
     * @param scrubbing whether the year slider is being dragged: rings are then previews, refined
     *                  by the next call with {@code false}
     */
    public void setTime(Integer year, boolean knownIn, boolean scrubbing) {
        boolean wasScrubbing = this.scrubbing;
        this.scrubbing = scrubbing;
        ViewState before = state.get();
        update(s -> s.withTime(new TimeSettings(year, knownIn ? year : null)));
        if (state.get() == before && wasScrubbing && !scrubbing) {
            recompute();
        }
    }

    /**
     * Selects a timeline event: the side panel lists its claims, and the systems it names are
     * shown (ticked). Selecting a system or a country afterwards shows that instead. The event is
     * not part of the view state (a scene keeps what is shown, not which event was read).
     */
    public void selectEvent(Event event) {
        selectedEvent.set(null);
        if (event == null) {
            return;
        }
        update(s -> {
            ViewState next = s.withSelection(new Selection(null, s.selection().countryId(), s.selection().placeId()));
            for (String id : event.systems()) {
                if (dataset.system(id).isPresent()) {
                    next = next.withShown(id, true);
                }
            }
            return next;
        });
        selectedEvent.set(event);
    }

    /** The event whose claims the side panel lists, or null. */
    public ReadOnlyObjectProperty<Event> selectedEventProperty() {
        return selectedEvent.getReadOnlyProperty();
    }

    /**
     * Works out, in the background, the dataset as known at each of these time settings, so that
     * the year slider finds them ready when it is first scrubbed (about a millisecond each).
     */
    public void prepareTimes(java.util.List<TimeSettings> times) {
        java.util.List<TimeSettings> copy = java.util.List.copyOf(times);
        executor.execute(() -> copy.forEach(computation::known));
    }

    /** Stops background work; call when the window closes. */
    public void dispose() {
        executor.shutdownNow();
    }

    // ---- state ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<ViewState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ViewState state() {
        return state.get();
    }

    /** Ids of the systems whose rings are shown, in the order they were ticked. */
    public ObservableSet<String> shownSystems() {
        return FXCollections.unmodifiableObservableSet(shownSystems);
    }

    /** Where a country's rings are drawn around: where the user put it, else its representative point. */
    public GeoPoint launchPoint(String countryId) {
        return LaunchPoints.launchPoint(dataset, state.get(), countryId);
    }

    /** Whether the user moved the country's launch point away from its representative point. */
    public boolean isLaunchPointMoved(String countryId) {
        return LaunchPoints.moved(state.get(), countryId);
    }

    /** The launch point in words, as the map and legend label it. */
    public String launchLabel(String countryId) {
        return LaunchPoints.launchLabel(dataset, state.get(), countryId);
    }

    /**
     * The dataset as it stood at the state's time ({@link KnownDataset}): panels that should follow
     * the year read their systems, figures and claims from it. With no time limit it is the whole
     * dataset.
     */
    public ReadOnlyObjectProperty<KnownDataset> knownProperty() {
        return known.getReadOnlyProperty();
    }

    public KnownDataset known() {
        return known.get();
    }

    public ReadOnlyObjectProperty<WeaponSystem> selectedSystemProperty() {
        return selectedSystem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> selectedCountryProperty() {
        return selectedCountry.getReadOnlyProperty();
    }

    /** The measured path of the state's measurement, once computed; null when nothing is measured. */
    public ReadOnlyObjectProperty<GeodesicPath> measurementProperty() {
        return measurement.getReadOnlyProperty();
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

    /** A system's ring style index (see {@code map.paint.RingStyle}): stable while the dataset is open. */
    public int colourIndex(String systemId) {
        return computation.styleIndex(systemId);
    }

    /**
     * The country whose launch point centres an azimuthal view: the selected system's, else the
     * first shown system's, else the first country with systems.
     */
    public String focusCountry() {
        return LaunchPoints.focusCountry(dataset, state.get());
    }

    // ---- what a new state causes ---------------------------------------------------------------

    private void changed(ViewState before, ViewState now) {
        if (before == null || !before.time().equals(now.time())) {
            known.set(computation.known(now.time()));
        }
        if (before == null || !before.shownSystems().equals(now.shownSystems())) {
            shownSystems.retainAll(now.shownSystems());
            shownSystems.addAll(now.shownSystems());
        }
        Selection sel = now.selection();
        WeaponSystem system = sel.systemId() == null ? null : dataset.system(sel.systemId()).orElse(null);
        if (!Objects.equals(selectedSystem.get(), system)) {
            selectedSystem.set(system);
        }
        if (!Objects.equals(selectedCountry.get(), sel.countryId())) {
            selectedCountry.set(sel.countryId());
        }
        if (before == null || !Objects.equals(before.measurement(), now.measurement())) {
            measureNow(now.measurement());
        }
        if (before == null || !before.shownSystems().equals(now.shownSystems())
                || !before.movedLaunchPoints().equals(now.movedLaunchPoints()) || !before.rings().equals(now.rings())
                || !before.time().equals(now.time())) {
            if (before != null || (!now.shownSystems().isEmpty() && pendingFirst == null)) {
                recompute();
            }
        }
    }

    private void measureNow(Measurement m) {
        if (m == null) {
            measurement.set(null);
            return;
        }
        Task<GeodesicPath> task = new Task<>() {
            @Override
            protected GeodesicPath call() {
                return RingComputation.measure(m);
            }
        };
        task.setOnSucceeded(e -> {
            if (m.equals(state.get().measurement())) {
                measurement.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "measurement failed", task.getException());
            status.set(StatusWords.measureFailed(task.getException()));
        });
        executor.execute(task);
    }

    private void recompute() {
        pendingFirst = null;
        if (running != null) {
            running.cancel();
        }
        ViewState request = state.get();
        boolean preview = dragging || scrubbing;
        Task<RingResults> task = new Task<>() {
            @Override
            protected RingResults call() {
                return computation.compute(request, preview, this::isCancelled, this::updateProgress);
            }
        };
        task.setOnSucceeded(e -> accept(task, request, task.getValue()));
        task.setOnFailed(e -> {
            if (task == running) {
                computing.set(false);
                LOG.log(Level.WARNING, "ring computation failed", task.getException());
                status.set(StatusWords.ringsFailed(task.getException()));
            }
        });
        running = task;
        computing.set(true);
        if (!preview) {
            status.set(StatusWords.computing(request.rings().envelopes()));
        }
        executor.execute(task);
    }

    private void accept(Task<RingResults> task, ViewState request, RingResults value) {
        if (task == running && value != null && rings.get() != value) {
            rings.set(value);
            computing.set(false);
            status.set(statusText(request, value));
        }
    }

    /** The first rings, computed before this model: taken unless the view changed meanwhile; computed here if they failed. */
    private void acceptFirst(CompletableFuture<RingResults> f) {
        if (f != pendingFirst) {
            return;
        }
        pendingFirst = null;
        RingResults r = f.isCompletedExceptionally() ? null : f.getNow(null);
        if (r == null) {
            recompute();
            return;
        }
        rings.set(r);
        computing.set(false);
        status.set(statusText(state.get(), r));
    }

    /** "2 rings shown", with the ticked systems the year leaves out ({@link StatusWords}). */
    private String statusText(ViewState request, RingResults value) {
        return StatusWords.shown(request, value, computation.known(request.time()));
    }

    /**
     * Takes the newest rings now when their computation has already finished, rather than when the
     * FX thread next runs its queued work. At start-up the first rings are computed while the
     * window is built; taken before it is shown, they are projected while it is shown, and the
     * first frame has them. Never waits: does nothing when they are not ready.
     */
    public void takeFinishedRings() {
        if (pendingFirst != null) {
            if (pendingFirst.isDone()) {
                acceptFirst(pendingFirst);
            }
            return;
        }
        Task<RingResults> task = running;
        if (task == null || !task.isDone() || task.isCancelled()) {
            return;
        }
        try {
            accept(task, state.get(), task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // Its own handler says so when the FX thread runs it.
        }
    }
}
