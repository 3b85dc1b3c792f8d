package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.concurrent.Task;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.NaiveCircle;
import org.balanceexplorer.geo.TerritoryEnvelope;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * The explorer's state, in the manner of a view model: read-only properties out, commands in.
 * Views bind to it and do nothing more.
 *
 * <p>Rings are computed on a background thread whenever the shown systems, a launch point or a
 * ring option change; the newest request wins and earlier ones are cancelled. Results arrive on
 * the FX thread as one immutable {@link RingResults}. While a launch point is dragged the rings
 * are computed coarsely ({@link #PREVIEW_TOLERANCE_METERS}) and refined when it is dropped.
 *
 * <p>Thread safety: FX application thread only (the background work touches only immutable data).
 */
public final class ExplorerViewModel {

    private static final Logger LOG = Logger.getLogger(ExplorerViewModel.class.getName());
    /** Rings are drawn to within 100 m of the true geodesic circle: under a pixel at the closest zoom offered. */
    static final double RING_TOLERANCE_METERS = 100;
    /**
     * While a launch point is dragged: 2 km, under a pixel at South Asia zoom, as a preview ring
     * ({@link RangeRing#preview}: direct problems at fixed azimuths, no refinement, about a quarter
     * of a millisecond a ring); the exact ring replaces it when the point is dropped.
     */
    static final double PREVIEW_TOLERANCE_METERS = 2_000;
    /**
     * Envelopes are drawn to within 5 km: a pixel at South Asia zoom, and what keeps Pakistan at
     * 2,750 km and India at 5,000 km within their time budget (decision record 0004).
     */
    static final double ENVELOPE_TOLERANCE_METERS = 5000;
    /** Pieces of a measured geodesic: 128 keep a 20,000 km path smooth on a world map. */
    static final int MEASURE_SEGMENTS = 128;

    private final Dataset dataset;
    private final ObservableSet<String> shownSystems = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableMap<String, GeoPoint> movedLaunchPoints = FXCollections.observableHashMap();
    private final ObjectProperty<WeaponSystem> selectedSystem = new SimpleObjectProperty<>(this, "selectedSystem");
    private final ObjectProperty<String> selectedCountry = new SimpleObjectProperty<>(this, "selectedCountry");
    private final BooleanProperty showBands = new SimpleBooleanProperty(this, "showBands", true);
    private final BooleanProperty showClaimRings = new SimpleBooleanProperty(this, "showClaimRings", false);
    private final BooleanProperty showNaive = new SimpleBooleanProperty(this, "showNaive", false);
    private final BooleanProperty showEnvelopes = new SimpleBooleanProperty(this, "showEnvelopes", false);
    private final Map<String, Geometry> territories;
    private final Map<String, Integer> colourIndices;
    /** Envelopes by country and range: the costliest geometry here, computed once. */
    private final Map<String, Geometry> envelopeCache = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<RingResults> rings = new ReadOnlyObjectWrapper<>(this, "rings", RingResults.EMPTY);
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ring-computation");
        t.setDaemon(true);
        return t;
    });
    /** Rings by centre, radius and tolerance: a system ticked again, or a band, is not computed again. */
    private final Map<RingKey, RangeRing> ringCache = new ConcurrentHashMap<>();
    private final ReadOnlyObjectWrapper<org.balanceexplorer.geo.GeodesicPath> measurement =
            new ReadOnlyObjectWrapper<>(this, "measurement");
    /** The last results per system, options and launch point (touched by the computing thread only). */
    private final Map<ComputedKey, RingResults.ComputedRing> computed = new HashMap<>();
    private Task<RingResults> running;
    private boolean dragging;

    /** A view model without territories: envelope mode then draws nothing. */
    public ExplorerViewModel(Dataset dataset) {
        this(dataset, Map.of());
    }

    /**
     * @param dataset     the dataset
     * @param territories each country's territory (lon/lat) by country id, for envelope mode
     */
    public ExplorerViewModel(Dataset dataset, Map<String, Geometry> territories) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.territories = Map.copyOf(territories);
        Map<String, Integer> indices = new HashMap<>();
        List<WeaponSystem> all = dataset.systems();
        for (int i = 0; i < all.size(); i++) {
            indices.put(all.get(i).id(), i);
        }
        this.colourIndices = Map.copyOf(indices);
        showEnvelopes.addListener((o, a, b) -> recompute());
        shownSystems.addListener((SetChangeListener<String>) c -> recompute());
        showBands.addListener((o, a, b) -> recompute());
        showClaimRings.addListener((o, a, b) -> recompute());
        showNaive.addListener((o, a, b) -> recompute());
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

    /**
     * Moves a country's launch point (the user dragged it). While {@code stillDragging}, rings are
     * computed coarsely; the last call, with {@code false}, computes them to full accuracy.
     */
    public void moveLaunchPoint(String countryId, GeoPoint point, boolean stillDragging) {
        if (dataset.country(countryId).isEmpty()) {
            return;
        }
        dragging = stillDragging;
        movedLaunchPoints.put(countryId, Objects.requireNonNull(point, "point"));
        recompute();
    }

    /** Puts a country's launch point back on its representative point. */
    public void resetLaunchPoint(String countryId) {
        dragging = false;
        if (movedLaunchPoints.remove(countryId) != null) {
            recompute();
        }
    }

    /** Puts every launch point back on its representative point. */
    public void resetLaunchPoints() {
        dragging = false;
        if (!movedLaunchPoints.isEmpty()) {
            movedLaunchPoints.clear();
            recompute();
        }
    }

    /**
     * Measures the geodesic between two points, off the FX thread; the result arrives in
     * {@link #measurementProperty()}.
     */
    public void measure(GeoPoint from, GeoPoint to) {
        Task<org.balanceexplorer.geo.GeodesicPath> task = new Task<>() {
            @Override
            protected org.balanceexplorer.geo.GeodesicPath call() {
                return org.balanceexplorer.geo.GeodesicPath.of(from, to, MEASURE_SEGMENTS);
            }
        };
        task.setOnSucceeded(e -> measurement.set(task.getValue()));
        task.setOnFailed(e -> {
            LOG.log(Level.WARNING, "measurement failed", task.getException());
            status.set("Could not measure: " + plain(task.getException()));
        });
        executor.execute(task);
    }

    /** Clears the measurement. */
    public void clearMeasurement() {
        measurement.set(null);
    }

    /** The last measurement, or null. */
    public ReadOnlyObjectProperty<org.balanceexplorer.geo.GeodesicPath> measurementProperty() {
        return measurement.getReadOnlyProperty();
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

    /** Where a country's rings are drawn around: where the user put it, else its representative point. */
    public GeoPoint launchPoint(String countryId) {
        GeoPoint moved = movedLaunchPoints.get(countryId);
        return moved != null ? moved : dataset.representativePoint(countryId).location();
    }

    /** Whether the user moved the country's launch point away from its representative point. */
    public boolean isLaunchPointMoved(String countryId) {
        return movedLaunchPoints.containsKey(countryId);
    }

    /** The launch point in words, as the map and legend label it. */
    public String launchLabel(String countryId) {
        if (!isLaunchPointMoved(countryId)) {
            return dataset.representativePoint(countryId).name() + " (representative point)";
        }
        GeoPoint p = movedLaunchPoints.get(countryId);
        return String.format(Locale.ROOT, "a user-chosen point, %.2f\u00b0%s %.2f\u00b0%s", Math.abs(p.latDeg()),
                p.latDeg() >= 0 ? "N" : "S", Math.abs(p.lonDeg()), p.lonDeg() >= 0 ? "E" : "W");
    }

    public ObjectProperty<WeaponSystem> selectedSystemProperty() {
        return selectedSystem;
    }

    public ObjectProperty<String> selectedCountryProperty() {
        return selectedCountry;
    }

    /** Whether each ring carries a band from the lowest to the highest claimed range. */
    public BooleanProperty showBandsProperty() {
        return showBands;
    }

    /** Whether each distinct claimed range gets a ring of its own, labelled with its claimants. */
    public BooleanProperty showClaimRingsProperty() {
        return showClaimRings;
    }

    /** Whether each ring is shown beside the naive flat circle of the same radius (a teaching overlay). */
    public BooleanProperty showNaiveProperty() {
        return showNaive;
    }

    /**
     * Whether each shown system also gets its envelope: the area within range of anywhere in its
     * country's territory (not only of the launch point).
     */
    public BooleanProperty showEnvelopesProperty() {
        return showEnvelopes;
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
        return colourIndices.getOrDefault(systemId, 0);
    }

    // ---- background work ------------------------------------------------------------------

    /** What one computation needs, captured on the FX thread. */
    private record Request(List<WeaponSystem> systems, Map<String, GeoPoint> launch, Map<String, String> labels,
                           boolean bands, boolean claimRings, boolean naive, boolean envelopes, double tolerance,
                           boolean preview) {
    }

    private void recompute() {
        if (running != null) {
            running.cancel();
        }
        List<WeaponSystem> systems = new ArrayList<>();
        Map<String, GeoPoint> launch = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (String id : shownSystems) {
            dataset.system(id).ifPresent(s -> {
                systems.add(s);
                launch.computeIfAbsent(s.country(), this::launchPoint);
                labels.computeIfAbsent(s.country(), this::launchLabel);
            });
        }
        Request req = new Request(systems, launch, labels, showBands.get(), showClaimRings.get(), showNaive.get(),
                showEnvelopes.get(),
                dragging ? PREVIEW_TOLERANCE_METERS : RING_TOLERANCE_METERS, dragging);
        Task<RingResults> task = new Task<>() {
            @Override
            protected RingResults call() {
                return compute(req, this::isCancelled, this::updateProgress);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == running && task.getValue() != null) {
                rings.set(task.getValue());
                computing.set(false);
                int n = task.getValue().rings().size();
                status.set(n == 0 ? "" : n + (n == 1 ? " ring shown" : " rings shown"));
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
        if (!dragging) {
            status.set(showEnvelopes.get() ? "Computing rings and envelopes\u2026" : "Computing rings\u2026");
        }
        executor.execute(task);
    }

    private interface Progress {
        void update(long done, long total);
    }

    private RingResults compute(Request req, java.util.function.BooleanSupplier cancelled, Progress progress) {
        List<RingResults.ComputedRing> out = new ArrayList<>();
        Set<String> within = new HashSet<>();
        Set<RingKey> usedKeys = new HashSet<>();
        Map<ComputedKey, RingResults.ComputedRing> computedNow = new HashMap<>();
        int done = 0;
        for (WeaponSystem s : req.systems()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            GeoPoint centre = req.launch().get(s.country());
            // A system whose launch point and options did not change is not computed again: while
            // one country's point is dragged, the other countries' rings stay as they were.
            ComputedKey exact = ComputedKey.of(s, centre, req, RING_TOLERANCE_METERS);
            ComputedKey key = ComputedKey.of(s, centre, req, req.tolerance());
            RingResults.ComputedRing c = computed.get(exact);
            if (c == null) {
                c = computed.get(key);
            }
            if (c == null) {
                c = computeOne(s, centre, req, usedKeys);
            }
            computedNow.put(c.ring().toleranceMeters() <= RING_TOLERANCE_METERS ? exact : key, c);
            out.add(c);
            for (Place p : dataset.places()) {
                if (c.ring().contains(p.location())) {
                    within.add(p.id());
                }
            }
            progress.update(++done, req.systems().size());
        }
        computed.clear();
        computed.putAll(computedNow);
        Map<String, String> notes = new HashMap<>();
        if (!req.preview()) {
            for (Place p : dataset.places()) {
                StringBuilder b = new StringBuilder();
                req.launch().forEach((country, point) -> {
                    double km = Geodesy.inverse(point, p.location()).distanceMeters() / 1000;
                    b.append(String.format(Locale.ROOT, "%,.0f km from %s%n", km, req.labels().get(country)));
                });
                notes.put(p.id(), b.toString().strip());
            }
            ringCache.keySet().retainAll(usedKeys);
        }
        return new RingResults(out, within, notes, req.preview());
    }

    /**
     * A system's computed ring with its options: records, not formatted strings, as keys (they are
     * made for every shown system at every step of a drag).
     */
    private record ComputedKey(String systemId, GeoPoint centre, double tolerance, boolean bands,
                               boolean claimRings, boolean naive, boolean envelopes) {
        static ComputedKey of(WeaponSystem s, GeoPoint centre, Request req, double tolerance) {
            return new ComputedKey(s.id(), centre, tolerance, req.bands(), req.claimRings(), req.naive(),
                    req.envelopes());
        }
    }

    /** A ring by centre, radius and tolerance. */
    private record RingKey(GeoPoint centre, double km, double tolerance) {
    }

    /**
     * One system's ring and the options' extras. While a launch point is dragged (a preview) only
     * the ring itself is computed: bands, per-claim rings and envelopes follow on release.
     */
    private RingResults.ComputedRing computeOne(WeaponSystem s, GeoPoint centre, Request req, Set<RingKey> usedKeys) {
        RangeRing ring = ring(centre, s.headlineRangeKm(), req.tolerance(), usedKeys);
        Geometry band = null;
        Figure range = s.range();
        List<RingResults.ClaimRing> claimRings = new ArrayList<>();
        Geometry naive = null;
        Geometry envelope = null;
        if (!req.preview()) {
            if (req.bands() && range.lowestClaimed().isPresent()
                    && range.lowestClaimed().getAsDouble() < range.highestClaimed().getAsDouble()) {
                RangeRing low = ring(centre, range.lowestClaimed().getAsDouble(), req.tolerance(), usedKeys);
                RangeRing high = ring(centre, range.highestClaimed().getAsDouble(), req.tolerance(), usedKeys);
                band = high.geographic().difference(low.geographic());
            }
            if (req.claimRings()) {
                Map<Double, List<String>> byRange = new java.util.TreeMap<>();
                for (Claim c : range.claims()) {
                    c.value().highest().ifPresent(km -> byRange.computeIfAbsent(km, k -> new ArrayList<>())
                            .add(c.claimant()));
                }
                byRange.forEach((km, who) -> claimRings.add(new RingResults.ClaimRing(km,
                        who.stream().distinct().collect(Collectors.joining("; ")),
                        ring(centre, km, req.tolerance(), usedKeys).geographic())));
            }
            naive = req.naive() ? NaiveCircle.of(centre, s.headlineRangeKm() * 1000) : null;
            if (req.envelopes() && territories.containsKey(s.country())) {
                envelope = envelopeCache.computeIfAbsent(s.country() + "/" + s.headlineRangeKm(),
                        k -> TerritoryEnvelope.of(territories.get(s.country()), s.headlineRangeKm() * 1000,
                                ENVELOPE_TOLERANCE_METERS).geographic());
            }
        }
        return new RingResults.ComputedRing(s, centre, req.labels().get(s.country()), ring, band, claimRings,
                naive, envelope, colourIndex(s.id()));
    }

    private RangeRing ring(GeoPoint centre, double km, double tolerance, Set<RingKey> usedKeys) {
        RingKey key = new RingKey(centre, km, tolerance);
        usedKeys.add(key);
        if (tolerance > RING_TOLERANCE_METERS) {
            return RangeRing.preview(centre, km * 1000, tolerance);
        }
        return ringCache.computeIfAbsent(key, k -> RangeRing.of(centre, km * 1000, tolerance));
    }

    private static String plain(Throwable t) {
        String m = t == null ? null : t.getMessage();
        return m == null || m.isBlank() ? "an unexpected error (details in the log)" : m;
    }
}
