package org.balanceexplorer.state;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.geo.ReachEntry;
import org.balanceexplorer.geo.TerritoryShare;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.MeasureWords;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * Computes every claim check of a dataset for the view's launch points: distances, territory
 * shares, places within range and range comparisons, as numbers in words and by name. It says
 * nothing about whether a statement holds.
 *
 * <h2>Inputs</h2>
 * The dataset is an argument of every call, never kept: a dataset as known in a year (with later
 * claims or systems left out) gives that year's measurements. A range the dataset cannot give (a
 * system absent, a country without systems) is reported as such in the result, not thrown.
 * Launch points come from the view state ({@link LaunchPoints}): the range's country's point.
 *
 * <h2>Caches</h2>
 * Territory shares are kept per country, launch point and radius (the heaviest step, a few
 * milliseconds each); everything else is recomputed on each call (well under a millisecond).
 *
 * <h2>Thread safety</h2>
 * Thread-confined: call from one thread at a time (the view model's background executor).
 */
public final class ClaimCheckComputation {

    private final Map<String, Geometry> territories;
    private final Map<String, TerritoryShare> shares = new HashMap<>();

    /**
     * @param territories each country's territory (lon/lat, x = lon) by country id; a country
     *                    without one has its share reported as not available
     */
    public ClaimCheckComputation(Map<String, Geometry> territories) {
        this.territories = Map.copyOf(Objects.requireNonNull(territories, "territories"));
    }

    /**
     * The territories a computation needs, from a basemap: each dataset country's outline, matched
     * by name (as envelope mode matches them); countries the basemap names otherwise are left out.
     */
    public static Map<String, Geometry> territoriesOf(Dataset dataset, org.balanceexplorer.geo.Basemap basemap) {
        Map<String, Geometry> out = new HashMap<>();
        for (Country c : dataset.countries()) {
            basemap.byName(c.name()).ifPresent(shape -> out.put(c.id(), shape.geometry()));
        }
        return out;
    }

    /** Every check of {@code dataset}, measured from the launch points of {@code state}. */
    public List<CheckResult> compute(Dataset dataset, ViewState state) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(state, "state");
        List<CheckResult> out = new ArrayList<>();
        for (ClaimCheck check : dataset.claimChecks()) {
            List<MeasureResult> results = new ArrayList<>();
            for (Measure m : check.measurements()) {
                results.add(measure(m, dataset, state));
            }
            out.add(new CheckResult(check, results));
        }
        return List.copyOf(out);
    }

    /** One measurement. */
    MeasureResult measure(Measure m, Dataset dataset, ViewState state) {
        String description = MeasureWords.describe(m, dataset);
        String country = MeasureWords.launchCountry(m.range(), dataset);
        if (dataset.country(country).isEmpty()) {
            return new MeasureResult(m, description, "", "not available: the dataset has no country " + country,
                    Map.of());
        }
        GeoPoint launch = LaunchPoints.launchPoint(dataset, state, country);
        String label = LaunchPoints.launchLabel(dataset, state, country);
        Map<String, Object> values = new LinkedHashMap<>();
        if (m instanceof Measure.RangeComparison c) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < c.ranges().size(); i++) {
                Optional<Range> r = Range.of(c.ranges().get(i), dataset);
                words.add(r.map(Range::words).orElse(unavailable(c.ranges().get(i))));
                int n = i + 1;
                r.ifPresent(x -> {
                    values.put("range_" + n + "_system", x.system().id());
                    values.put("range_" + n + "_km", x.km());
                });
            }
            return new MeasureResult(m, description, label, String.join("; ", words), values);
        }
        Optional<Range> range = Range.of(m.range(), dataset);
        if (range.isEmpty()) {
            return new MeasureResult(m, description, label, unavailable(m.range()), values);
        }
        Range r = range.get();
        values.put("range_system", r.system().id());
        values.put("range_km", r.km());
        String result;
        if (m instanceof Measure.Distance d) {
            Place to = dataset.place(d.placeId()).orElseThrow();
            double km = Geodesy.inverse(launch, to.location()).distanceMeters() / 1000;
            values.put("distance_km", km);
            values.put("range_minus_distance_km", r.km() - km);
            result = "distance to " + to.name() + ": " + km(km) + " km; " + r.words()
                    + "; range minus distance: " + km(r.km() - km) + " km";
        } else if (m instanceof Measure.TerritoryShare t) {
            Geometry territory = territories.get(t.countryId());
            String name = dataset.country(t.countryId()).map(Country::name).orElse(t.countryId());
            if (territory == null) {
                return new MeasureResult(m, description, label, "not available: no territory of " + name
                        + " in the basemap", values);
            }
            TerritoryShare share = shares.computeIfAbsent(t.countryId() + "|" + launch + "|" + r.km(),
                    k -> TerritoryShare.of(territory, launch, r.km() * 1000));
            double percent = 100 * share.fraction();
            values.put("share_percent", percent);
            values.put("area_within_km2", share.withinSquareMeters() / 1e6);
            values.put("territory_km2", share.territorySquareMeters() / 1e6);
            result = String.format(Locale.ROOT, "%.1f %% of %s's territory (%s of %s km\u00b2); %s", percent, name,
                    km(share.withinSquareMeters() / 1e6), km(share.territorySquareMeters() / 1e6), r.words());
        } else {
            Measure.PlacesInRange p = (Measure.PlacesInRange) m;
            List<Place> considered = dataset.places().stream()
                    .filter(pl -> !p.capitalsOnly() || pl.kind() == PlaceKind.CAPITAL)
                    .filter(pl -> p.inCountry() == null || pl.country().equals(p.inCountry()))
                    .filter(pl -> p.inCountry() != null || !pl.country().equals(country)) // not the launching country's own
                    .toList();
            List<ReachEntry> within = Reach.from(launch, r.km() * 1000, considered, false);
            List<String> names = within.stream().sorted(Comparator.comparingDouble(ReachEntry::distanceMeters))
                    .map(e -> e.place().name() + " (" + km(e.distanceMeters() / 1000) + " km)").toList();
            values.put("places_within", within.stream().map(e -> e.place().id()).toList());
            values.put("places_within_count", (double) within.size());
            values.put("places_considered_count", (double) considered.size());
            result = within.size() + " of " + considered.size() + (p.capitalsOnly() ? " capitals" : " places")
                    + " within " + r.words() + (names.isEmpty() ? "" : ": " + String.join(", ", names));
        }
        return new MeasureResult(m, description, label, result, values);
    }

    private static String unavailable(RangeRef ref) {
        return "not available: " + (ref.systemId() != null ? "system " + ref.systemId() + " is not in the data"
                : "no system of " + ref.longestOfCountry() + " in the data");
    }

    static String km(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** A range resolved in a dataset: which system, which number, how many km. */
    record Range(WeaponSystem system, RangeRef ref, double km) {

        static Optional<Range> of(RangeRef ref, Dataset dataset) {
            if (ref.systemId() != null) {
                return dataset.system(ref.systemId()).map(s -> new Range(s, ref, ref.use().of(s.range())));
            }
            return dataset.systemsOf(ref.longestOfCountry()).stream()
                    .map(s -> new Range(s, ref, ref.use().of(s.range())))
                    .max(Comparator.comparingDouble(Range::km).thenComparing(x -> x.system().id(), Comparator.reverseOrder()));
        }

        String words() {
            return system.name() + ", " + ref.use().label() + " " + ClaimCheckComputation.km(km) + " km";
        }
    }
}
