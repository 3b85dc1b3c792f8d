package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.geo.TerritoryDistance;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * The reach tables, both ways, for what a {@link ViewState} shows: from the shown launch points,
 * every place within each shown ring, nearest first; and for the selected place, every shown
 * system, whether it reaches the place under its lowest, headline and highest claimed range. These
 * are the accessible form of what the map draws.
 *
 * <h2>Algorithm</h2>
 * Ranges and launch points are those {@link RingComputation} used (the ring's radius is the
 * headline; the lowest and highest claims are the system's). "Reaches" is {@link Reach#within},
 * the one rule; distances are {@link Geodesy#inverse}, one per launch point and place (systems of
 * one country share them). In envelope mode ({@link RingOptions#envelopes}) a system is measured
 * from the nearest point of its country's territory to the place ({@link TerritoryDistance}; 0 km
 * inside it), not from the launch point; a country without a territory keeps its launch point.
 * Nearest points are cached by country and place while this object lives.
 *
 * <h2>Thread safety</h2>
 * Safe to call from any thread (the cache is concurrent); results are immutable.
 */
public final class ReachTables {

    /** A shown system and where it is measured from. */
    public record Launcher(WeaponSystem system, GeoPoint launchPoint, String launchLabel, double headlineKm) {
        public Launcher {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(launchPoint, "launchPoint");
            Objects.requireNonNull(launchLabel, "launchLabel");
        }
    }

    /**
     * A place within a shown ring.
     *
     * @param system     the system
     * @param fromLabel  where it is measured from, in words
     * @param from       that point (degrees)
     * @param place      the place
     * @param distanceKm geodesic distance, km
     * @param lowestKm   the lowest claimed range, km
     * @param headlineKm the headline range (the ring's radius), km
     * @param highestKm  the highest claimed range, km
     */
    public record FromRow(WeaponSystem system, String fromLabel, GeoPoint from, Place place, double distanceKm,
                          double lowestKm, double headlineKm, double highestKm) {
        /** Headline range minus distance, km: how far beyond the place the headline reaches. */
        public double headlineMarginKm() {
            return headlineKm - distanceKm;
        }

        /** Lowest claimed range minus distance, km (negative: the lowest claim falls short). */
        public double lowestMarginKm() {
            return lowestKm - distanceKm;
        }

        /** Highest claimed range minus distance, km. */
        public double highestMarginKm() {
            return highestKm - distanceKm;
        }
    }

    /**
     * A shown system asked about the selected place.
     *
     * @param reachesLowest   whether the lowest claimed range reaches it ({@link Reach#within})
     * @param reachesHeadline whether the headline range does
     * @param reachesHighest  whether the highest claimed range does
     */
    public record ToRow(WeaponSystem system, String fromLabel, GeoPoint from, Place place, double distanceKm,
                        double lowestKm, double headlineKm, double highestKm, boolean reachesLowest,
                        boolean reachesHeadline, boolean reachesHighest) {
        /** Headline range minus distance, km. */
        public double headlineMarginKm() {
            return headlineKm - distanceKm;
        }

        /** Lowest claimed range minus distance, km. */
        public double lowestMarginKm() {
            return lowestKm - distanceKm;
        }

        /** Highest claimed range minus distance, km. */
        public double highestMarginKm() {
            return highestKm - distanceKm;
        }
    }

    /**
     * Both tables of one state.
     *
     * @param from          places within each shown ring, ring by ring, nearest first
     * @param place         the selected place, or null
     * @param to            every shown system asked about the selected place; empty when none is selected
     * @param fromTerritory whether distances are from the nearest point of each territory (envelope mode)
     * @param nearestPoints in envelope mode with a place selected, per country shown, the nearest point of
     *                      its territory to the place; else empty
     */
    public record Tables(List<FromRow> from, Place place, List<ToRow> to, boolean fromTerritory,
                         Map<String, GeoPoint> nearestPoints) {
        /** No table at all. */
        public static final Tables EMPTY = new Tables(List.of(), null, List.of(), false, Map.of());

        public Tables {
            from = List.copyOf(from);
            to = List.copyOf(to);
            nearestPoints = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nearestPoints));
        }
    }

    private final Dataset dataset;
    private final Map<String, TerritoryDistance> territories = new HashMap<>();
    /** Nearest points of territories, with their wording, by country and place: found once. */
    private final Map<OriginKey, Origin> origins = new ConcurrentHashMap<>();

    /**
     * @param dataset     the dataset
     * @param territories each country's territory (lon/lat) by id, for envelope mode; may be empty
     */
    public ReachTables(Dataset dataset, Map<String, Geometry> territories) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        territories.forEach((id, g) -> this.territories.put(id, new TerritoryDistance(g)));
    }

    /** The launchers of computed rings: each ring's system, centre, launch label and radius. */
    public static List<Launcher> launchers(RingResults rings) {
        return rings.rings().stream().map(c -> new Launcher(c.system(), c.launchPoint(),
                c.launchLabel() == null ? "" : c.launchLabel(), c.ring().radiusMeters() / 1000)).toList();
    }

    /** Every given system from its country's representative point, at its headline range (the command line's view). */
    public static List<Launcher> representative(Dataset d, List<WeaponSystem> systems) {
        return systems.stream().map(s -> new Launcher(s, d.representativePoint(s.country()).location(),
                d.representativePoint(s.country()).name() + " (representative point)", s.headlineRangeKm())).toList();
    }

    /** Both tables for a state and the rings computed for it. */
    public Tables compute(ViewState state, RingResults rings) {
        List<Launcher> shown = launchers(rings);
        boolean territory = state.rings().envelopes();
        Place place = state.selection().placeId() == null ? null
                : dataset.place(state.selection().placeId()).orElse(null);
        Map<String, GeoPoint> nearest = new LinkedHashMap<>();
        if (territory && place != null) {
            for (Launcher l : shown) {
                String c = l.system().country();
                if (territories.containsKey(c) && !nearest.containsKey(c)) {
                    nearest.put(c, origin(l, place, true).point());
                }
            }
        }
        return new Tables(from(shown, territory), place, place == null ? List.of() : to(shown, place, territory),
                territory, nearest);
    }

    /** Every place within each launcher's headline range, launcher by launcher, nearest first (ties by place id). */
    public List<FromRow> from(List<Launcher> shown, boolean fromTerritory) {
        List<FromRow> out = new ArrayList<>();
        Map<GeoPoint, Map<String, Double>> distances = new HashMap<>();
        for (Launcher l : shown) {
            List<FromRow> rows = new ArrayList<>();
            for (Place p : dataset.places()) {
                Origin o = origin(l, p, fromTerritory);
                if (Reach.within(o.point(), l.headlineKm() * 1000, p.location())) {
                    double km = distances.computeIfAbsent(o.point(), k -> new HashMap<>())
                            .computeIfAbsent(p.id(), k -> distanceKm(o.point(), p.location()));
                    rows.add(new FromRow(l.system(), o.label(), o.point(), p, km, lowest(l), l.headlineKm(),
                            highest(l)));
                }
            }
            rows.sort(Comparator.comparingDouble(FromRow::distanceKm).thenComparing(r -> r.place().id()));
            out.addAll(rows);
        }
        return out;
    }

    /** Every launcher asked about one place, in the order given. */
    public List<ToRow> to(List<Launcher> shown, Place place, boolean fromTerritory) {
        Objects.requireNonNull(place, "place");
        List<ToRow> out = new ArrayList<>();
        Map<GeoPoint, Double> distances = new HashMap<>();
        for (Launcher l : shown) {
            Origin o = origin(l, place, fromTerritory);
            double km = distances.computeIfAbsent(o.point(), k -> distanceKm(k, place.location()));
            double lo = lowest(l);
            double hi = highest(l);
            out.add(new ToRow(l.system(), o.label(), o.point(), place, km, lo, l.headlineKm(), hi,
                    Reach.within(o.point(), lo * 1000, place.location()),
                    Reach.within(o.point(), l.headlineKm() * 1000, place.location()),
                    Reach.within(o.point(), hi * 1000, place.location())));
        }
        return out;
    }

    /** Where a launcher is measured from for a place. */
    private record Origin(GeoPoint point, String label) {
    }

    private Origin origin(Launcher l, Place p, boolean fromTerritory) {
        String c = l.system().country();
        if (!fromTerritory || !territories.containsKey(c)) {
            return new Origin(l.launchPoint(), l.launchLabel());
        }
        return origins.computeIfAbsent(new OriginKey(c, p.id()), k -> {
            TerritoryDistance.Nearest n = territories.get(c).nearest(p.location());
            String name = dataset.country(c).map(Country::name).orElse(c);
            return new Origin(n.point(), n.inside() ? "inside " + name
                    : String.format(Locale.ROOT, "nearest point of %s, %.2f\u00b0%s %.2f\u00b0%s", name,
                            Math.abs(n.point().latDeg()), n.point().latDeg() >= 0 ? "N" : "S",
                            Math.abs(n.point().lonDeg()), n.point().lonDeg() >= 0 ? "E" : "W"));
        });
    }

    /** A country and a place: the key of the nearest-point cache. */
    private record OriginKey(String countryId, String placeId) {
    }

    private static double distanceKm(GeoPoint a, GeoPoint b) {
        return Geodesy.inverse(a, b).distanceMeters() / 1000;
    }

    private static double lowest(Launcher l) {
        return Math.min(l.headlineKm(), l.system().range().lowestClaimed().orElse(l.headlineKm()));
    }

    private static double highest(Launcher l) {
        return Math.max(l.headlineKm(), l.system().range().highestClaimed().orElse(l.headlineKm()));
    }
}
