package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.NaiveCircle;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.geo.TerritoryEnvelope;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * The rings a {@link ViewState} shows on one dataset: per shown system its geodesic ring around
 * its country's launch point, and as the {@link RingOptions} ask, the band between the lowest and
 * highest claimed range, a ring per claimed range, the naive flat circle and the territory
 * envelope; which places are within range; and each place's distance from each launch point.
 *
 * <h2>Algorithm</h2>
 * Rings are {@link RangeRing#of} to {@value #RING_TOLERANCE_METERS} m, or in a preview (while a
 * launch point is dragged) {@link RangeRing#preview} to {@value #PREVIEW_TOLERANCE_METERS} m with
 * no bands, claim rings, naive circles, envelopes or place notes: those follow when the exact
 * computation replaces the preview. Three caches keep repeated work away:
 * <ul>
 *   <li>exact rings by centre, radius and tolerance (a system ticked again, or a band edge, is not
 *       computed again); after each exact computation only the rings it used are kept;</li>
 *   <li>each system's last result by launch point, tolerance and options: a system whose launch
 *       point and options did not change gets the very same {@link RingResults.ComputedRing}
 *       object, so while one country's point is dragged the other countries' rings stay as they
 *       were (and an exact result is reused in a preview);</li>
 *   <li>envelopes by country and range, the costliest geometry here, kept while this object lives.</li>
 * </ul>
 * A place is within range by {@link Reach#within}, the rule the command line's {@code reach} uses.
 * Ids in the state that the dataset lacks (systems) are skipped.
 *
 * <h2>Time</h2>
 * The rings follow the state's {@link TimeSettings}: they are computed on the dataset as it stood
 * then ({@link KnownDataset}), so a system absent in the year (not yet tested, or nothing claimed
 * of its range yet) has no ring, and a headline recomputed from the claims known then gives the
 * ring its radius. Style indices come from the whole dataset, so a system keeps its colour and dash
 * whatever the year. A system's cached result is keyed by its range figure too, so a headline
 * that changes with the year is never served from the cache of another year.
 *
 * <h2>Accuracy</h2>
 * That of {@link RangeRing}: vertices on the geodesic circle, chords within the tolerance.
 *
 * <h2>Thread safety</h2>
 * Thread-confined: one computing thread at a time (the caches between calls are not guarded
 * against concurrent {@link #compute} calls). Successive calls may come from different threads
 * when each call happens-before the next, as on a single-thread executor. The results are
 * immutable and may be handed to any thread.
 */
public final class RingComputation {

    /** Rings are drawn to within 100 m of the true geodesic circle: under a pixel at the closest zoom offered. */
    public static final double RING_TOLERANCE_METERS = 100;
    /**
     * While a launch point is dragged: 2 km, under a pixel at South Asia zoom, as a preview ring
     * ({@link RangeRing#preview}: direct problems at fixed azimuths, no refinement, about a quarter
     * of a millisecond a ring); the exact ring replaces it when the point is dropped.
     */
    public static final double PREVIEW_TOLERANCE_METERS = 2_000;
    /**
     * Envelopes are drawn to within 5 km: a pixel at South Asia zoom, and what keeps Pakistan at
     * 2,750 km and India at 5,000 km within their time budget (decision record 0004).
     */
    public static final double ENVELOPE_TOLERANCE_METERS = 5000;
    /** Pieces of a measured geodesic: 128 keep a 20,000 km path smooth on a world map. */
    public static final int MEASURE_SEGMENTS = 128;
    /** How many ring styles the map has (seven colours times three dash patterns). */
    public static final int STYLES = 21;

    /** Told how far a computation has got: {@code done} of {@code total} systems. */
    @FunctionalInterface
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private final Dataset dataset;
    private final Map<String, Geometry> territories;
    private final Map<String, Integer> styleIndices;
    /** Envelopes by country and range: the costliest geometry here, computed once. */
    private final Map<String, Geometry> envelopeCache = new ConcurrentHashMap<>();
    /** Rings by centre, radius and tolerance: a system ticked again, or a band, is not computed again. */
    private final Map<RingKey, RangeRing> ringCache = new ConcurrentHashMap<>();
    /** The last results per system, options and launch point. */
    private final Map<ComputedKey, RingResults.ComputedRing> computed = new HashMap<>();
    /**
     * The dataset as known at each time settings asked for lately, most recent last: scrubbing the
     * year slider back and forth asks for the same few dozen again and again. Guarded by itself.
     */
    private final Map<TimeSettings, KnownDataset> known = new LinkedHashMap<>(64, 0.75f, true);
    /** Most time settings kept: every year of a century, with "as known in" on and off. */
    private static final int KNOWN_KEPT = 256;
    /**
     * The ids of the places within a ring, by centre and radius (km): a ring that did not change
     * between two steps of the year slider is not tested against every place again. Cleared when
     * it holds more than {@value #WITHIN_KEPT} rings (a drag adds one a step).
     */
    private final Map<RingKey, List<String>> withinCache = new ConcurrentHashMap<>();
    private static final int WITHIN_KEPT = 4096;

    /**
     * @param dataset     the dataset whose systems the states name
     * @param territories each country's territory (lon/lat, x = lon) by country id, for envelopes;
     *                    a country without one gets no envelope
     */
    public RingComputation(Dataset dataset, Map<String, Geometry> territories) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.territories = Map.copyOf(Objects.requireNonNull(territories, "territories"));
        Map<String, Integer> indices = new HashMap<>();
        int ordinal = 0;
        for (var country : dataset.countries()) {
            List<WeaponSystem> own = dataset.systemsOf(country.id());
            if (own.isEmpty()) {
                continue;
            }
            for (int i = 0; i < own.size(); i++) {
                indices.put(own.get(i).id(), (i + ordinal) % STYLES);
            }
            ordinal++;
        }
        this.styleIndices = Map.copyOf(indices);
        known(TimeSettings.LATEST);
    }

    /**
     * The dataset as it stood at the time settings ({@link KnownDataset#of}), the last one kept.
     * May be called from any thread.
     */
    public KnownDataset known(TimeSettings time) {
        Objects.requireNonNull(time, "time");
        synchronized (known) {
            KnownDataset k = known.get(time);
            if (k == null) {
                k = KnownDataset.of(dataset, time);
                known.put(time, k);
                if (known.size() > KNOWN_KEPT) {
                    known.remove(known.keySet().iterator().next());
                }
            }
            return k;
        }
    }

    /**
     * The geodesic a measurement draws, in {@value #MEASURE_SEGMENTS} pieces. Stateless: may be
     * called from any thread.
     *
     * @throws org.balanceexplorer.geo.GeodesyException if the geodesic cannot be computed
     */
    public static GeodesicPath measure(Measurement m) {
        Objects.requireNonNull(m, "m");
        return GeodesicPath.of(m.from(), m.to(), MEASURE_SEGMENTS);
    }

    /** The whole dataset; the rings of a state are computed on it as known at the state's time ({@link #known}). */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * A system's style index: its position among its own country's systems in dataset order, moved
     * on by the country's place among the countries with systems (so that the first system of each,
     * often the ones compared, such as Shaheen-III and Agni-V, differ too), modulo the
     * {@value #STYLES} styles the map has; 0 for an id the dataset lacks. Distinct within a country
     * of at most {@value #STYLES} systems, so no two rings from one launch point look alike.
     */
    public int styleIndex(String systemId) {
        return styleIndices.getOrDefault(systemId, 0);
    }

    /**
     * Computes the rings the state shows.
     *
     * @param state     the view state; its shown systems, launch points and ring options count
     * @param preview   whether this is a preview while a launch point is dragged (see Algorithm)
     * @param cancelled asked before each system; when it says true the computation stops
     * @param progress  told after each system
     * @return the rings, or {@code null} when cancelled
     * @throws org.balanceexplorer.geo.GeodesyException if a geodetic computation fails
     */
    public RingResults compute(ViewState state, boolean preview, BooleanSupplier cancelled, Progress progress) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(progress, "progress");
        Request req = request(state, preview);
        List<RingResults.ComputedRing> out = new ArrayList<>();
        Set<String> within = new HashSet<>();
        Set<RingKey> usedKeys = new HashSet<>();
        Map<ComputedKey, RingResults.ComputedRing> computedNow = new HashMap<>();
        List<Place> places = dataset.places();
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
            within.addAll(within(centre, s.headlineRangeKm(), places));
            progress.update(++done, req.systems().size());
        }
        computed.clear();
        computed.putAll(computedNow);
        Map<String, String> notes = new HashMap<>();
        if (!req.preview()) {
            for (Place p : places) {
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

    /** What one computation needs, taken from the state. */
    private record Request(List<WeaponSystem> systems, Map<String, GeoPoint> launch, Map<String, String> labels,
                           boolean bands, boolean claimRings, boolean naive, boolean envelopes, double tolerance,
                           boolean preview) {
    }

    private Request request(ViewState state, boolean preview) {
        List<WeaponSystem> systems = new ArrayList<>();
        Map<String, GeoPoint> launch = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Dataset then = known(state.time()).dataset();
        for (String id : state.shownSystems()) {
            then.system(id).ifPresent(s -> {
                systems.add(s);
                launch.computeIfAbsent(s.country(), c -> LaunchPoints.launchPoint(dataset, state, c));
                labels.computeIfAbsent(s.country(), c -> LaunchPoints.launchLabel(dataset, state, c));
            });
        }
        RingOptions o = state.rings();
        return new Request(systems, launch, labels, o.bands(), o.claimRings(), o.naive(), o.envelopes(),
                preview ? PREVIEW_TOLERANCE_METERS : RING_TOLERANCE_METERS, preview);
    }

    /**
     * A system's computed ring with its options: records, not formatted strings, as keys (they are
     * made for every shown system at every step of a drag).
     */
    private record ComputedKey(String systemId, Figure range, GeoPoint centre, double tolerance, boolean bands,
                               boolean claimRings, boolean naive, boolean envelopes) {
        static ComputedKey of(WeaponSystem s, GeoPoint centre, Request req, double tolerance) {
            return new ComputedKey(s.id(), s.range(), centre, tolerance, req.bands(), req.claimRings(), req.naive(),
                    req.envelopes());
        }
    }

    /** A ring by centre, radius (km) and tolerance (m). */
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
                Map<Double, List<String>> byRange = new TreeMap<>();
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
                naive, envelope, styleIndex(s.id()));
    }

    /** The ids of the places within {@code km} of the centre, by {@link Reach#within}; cached. */
    private List<String> within(GeoPoint centre, double km, List<Place> places) {
        if (withinCache.size() > WITHIN_KEPT) {
            withinCache.clear();
        }
        return withinCache.computeIfAbsent(new RingKey(centre, km, 0), k -> {
            List<String> ids = new ArrayList<>();
            for (Place p : places) {
                if (Reach.within(centre, km * 1000, p.location())) {
                    ids.add(p.id());
                }
            }
            return List.copyOf(ids);
        });
    }

    private RangeRing ring(GeoPoint centre, double km, double tolerance, Set<RingKey> usedKeys) {
        RingKey key = new RingKey(centre, km, tolerance);
        usedKeys.add(key);
        if (tolerance > RING_TOLERANCE_METERS) {
            return RangeRing.preview(centre, km * 1000, tolerance);
        }
        return ringCache.computeIfAbsent(key, k -> RangeRing.of(centre, km * 1000, tolerance));
    }
}
