package org.balanceexplorer.state;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.locationtech.jts.geom.Geometry;

/**
 * The rings of one {@link ViewState}, computed by {@link RingComputation} and handed over whole.
 *
 * <p>Immutable (the JTS geometries inside are mutable objects: do not change them) and safe to
 * hand from the computing thread to any other.
 *
 * @param rings        one per shown system the dataset knows, in the order the systems were shown
 * @param placesWithin ids of the places within at least one ring, by {@link org.balanceexplorer.geo.Reach#within}
 * @param placeNotes   per place id, its distance from each launch point in use, in plain words;
 *                     empty for a preview
 * @param preview      whether these are the coarse rings drawn while a launch point is dragged
 */
public record RingResults(List<ComputedRing> rings, Set<String> placesWithin, Map<String, String> placeNotes,
                          boolean preview) {

    /** No rings at all. */
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
     * @param launchPoint where it is drawn around (degrees)
     * @param launchLabel the launch point in words ("Islamabad (representative point)", "a user-chosen
     *                    point, 33.69°N 73.06°E")
     * @param ring        the geodesic ring of its headline range
     * @param band        the area between the lowest and the highest claimed range (lon/lat), or null
     *                    when the claims agree, bands are off or this is a preview
     * @param claimRings  one ring per distinct claimed range, when asked for; else empty
     * @param naive       the naive flat circle of the headline range (teaching overlay, lon/lat), or null
     * @param envelope    the area within the headline range of anywhere in the country's territory
     *                    (lon/lat), or null
     * @param styleIndex  its ring style, distinct among its country's systems ({@link RingComputation#styleIndex})
     *                    ({@link org.balanceexplorer.model.Dataset#systemsOf}), {@code >= 0}: no two
     *                    systems of one launch point share it, and a system keeps it while the
     *                    dataset is open (the map takes colour = index % 7, dash = index / 7)
     */
    public record ComputedRing(WeaponSystem system, GeoPoint launchPoint, String launchLabel, RangeRing ring,
                               Geometry band, List<ClaimRing> claimRings, Geometry naive, Geometry envelope,
                               int styleIndex) {
        public ComputedRing {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(launchPoint, "launchPoint");
            Objects.requireNonNull(ring, "ring");
            claimRings = List.copyOf(claimRings);
            if (styleIndex < 0) {
                throw new IllegalArgumentException("styleIndex must be >= 0, was " + styleIndex);
            }
        }
    }

    /**
     * A ring at one claimed range, with who claims it.
     *
     * @param rangeKm    the claimed range, km (the upper end of a span)
     * @param claimants  who claims it, joined with "; "
     * @param geographic the ring's area, lon/lat
     */
    public record ClaimRing(double rangeKm, String claimants, Geometry geographic) {
    }
}
