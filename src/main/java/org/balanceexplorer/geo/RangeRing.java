package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Geometry;

/**
 * A geodesic circle on WGS 84: every point at a given geodesic distance from a centre, as an
 * immutable, densified ring and as lon/lat polygons ready for a map in [-180, 180].
 *
 * <h2>Algorithm</h2>
 * Vertices are placed exactly on the circle and then the ring is refined adaptively:
 * <ul>
 *   <li>Up to {@value #DIRECT_LIMIT_METERS} m the vertex at azimuth a is the direct problem
 *       {@code Geodesy.direct(centre, a, radius)}. This is exact and simpler than SIS's
 *       {@code createGeodesicCircle2D}, which returns a Java2D shape in its own parametrisation.</li>
 *   <li>Beyond that the circle approaches the cut locus near the antipode, where a geodesic of the
 *       given length need no longer be the shortest one, so direct-at-azimuth would place points
 *       that are nearer than the radius. There the ring is parametrised around the antipode A:
 *       along each azimuth b from A, the distance t with {@code inverse(centre, direct(A, b, t)) =
 *       radius} is found by the Illinois (false position) method.</li>
 *   <li>Refinement: starting from {@value #INITIAL_VERTICES} equal parameter steps, a step is halved
 *       while the midpoint of its chord differs in geodesic distance from the centre from the
 *       radius by more than the tolerance. Two chords are checked: the straight (lon, lat) chord,
 *       as an equirectangular map draws it, and the geodesic between the vertices, so that the
 *       ring is also dense enough for other projections (a ring around a pole is a straight line
 *       in lon/lat and would otherwise keep only the initial vertices).</li>
 * </ul>
 *
 * <h2>Orientation</h2>
 * {@link #vertices()} run clockwise seen from above with the centre inside (azimuth from the centre
 * increasing: north, east, south, west), so the inside is on the right. The ring is not closed (the
 * first vertex is not repeated).
 *
 * <h2>Degenerate radii</h2>
 * At or beyond {@link Geodesy#ANTIPODAL_DISTANCE_METERS} (20,003.93 km, the distance to the antipode
 * and the farthest any point can be) the circle covers the whole globe: {@link #coversWholeGlobe()}
 * is true, {@link #vertices()} is empty and {@link #geographic()} is the whole map window. Just
 * below it the result is the world minus a small hole around the antipode.
 *
 * <h2>Accuracy</h2>
 * Every vertex is on the circle within the direct problem's accuracy (about 1e-8 m) below
 * {@value #DIRECT_LIMIT_METERS} m and within a hundredth of the tolerance beyond. Chord midpoints
 * are within the tolerance.
 *
 * <h2>Limitations</h2>
 * Refinement stops after {@value #MAX_DEPTH} halvings of an initial step; a ring that passes within
 * metres of a pole may then exceed the tolerance there (lon/lat chords are poor near a pole).
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #of} may be called from any thread. It costs milliseconds (measured on a
 * 2-core machine, warmed up: 5,000 km at 1 km tolerance, 222 vertices, about 1.3 ms; at 100 m,
 * 624 vertices, about 5 ms), so call it off the UI thread.
 */
public final class RangeRing {

    /** Beyond this radius the ring is parametrised around the antipode (see Algorithm), metres. */
    static final double DIRECT_LIMIT_METERS = 19_800_000;

    static final int INITIAL_VERTICES = 32;

    static final int MAX_DEPTH = 12;

    static final int PREVIEW_MIN_VERTICES = 64;

    static final double PREVIEW_MAX_LON_STEP_DEG = 4;

    private final GeoPoint centre;
    private final double radiusMeters;
    private final double toleranceMeters;
    private final List<GeoPoint> vertices;
    private final Geometry geographic;

    private RangeRing(GeoPoint centre, double radiusMeters, double toleranceMeters, List<GeoPoint> vertices, Geometry geographic) {
        this.centre = centre;
        this.radiusMeters = radiusMeters;
        this.toleranceMeters = toleranceMeters;
        this.vertices = vertices;
        this.geographic = geographic;
    }

