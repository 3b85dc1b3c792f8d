package org.balanceexplorer.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * Rings computed off the FX thread and handed over whole.
 *
 * @param rings        one per shown system, in the order the systems were shown
 * @param placesWithin ids of the places inside at least one ring
 * @param placeNotes   per place id, its distance from each launch point in use, in plain words
 * @param preview      whether these are the coarse rings drawn while a launch point is dragged
 */
public record RingResults(List<ComputedRing> rings, Set<String> placesWithin, Map<String, String> placeNotes,
                          boolean preview) {

    public static final RingResults EMPTY = new RingResults(List.of(), Set.of(), Map.of(), false);

    public RingResults {
        rings = List.copyOf(rings);
        placesWithin = Set.copyOf(placesWithin);
        placeNotes = Map.copyOf(placeNotes);
    }

    /**
     * One system's ring around a launch point.
     *
     * @param system      the system
     * @param launchPoint where it is drawn around
     * @param launchLabel the launch point in words ("Islamabad (representative point)", "a user-chosen point")
     * @param ring        the geodesic ring of its headline range
     * @param band        the area between the lowest and the highest claimed range, or null when the claims agree
     *                    or bands are off
     * @param claimRings  one ring per distinct claimed range, when asked for; else empty
     * @param naive       the naive flat circle of the headline range (teaching overlay), or null
     * @param envelope    the area within the headline range of anywhere in the country's territory, or null
     * @param colourIndex its palette index, stable per system
     */
    public record ComputedRing(WeaponSystem system, GeoPoint launchPoint, String launchLabel, RangeRing ring,
                               Geometry band, List<ClaimRing> claimRings, Geometry naive, Geometry envelope,
                               int colourIndex) {
        public ComputedRing {
            claimRings = List.copyOf(claimRings);
        }
    }

    /**
     * A ring at one claimed range, with who claims it.
     *
     * @param rangeKm    the claimed range (the upper end of a span)
     * @param claimants  who claims it, joined
     * @param geographic the ring's area, lon/lat
     */
    public record ClaimRing(double rangeKm, String claimants, Geometry geographic) {
    }
}
