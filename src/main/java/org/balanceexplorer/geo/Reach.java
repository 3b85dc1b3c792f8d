package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;

/**
 * Which places lie within a range of a launch point.
 *
 * <p>This class holds the one definition of "within range" ({@link #within}): the window's rings
 * ({@link RangeRing#contains}) and the command line ({@link #from}) both decide by it.
 *
 * <h2>Algorithm</h2>
 * One geodesic inverse problem per place (about 10 microseconds each); no spatial index is needed
 * for the dataset's size (about 50 places). {@link #within} first tries the great circle on the
 * sphere, which decides every place far from the circle without an inverse problem.
 *
 * <h2>Accuracy</h2>
 * As {@link Geodesy#inverse}: within 1 mm. A place within 1 mm of the radius may fall either way.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class Reach {

    private static final Comparator<ReachEntry> NEAREST_FIRST = Comparator
            .comparingDouble(ReachEntry::distanceMeters)
            .thenComparing(e -> e.place().id());

    private Reach() {
    }

    /**
     * Measures every place from the launch point.
     *
     * @param launch         launch point (degrees)
     * @param radiusMeters   range in metres, {@code >= 0}
     * @param places         places to measure
     * @param includeOutside whether places beyond the range are listed too (with {@code within} false);
     *                       {@code within} is decided by {@link #within}
     * @return entries sorted nearest first, ties by place id; immutable
     */
    public static List<ReachEntry> from(GeoPoint launch, double radiusMeters, Collection<Place> places, boolean includeOutside) {
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(places, "places");
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radiusMeters must be >= 0, was " + radiusMeters);
        }
        List<ReachEntry> entries = new ArrayList<>(places.size());
        for (Place place : places) {
            Geodesic g = Geodesy.inverse(launch, place.location());
            boolean within = within(launch, radiusMeters, place.location());
            if (within || includeOutside) {
                entries.add(new ReachEntry(place, g.distanceMeters(), g.initialBearingDeg(), within));
            }
        }
        entries.sort(NEAREST_FIRST);
        return List.copyOf(entries);
    }

    /**
     * Whether {@code p} is within {@code radiusMeters} of {@code launch} by geodesic distance on
     * WGS 84 (distance {@code <=} radius): the one rule for "within range" in the app.
     *
     * <h2>Algorithm</h2>
     * Far from the circle, a great circle on a sphere decides: on WGS 84 a geodesic is between
     * 0.9944 and 1.0045 times the great-circle distance on the sphere of mean radius (the
     * ellipsoid's radii of curvature run from 6,335 to 6,400 km against 6,371), so a margin of
     * 1% cannot decide wrongly. Near the circle, the geodesic itself
     * ({@link Geodesy#inverse}).
     *
     * @param launch       the launch point (degrees)
     * @param radiusMeters range in metres, {@code >= 0}; at or beyond the antipodal distance every
     *                     point is within
     * @param p            the point asked about (degrees)
     * @throws IllegalArgumentException if {@code radiusMeters} is negative or NaN
     */
    public static boolean within(GeoPoint launch, double radiusMeters, GeoPoint p) {
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(p, "p");
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radiusMeters must be >= 0, was " + radiusMeters);
        }
        double sphere = greatCircleMeters(launch, p);
        if (sphere * (1 + SPHERE_MARGIN) < radiusMeters) {
            return true;
        }
        if (sphere * (1 - SPHERE_MARGIN) > radiusMeters) {
            return false;
        }
        return Geodesy.inverse(launch, p).distanceMeters() <= radiusMeters;
    }

    /** See {@link #within}: comfortably more than the largest relative difference (0.56%) between sphere and ellipsoid. */
    private static final double SPHERE_MARGIN = 0.01;
    /** The mean radius of WGS 84, (2a + b) / 3. */
    private static final double MEAN_RADIUS_METERS = 6_371_008.771;

    /** Great-circle distance on the sphere of mean radius (haversine, in the atan2 form that holds near antipodes). */
    static double greatCircleMeters(GeoPoint a, GeoPoint b) {
        double phi1 = Math.toRadians(a.latDeg());
        double phi2 = Math.toRadians(b.latDeg());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lonDeg() - a.lonDeg());
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        h = Math.min(1, Math.max(0, h));
        return 2 * MEAN_RADIUS_METERS * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }
}
