package org.balanceexplorer.state;

import java.util.Locale;
import java.util.Objects;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;

/**
 * What a {@link ViewState} means for a dataset's launch points: where each country's rings are
 * drawn around, and how that point is worded on the map and in the legend.
 *
 * <p>Stateless and thread-safe.
 */
public final class LaunchPoints {

    private LaunchPoints() {
    }

    /**
     * Where a country's rings are drawn around: where the user put it, else its representative point.
     *
     * @throws IllegalArgumentException if the dataset has no such country
     */
    public static GeoPoint launchPoint(Dataset dataset, ViewState state, String countryId) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(state, "state");
        GeoPoint moved = state.movedLaunchPoints().get(countryId);
        return moved != null ? moved : dataset.representativePoint(countryId).location();
    }

    /** Whether the user moved the country's launch point away from its representative point. */
    public static boolean moved(ViewState state, String countryId) {
        return state.movedLaunchPoints().containsKey(countryId);
    }

    /**
     * The launch point in words, as the map and legend label it: "Islamabad (representative point)",
     * or "a user-chosen point, 33.69°N 73.06°E".
     *
     * @throws IllegalArgumentException if the point is not moved and the dataset has no such country
     */
    public static String launchLabel(Dataset dataset, ViewState state, String countryId) {
        Objects.requireNonNull(dataset, "dataset");
        GeoPoint p = state.movedLaunchPoints().get(countryId);
        if (p == null) {
            return dataset.representativePoint(countryId).name() + " (representative point)";
        }
        return String.format(Locale.ROOT, "a user-chosen point, %.2f\u00b0%s %.2f\u00b0%s", Math.abs(p.latDeg()),
                p.latDeg() >= 0 ? "N" : "S", Math.abs(p.lonDeg()), p.lonDeg() >= 0 ? "E" : "W");
    }

    /**
     * The country whose launch point centres an azimuthal view: the selected system's, else the
     * first shown system's, else the first country of the dataset with systems.
     */
    public static String focusCountry(Dataset dataset, ViewState state) {
        String selected = state.selection().systemId();
        if (selected != null && dataset.system(selected).isPresent()) {
            return dataset.system(selected).get().country();
        }
        for (String id : state.shownSystems()) {
            var s = dataset.system(id);
            if (s.isPresent()) {
                return s.get().country();
            }
        }
        return dataset.countries().stream().filter(c -> !dataset.systemsOf(c.id()).isEmpty())
                .map(org.balanceexplorer.model.Country::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the dataset has no country with systems"));
    }
}