    /**
     * Computes the geodesic circle.
     *
     * @param centre          the centre (degrees)
     * @param radiusMeters    geodesic radius in metres, finite and {@code > 0}
     * @param toleranceMeters largest allowed gap between a lon/lat chord and the true circle, in
     *                        metres, finite and {@code > 0}
     * @throws IllegalArgumentException if an argument is out of range
     * @throws GeodesyException         if a geodetic computation fails
     */
    public static RangeRing of(GeoPoint centre, double radiusMeters, double toleranceMeters) {
        requireArguments(centre, radiusMeters, toleranceMeters);
        if (radiusMeters >= Geodesy.ANTIPODAL_DISTANCE_METERS) {
            return new RangeRing(centre, radiusMeters, toleranceMeters, List.of(),
                    AntimeridianCutter.world(AntimeridianCutter.DEFAULT_SEAM_DEG));
        }
        RingParametrisation circle = radiusMeters <= DIRECT_LIMIT_METERS
                ? new ByAzimuth(centre, radiusMeters)
                : new AroundAntipode(centre, radiusMeters, toleranceMeters / 100);
        List<GeoPoint> vertices = List.copyOf(densify(circle, centre, radiusMeters, toleranceMeters));
        return new RangeRing(centre, radiusMeters, toleranceMeters, vertices, AntimeridianCutter.cut(vertices));
    }

    /**
     * A quick ring for previews, such as the rings that follow a launch point while it is dragged:
     * vertices at equal azimuth steps from the direct problem alone, with no adaptive refinement
     * (which costs two inverse problems per chord checked), then lon/lat chords that cross more than
     * {@value #PREVIEW_MAX_LON_STEP_DEG} degrees of longitude split at equal azimuth steps (near a
     * pole a short stretch of the circle can sweep many degrees of longitude).
     *
     * <p>The number of azimuths follows from the sagitta of a chord of a small circle of spherical
     * radius s on a sphere of radius a, {@code pi^2 a |sin 2s| / (4 n^2)}, solved for n at the given
     * tolerance (at least {@value #PREVIEW_MIN_VERTICES}). Chord midpoints stay within the tolerance
     * (tested for centres from the equator to 85 degrees and radii from 100 km to 19,000 km);
     * about 100 to 400 vertices at 2 to 10 km, a tenth of a millisecond to a millisecond. Beyond
     * {@value #DIRECT_LIMIT_METERS} m this is {@link #of}.
     */
    public static RangeRing preview(GeoPoint centre, double radiusMeters, double toleranceMeters) {
        requireArguments(centre, radiusMeters, toleranceMeters);
        if (radiusMeters > DIRECT_LIMIT_METERS) {
            return of(centre, radiusMeters, toleranceMeters);
        }
        double a = 6_371_008.8;
        double s = radiusMeters / a;
        // Lon/lat chords (what an equirectangular map draws) stray more than geodesic ones, by about
        // 1 / cos(latitude) where the ring is farthest from the equator (counted to 80 degrees at most).
        double farthestLat = Math.min(80, Math.abs(centre.latDeg()) + Math.toDegrees(s));
        double stretch = 1 / Math.cos(Math.toRadians(farthestLat));
        // Halving the tolerance in the formula covers what the approximations leave out (measured).
        int n = (int) Math.ceil(Math.PI * Math.sqrt(stretch * a / (2 * toleranceMeters)));
        n = Math.max(PREVIEW_MIN_VERTICES, n);
        double step = 360.0 / n;
        List<GeoPoint> out = new ArrayList<>(n * 2);
        GeoPoint first = Geodesy.direct(centre, 0, radiusMeters);
        GeoPoint previous = first;
        for (int i = 0; i < n; i++) {
            out.add(previous);
            GeoPoint next = i + 1 == n ? first : Geodesy.direct(centre, (i + 1) * step, radiusMeters);
            int pieces = (int) Math.ceil(Math.abs(AntimeridianCutter.shortStep(next.lonDeg() - previous.lonDeg()))
                    / PREVIEW_MAX_LON_STEP_DEG);
            for (int k = 1; k < pieces; k++) {
                out.add(Geodesy.direct(centre, (i + (double) k / pieces) * step, radiusMeters));
            }
            previous = next;
        }
        List<GeoPoint> vertices = List.copyOf(out);
        return new RangeRing(centre, radiusMeters, toleranceMeters, vertices, AntimeridianCutter.cut(vertices));
    }

