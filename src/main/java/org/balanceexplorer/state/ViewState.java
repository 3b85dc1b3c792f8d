package org.balanceexplorer.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.balanceexplorer.model.GeoPoint;

/**
 * Everything the user chose about the view, as one immutable value: the map and the panels are
 * drawn from it, every user action makes the next one (through the {@code with...} methods), and
 * a saved scene is one of these written to a file. It needs no dataset and no JavaFX; what it
 * means for a given dataset (launch points, labels) is worked out by {@link LaunchPoints}.
 *
 * <p>Ids (systems, countries) are not checked against a dataset here: a view state may outlive
 * the dataset it was made with, and whoever draws it skips ids the dataset lacks.
 *
 * <p>Collections are copied: {@code shownSystems} keeps its order, {@code movedLaunchPoints} is
 * sorted by country id, so that equal states are equal and are written the same way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param projection        the projection and the point it is built around, non-null
 * @param frame             what part of the map is shown, non-null
 * @param shownSystems      ids of the systems whose rings are shown, in the order they were
 *                          ticked; distinct, non-blank
 * @param movedLaunchPoints per country id, the launch point the user chose (degrees); a country
 *                          absent here is launched from its representative point
 * @param rings             what is drawn with each ring, non-null
 * @param time              which moment the map shows, non-null
 * @param filters           which systems the side panel lists, non-null
 * @param selection         what is selected, non-null ({@link Selection#NONE} for nothing)
 * @param measurement       the geodesic measured on the map, or {@code null} when nothing is measured
 * @param legend            where the legend is, non-null
 */
public record ViewState(
        ProjectionChoice projection,
        MapFrame frame,
        List<String> shownSystems,
        Map<String, GeoPoint> movedLaunchPoints,
        RingOptions rings,
        TimeSettings time,
        Filters filters,
        Selection selection,
        Measurement measurement,
        LegendLayout legend) {

    public ViewState {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(shownSystems, "shownSystems");
        Objects.requireNonNull(movedLaunchPoints, "movedLaunchPoints");
        Objects.requireNonNull(rings, "rings");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(legend, "legend");
        Set<String> seen = new HashSet<>();
        for (String id : shownSystems) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("shownSystems must hold no null or blank id, held '" + id + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("shownSystems must not name a system twice, named '" + id + "' twice");
            }
        }
        shownSystems = List.copyOf(shownSystems);
        TreeMap<String, GeoPoint> moved = new TreeMap<>();
        movedLaunchPoints.forEach((country, point) -> {
            if (country == null || country.isBlank()) {
                throw new IllegalArgumentException("movedLaunchPoints must hold no null or blank country id, held '"
                        + country + "'");
            }
            moved.put(country, Objects.requireNonNull(point, () -> "movedLaunchPoints: the point of " + country));
        });
        movedLaunchPoints = Collections.unmodifiableMap(moved);
    }

    /**
     * What the app starts with: equirectangular centred on (0, 0), fitted to South Asia, nothing
     * shown, every launch point on its representative point, bands on, no time limit, no filters,
     * nothing selected or measured, the legend bottom left and expanded.
     */
    public static ViewState initial() {
        return new ViewState(new ProjectionChoice(ProjectionKind.EQUIRECTANGULAR, new GeoPoint(0, 0)),
                MapFrame.fitted(FitRegion.SOUTH_ASIA), List.of(), Map.of(), RingOptions.DEFAULT, TimeSettings.LATEST,
                Filters.NONE, Selection.NONE, null, LegendLayout.DEFAULT);
    }

    /** Whether the system's ring is shown. */
    public boolean isShown(String systemId) {
        return shownSystems.contains(systemId);
    }

    // ---- withers: each user action makes the next state ------------------------------------

    /** Switches the projection (or the point it is built around). */
    public ViewState withProjection(ProjectionChoice p) {
        return new ViewState(p, frame, shownSystems, movedLaunchPoints, rings, time, filters, selection, measurement, legend);
    }

    /** Shows another part of the map (after a pan, a zoom or a fit). */
    public ViewState withFrame(MapFrame f) {
        return new ViewState(projection, f, shownSystems, movedLaunchPoints, rings, time, filters, selection, measurement, legend);
    }

    /**
     * Shows or hides a system's ring. A system shown is added after those already shown; showing
     * one already shown, or hiding one not shown, gives an equal state.
     */
    public ViewState withShown(String systemId, boolean shown) {
        Objects.requireNonNull(systemId, "systemId");
        if (shown == isShown(systemId)) {
            return this;
        }
        List<String> next = new ArrayList<>(shownSystems);
        if (shown) {
            next.add(systemId);
        } else {
            next.remove(systemId);
        }
        return new ViewState(projection, frame, next, movedLaunchPoints, rings, time, filters, selection, measurement, legend);
    }

    /** Moves a country's launch point to where the user put it (degrees). */
    public ViewState withLaunchPoint(String countryId, GeoPoint point) {
        Objects.requireNonNull(countryId, "countryId");
        Objects.requireNonNull(point, "point");
        Map<String, GeoPoint> next = new TreeMap<>(movedLaunchPoints);
        next.put(countryId, point);
        return new ViewState(projection, frame, shownSystems, next, rings, time, filters, selection, measurement, legend);
    }

    /** Puts a country's launch point back on its representative point. */
    public ViewState withoutLaunchPoint(String countryId) {
        Objects.requireNonNull(countryId, "countryId");
        if (!movedLaunchPoints.containsKey(countryId)) {
            return this;
        }
        Map<String, GeoPoint> next = new TreeMap<>(movedLaunchPoints);
        next.remove(countryId);
        return new ViewState(projection, frame, shownSystems, next, rings, time, filters, selection, measurement, legend);
    }

    /** Puts every launch point back on its representative point. */
    public ViewState withoutMovedLaunchPoints() {
        return new ViewState(projection, frame, shownSystems, Map.of(), rings, time, filters, selection, measurement, legend);
    }

    /** Changes what is drawn with each ring. */
    public ViewState withRings(RingOptions r) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, r, time, filters, selection, measurement, legend);
    }

    /** Changes the moment the map shows. */
    public ViewState withTime(TimeSettings t) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, rings, t, filters, selection, measurement, legend);
    }

    /** Changes which systems the side panel lists. */
    public ViewState withFilters(Filters f) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, rings, time, f, selection, measurement, legend);
    }

    /** Changes what is selected. */
    public ViewState withSelection(Selection s) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, rings, time, filters, s, measurement, legend);
    }

    /** Sets the measurement, or clears it with {@code null}. */
    public ViewState withMeasurement(Measurement m) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, rings, time, filters, selection, m, legend);
    }

    /** Moves or folds the legend. */
    public ViewState withLegend(LegendLayout l) {
        return new ViewState(projection, frame, shownSystems, movedLaunchPoints, rings, time, filters, selection, measurement, l);
    }
}
