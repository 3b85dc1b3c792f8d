package org.balanceexplorer.model;

import java.util.stream.Collectors;

/**
 * What a claim check measures, in plain words and without numbers ("distance from Pakistan's
 * launch point to Washington, D.C., beside the highest claim of the longest-range Pakistani
 * system"): the same words in the window, the command line and the dataset report. Stateless.
 */
public final class MeasureWords {

    private MeasureWords() {
    }

    /** The measurement in words, naming records by their names in {@code dataset}. */
    public static String describe(Measure m, Dataset dataset) {
        if (m instanceof Measure.Distance d) {
            return "distance from " + launch(d.range(), dataset) + " to " + placeName(d.placeId(), dataset)
                    + ", beside " + range(d.range(), dataset);
        }
        if (m instanceof Measure.TerritoryShare t) {
            return "share of " + countryName(t.countryId(), dataset) + "'s territory within range of "
                    + launch(t.range(), dataset) + ", under " + range(t.range(), dataset);
        }
        if (m instanceof Measure.PlacesInRange p) {
            String what = (p.capitalsOnly() ? "capitals" : "places")
                    + (p.inCountry() == null ? "" : " in " + countryName(p.inCountry(), dataset));
            return what + " within range of " + launch(p.range(), dataset) + ", under " + range(p.range(), dataset);
        }
        Measure.RangeComparison c = (Measure.RangeComparison) m;
        return "ranges compared: " + c.ranges().stream().map(r -> range(r, dataset)).collect(Collectors.joining("; "));
    }

    /** The range in words: "the headline range of Shaheen-III", "the highest claim of the longest-range Pakistani system". */
    public static String range(RangeRef r, Dataset dataset) {
        String use = r.use() == RangeUse.HEADLINE ? "the headline range" : "the " + r.use().label();
        if (r.systemId() != null) {
            return use + " of " + dataset.system(r.systemId()).map(WeaponSystem::name).orElse(r.systemId());
        }
        return use + " of the longest-range system of " + countryName(r.longestOfCountry(), dataset);
    }

    /** The launch point in words: "Pakistan's launch point". */
    public static String launch(RangeRef r, Dataset dataset) {
        return countryName(launchCountry(r, dataset), dataset) + "'s launch point";
    }

    /** The country whose launch point a range is measured from: the system's, or the named country. */
    public static String launchCountry(RangeRef r, Dataset dataset) {
        return r.systemId() != null ? dataset.system(r.systemId()).map(WeaponSystem::country).orElse("?")
                : r.longestOfCountry();
    }

    private static String placeName(String id, Dataset dataset) {
        return dataset.place(id).map(Place::name).orElse(id);
    }

    private static String countryName(String id, Dataset dataset) {
        return dataset.country(id).map(Country::name).orElse(id);
    }
}
