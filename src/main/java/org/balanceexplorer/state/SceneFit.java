package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;

/**
 * Fits a saved view to the dataset that is open: ids the dataset lacks (shown systems, selected
 * system, country or place, moved launch points of unknown countries) are left out, and each is
 * said in plain words, as is a scene made with another dataset or another version of it. The rest
 * of the view opens as saved.
 *
 * <p>Stateless and thread-safe.
 */
public final class SceneFit {

    /**
     * The view that opens, and what the user is told about it.
     *
     * @param view    the view with every unknown id left out
     * @param notices plain sentences, empty when the scene fits the dataset exactly
     */
    public record Fitted(ViewState view, List<String> notices) {
        public Fitted {
            Objects.requireNonNull(view, "view");
            notices = List.copyOf(notices);
        }
    }

    private SceneFit() {
    }

    /**
     * @param view    the saved view
     * @param madeOn  the dataset the scene says it was made with
     * @param dataset the dataset that is open
     */
    public static Fitted fit(ViewState view, DatasetRef madeOn, Dataset dataset) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(dataset, "dataset");
        List<String> notices = new ArrayList<>();
        String openName = dataset.info().name();
        String openVersion = dataset.info().version();
        if (!madeOn.name().equals(openName)) {
            notices.add("This scene was made with the dataset '" + madeOn.name() + "' (version " + madeOn.version()
                    + "); the open dataset is '" + openName + "' (version " + openVersion + ").");
        } else if (!madeOn.version().equals(openVersion)) {
            notices.add("This scene was made with version " + madeOn.version() + " of the dataset; version "
                    + openVersion + " is open, so figures and claims may differ from what was shown.");
        }
        ViewState v = view;
        List<String> missing = new ArrayList<>();
        for (String id : view.shownSystems()) {
            if (dataset.system(id).isEmpty()) {
                missing.add(id);
                v = v.withShown(id, false);
            }
        }
        if (!missing.isEmpty()) {
            notices.add((missing.size() == 1 ? "The system " : "The systems ") + quoted(missing)
                    + (missing.size() == 1 ? " is" : " are") + " not in the open dataset; "
                    + (missing.size() == 1 ? "its ring is" : "their rings are") + " left out.");
        }
        Map<String, GeoPoint> moved = new TreeMap<>();
        List<String> unknownCountries = new ArrayList<>();
        view.movedLaunchPoints().forEach((country, p) -> {
            if (dataset.country(country).isPresent()) {
                moved.put(country, p);
            } else {
                unknownCountries.add(country);
            }
        });
        if (!unknownCountries.isEmpty()) {
            v = v.withoutMovedLaunchPoints();
            for (Map.Entry<String, GeoPoint> e : moved.entrySet()) {
                v = v.withLaunchPoint(e.getKey(), e.getValue());
            }
            notices.add("The launch points of " + quoted(unknownCountries)
                    + " are left out: the open dataset has no such country.");
        }
        Selection s = view.selection();
        String system = s.systemId() != null && dataset.system(s.systemId()).isEmpty() ? null : s.systemId();
        String country = s.countryId() != null && dataset.country(s.countryId()).isEmpty() ? null : s.countryId();
        String place = s.placeId() != null && dataset.place(s.placeId()).isEmpty() ? null : s.placeId();
        Selection fitted = new Selection(system, country, place);
        if (!fitted.equals(s)) {
            List<String> gone = new ArrayList<>();
            if (system == null && s.systemId() != null) {
                gone.add("system '" + s.systemId() + "'");
            }
            if (country == null && s.countryId() != null) {
                gone.add("country '" + s.countryId() + "'");
            }
            if (place == null && s.placeId() != null) {
                gone.add("place '" + s.placeId() + "'");
            }
            notices.add("The selected " + String.join(", ", gone) + " is not in the open dataset; nothing is selected in its place.");
            v = v.withSelection(fitted);
        }
        return new Fitted(v, notices);
    }

    private static String quoted(List<String> ids) {
        List<String> q = ids.stream().map(id -> "'" + id + "'").toList();
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }
}