    private static void requireArguments(GeoPoint centre, double radiusMeters, double toleranceMeters) {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusMeters > 0) || Double.isInfinite(radiusMeters)) {
            throw new IllegalArgumentException("radiusMeters must be finite and > 0, was " + radiusMeters);
        }
        if (!(toleranceMeters > 0) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("toleranceMeters must be finite and > 0, was " + toleranceMeters);
        }
    }

    public GeoPoint centre() {
        return centre;
    }

    public double radiusMeters() {
        return radiusMeters;
    }

    public double toleranceMeters() {
        return toleranceMeters;
    }

    /** True when the radius reaches the antipode, so that the circle covers the whole globe. */
    public boolean coversWholeGlobe() {
        return vertices.isEmpty();
    }

    /** The ring, clockwise, not closed; empty when {@link #coversWholeGlobe()}. */
    public List<GeoPoint> vertices() {
        return vertices;
    }

    /**
     * The inside of the circle as lon/lat (x = lon, y = lat, degrees) Polygon or MultiPolygon, cut at
     * the antimeridian and closed along the map's top or bottom edge when it holds a pole. Valid.
     * JTS geometries are mutable: do not change the one returned.
     */
    public Geometry geographic() {
        return geographic;
    }

    /**
     * Whether {@code p} is within the radius, by geodesic distance (exact, not by polygon): the
     * rule of {@link Reach#within}, so that the map and the command line never disagree.
     */
    public boolean contains(GeoPoint p) {
        Objects.requireNonNull(p, "p");
        if (coversWholeGlobe()) {
            return true;
        }
        return Reach.within(centre, radiusMeters, p);
    }

    /** Great-circle distance on the sphere of mean radius; see {@link Reach#greatCircleMeters}. */
    static double greatCircleMeters(GeoPoint a, GeoPoint b) {
        return Reach.greatCircleMeters(a, b);
    }

    private static List<GeoPoint> densify(RingParametrisation circle, GeoPoint centre, double radius, double tolerance) {
        List<GeoPoint> out = new ArrayList<>();
        double step = 360.0 / INITIAL_VERTICES;
        GeoPoint first = circle.at(0);
        GeoPoint previous = first;
        for (int i = 0; i < INITIAL_VERTICES; i++) {
            out.add(previous);
            double end = (i + 1) * step;
            GeoPoint next = i + 1 == INITIAL_VERTICES ? first : circle.at(end);
            refine(circle, centre, radius, tolerance, i * step, previous, end, next, 0, out);
            previous = next;
        }
        return out;
    }

    /** Appends the vertices strictly between the two given ones. */
    private static void refine(RingParametrisation circle, GeoPoint centre, double radius, double tolerance,
            double t0, GeoPoint p0, double t1, GeoPoint p1, int depth, List<GeoPoint> out) {
        if (depth >= MAX_DEPTH || chordMidpointError(centre, radius, p0, p1) <= tolerance) {
            return;
        }
        double tm = (t0 + t1) / 2;
        GeoPoint pm = circle.at(tm);
        refine(circle, centre, radius, tolerance, t0, p0, tm, pm, depth + 1, out);
        out.add(pm);
        refine(circle, centre, radius, tolerance, tm, pm, t1, p1, depth + 1, out);
    }

    /**
     * How far the chord from p0 to p1 strays from the circle, metres: the larger of
     * |distance(centre, m) - radius| for m the lon/lat chord midpoint (what an equirectangular map
     * draws) and for m the geodesic midpoint (what any other projection approaches when drawn
     * densely enough).
     */
    static double chordMidpointError(GeoPoint centre, double radius, GeoPoint p0, GeoPoint p1) {
        double lonLat = Math.abs(Geodesy.inverse(centre, chordMidpoint(p0, p1)).distanceMeters() - radius);
        double geodesic = Math.abs(Geodesy.inverse(centre, geodesicMidpoint(p0, p1)).distanceMeters() - radius);
        return Math.max(lonLat, geodesic);
    }

    /** The point halfway along the shortest geodesic from p0 to p1. */
    static GeoPoint geodesicMidpoint(GeoPoint p0, GeoPoint p1) {
        Geodesic g = Geodesy.inverse(p0, p1);
        return Geodesy.direct(p0, g.initialBearingDeg(), g.distanceMeters() / 2);
    }

    /** The midpoint of the straight (lon, lat) chord, longitude taken the short way. */
    static GeoPoint chordMidpoint(GeoPoint p0, GeoPoint p1) {
        double lon = p0.lonDeg() + AntimeridianCutter.shortStep(p1.lonDeg() - p0.lonDeg()) / 2;
        return GeoPoint.wrapped((p0.latDeg() + p1.latDeg()) / 2, lon);
    }

    /** A point of the circle for a parameter in [0, 360), increasing clockwise around the centre. */
    private interface RingParametrisation {
        GeoPoint at(double parameterDeg);
    }

    private record ByAzimuth(GeoPoint centre, double radius) implements RingParametrisation {
        @Override
        public GeoPoint at(double azimuthDeg) {
            return Geodesy.direct(centre, azimuthDeg, radius);
        }
    }

    /**
     * The circle seen from the antipode A: for azimuth b from A, the point at distance t from A
     * whose distance from the centre is the radius. Parameter p maps to b = -p, because clockwise
     * around the centre is counter-clockwise around A.
     */
    private static final class AroundAntipode implements RingParametrisation {
        private static final int MAX_ITERATIONS = 100;
        private final GeoPoint centre;
        private final GeoPoint antipode;
        private final double radius;
        private final double accuracy;

        AroundAntipode(GeoPoint centre, double radius, double accuracyMeters) {
            this.centre = centre;
            this.antipode = Geodesy.antipode(centre);
            this.radius = radius;
            this.accuracy = Math.min(accuracyMeters, 1e-3);
        }

        @Override
        public GeoPoint at(double parameterDeg) {
            double azimuth = -parameterDeg;
            double lo = 0;
            double gLo = Geodesy.ANTIPODAL_DISTANCE_METERS - radius;    // > 0: the antipode is farther than the radius
            double hi = 2 * gLo + 1000;
            double gHi = excess(azimuth, hi);
            int guard = 0;
            while (gHi > 0) {
                lo = hi;
                gLo = gHi;
                hi *= 2;
                gHi = excess(azimuth, hi);
                if (++guard > 40) {
                    throw new GeodesyException("Could not place the range ring near the antipode of " + centre + ".");
                }
            }
            int side = 0;
            for (int i = 0; i < MAX_ITERATIONS; i++) {
                double t = (lo * gHi - hi * gLo) / (gHi - gLo);
                double g = excess(azimuth, t);
                if (Math.abs(g) <= accuracy || hi - lo < 1e-6) {
                    return Geodesy.direct(antipode, azimuth, t);
                }
                if (g > 0) {
                    lo = t;
                    gLo = g;
                    if (side == 1) {
                        gHi /= 2;
                    }
                    side = 1;
                } else {
                    hi = t;
                    gHi = g;
                    if (side == -1) {
                        gLo /= 2;
                    }
                    side = -1;
                }
            }
            throw new GeodesyException("Could not place the range ring near the antipode of " + centre + ".");
        }

        /** distance(centre, point at t from A along azimuth) - radius, metres. */
        private double excess(double azimuth, double t) {
            return Geodesy.inverse(centre, Geodesy.direct(antipode, azimuth, t)).distanceMeters() - radius;
        }
    }
}
