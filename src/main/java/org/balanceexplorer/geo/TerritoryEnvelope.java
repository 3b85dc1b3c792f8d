package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The area within a given geodesic distance of ANY point of a territory (a country), as lon/lat
 * polygons: where a weapon based anywhere in the country could reach.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li>Simplify the territory with JTS's {@link TopologyPreservingSimplifier} (keeps every island
 *       and hole) at tau degrees, tau = {@value #SIMPLIFY_SHARE} of the tolerance divided by
 *       {@value #MAX_METERS_PER_DEGREE} m (the longest a degree of latitude or longitude gets on
 *       WGS 84), so the simplified outline is within {@value #SIMPLIFY_SHARE} of the tolerance of
 *       the true one everywhere.</li>
 *   <li>Sample its boundary: every vertex, plus points along each edge so that neighbours are at
 *       most s apart (s below).</li>
 *   <li>Union, in lon/lat, a geodesic {@link RangeRing} of the radius around every sample (built in
 *       parallel) and the simplified territory itself ({@link UnaryUnionOp}). Rings come back cut
 *       at +-180 and closed along a pole edge when they hold a pole, so every piece is already in
 *       [-180, 180] x [-90, 90] and the planar union is the union on the globe.</li>
 * </ol>
 *
 * <h2>Accuracy: the error bound and the choice of s</h2>
 * Let X be a point whose nearest point of the (simplified) boundary is Q at distance d &lt;= r,
 * with Q on an edge between samples P1, P2 at most s apart, so Q is within s/2 of one of them, P.
 * When Q lies inside the edge, XQ is perpendicular to the edge; on a sphere of radius R
 * (spherical Pythagoras) cos(XP/R) = cos(d/R) cos(QP/R), so XP &lt;= r as long as
 * d &lt;= r' = R acos(cos(r/R) / cos(s/(2R))). The union therefore misses at most the band
 * e(s) = r - r'; to first order e(s) = s^2 / (8 R tan(r/R)), which tends to the plane's
 * r - sqrt(r^2 - (s/2)^2) ~ s^2 / (8r) for r &lt;&lt; R and is smaller than it for every r. For
 * r &gt;= R pi/2 (10,000 km) e = 0: a perpendicular foot is then the farthest point of the edge, not
 * the nearest, so the nearest point is a sample. Edges are straight in lon/lat, not geodesics; an
 * edge of length s at latitude phi bulges from the geodesic by about s^2 tan(phi) / (8R), which
 * is added. s is chosen so that s^2 (1 / tan(r/R) + tan(phi_max)) / (8R) = {@value #SAMPLING_SHARE}
 * x tolerance, where phi_max is the territory's largest |latitude| (capped at 85 degrees), with s
 * at most {@value #MAX_SPACING_METERS} m ({@link #gapBetweenDiscsMeters} is the exact e(s), and a
 * test checks the choice against it). Rings are built with chord tolerance {@value #RING_SHARE} x
 * tolerance (their chords lie inside the circle). Altogether every point within r of the true
 * territory minus the tolerance is inside the result, and every point of the result is within r
 * plus the tolerance of it: the result is exact outside a band of +-tolerance around the true
 * boundary of the reach. (R is the mean Earth radius; the ellipsoid changes these second-order
 * terms by under 1%.)
 *
 * <h2>Limitations</h2>
 * The territory's own edges are taken as straight lon/lat segments (as the basemap draws them).
 * Rings are placed with the radius at or beyond 20,003.93 km covering the whole globe (see
 * {@link RangeRing}). Cost grows with the number of samples: about perimeter / s + the simplified
 * vertex count rings.
 *
 * <h2>Thread safety</h2>
 * Immutable; {@link #of} may be called from any thread (it uses the common fork-join pool) and
 * costs tens to hundreds of milliseconds: call it off the UI thread.
 */
public final class TerritoryEnvelope {

    /** Share of the tolerance given to simplifying the territory. */
    static final double SIMPLIFY_SHARE = 0.4;

    /** Share of the tolerance given to the gaps between sample discs (and lon/lat edge bulge). */
    static final double SAMPLING_SHARE = 0.4;

    /** Share of the tolerance given to the rings' chords. */
    static final double RING_SHARE = 0.2;

    /** The longest one degree of latitude or longitude is on WGS 84, metres (a meridian degree at the pole: 111,694 m). */
    static final double MAX_METERS_PER_DEGREE = 111_700;

    /** Mean Earth radius, metres (IUGG R1). */
    static final double MEAN_RADIUS_METERS = 6_371_008.8;

    /** Sample spacing never exceeds this, metres, whatever the tolerance. */
    static final double MAX_SPACING_METERS = 500_000;

    /** Latitudes beyond this use this latitude's tangent in the spacing rule, degrees. */
    private static final double MAX_LAT_DEG = 85;

    private final Geometry geographic;
    private final double radiusMeters;
    private final double toleranceMeters;
    private final double sampleSpacingMeters;
    private final int sampleCount;
    private final IndexedPointInAreaLocator locator;

    private TerritoryEnvelope(Geometry geographic, double radiusMeters, double toleranceMeters, double spacing, int samples) {
        this.geographic = geographic;
        this.radiusMeters = radiusMeters;
        this.toleranceMeters = toleranceMeters;
        this.sampleSpacingMeters = spacing;
        this.sampleCount = samples;
        this.locator = new IndexedPointInAreaLocator(geographic);
    }

    /**
     * Computes the envelope.
     *
     * @param territoryLonLat Polygon or MultiPolygon, x = lon, y = lat in degrees, inside
     *                        [-180, 180] x [-90, 90] (as {@link Basemap} gives countries); not empty
     * @param radiusMeters    geodesic range in metres, finite and {@code > 0}
     * @param toleranceMeters width of the band around the true envelope's edge within which the
     *                        result may be wrong, metres, finite and {@code > 0}
     * @throws IllegalArgumentException if an argument is out of range
     * @throws GeodesyException         if a geodetic computation fails
     */
    public static TerritoryEnvelope of(Geometry territoryLonLat, double radiusMeters, double toleranceMeters) {
        Objects.requireNonNull(territoryLonLat, "territoryLonLat");
        if (!(territoryLonLat instanceof Polygonal) || territoryLonLat.isEmpty()) {
            throw new IllegalArgumentException("territoryLonLat must be a non-empty Polygon or MultiPolygon, was "
                    + territoryLonLat.getGeometryType());
        }
        if (!(radiusMeters > 0) || Double.isInfinite(radiusMeters)) {
            throw new IllegalArgumentException("radiusMeters must be finite and > 0, was " + radiusMeters);
        }
        if (!(toleranceMeters > 0) || Double.isInfinite(toleranceMeters)) {
            throw new IllegalArgumentException("toleranceMeters must be finite and > 0, was " + toleranceMeters);
        }
        if (radiusMeters >= Geodesy.ANTIPODAL_DISTANCE_METERS) {
            return new TerritoryEnvelope(AntimeridianCutter.world(AntimeridianCutter.DEFAULT_SEAM_DEG),
                    radiusMeters, toleranceMeters, 0, 0);
        }
        double tauDeg = SIMPLIFY_SHARE * toleranceMeters / MAX_METERS_PER_DEGREE;
        Geometry simplified = TopologyPreservingSimplifier.simplify(territoryLonLat, tauDeg);
        double spacing = sampleSpacingMeters(radiusMeters, toleranceMeters, simplified);
        List<GeoPoint> samples = boundarySamples(simplified, spacing);
        double ringTolerance = RING_SHARE * toleranceMeters;
        List<Geometry> discs = samples.parallelStream()
                .map(p -> RangeRing.of(p, radiusMeters, ringTolerance).geographic())
                .toList();
        List<Geometry> all = new ArrayList<>(discs);
        all.add(simplified);
        Geometry union = UnaryUnionOp.union(all);
        return new TerritoryEnvelope(union, radiusMeters, toleranceMeters, spacing, samples.size());
    }

    /**
     * The spacing s of boundary samples for the given radius and tolerance (see Accuracy), metres.
     */
    static double sampleSpacingMeters(double radiusMeters, double toleranceMeters, Geometry territory) {
        double theta = radiusMeters / MEAN_RADIUS_METERS;
        double angleTerm = theta >= Math.PI / 2 ? 0 : 1 / Math.tan(theta);
        double maxLat = Math.max(Math.abs(territory.getEnvelopeInternal().getMinY()), Math.abs(territory.getEnvelopeInternal().getMaxY()));
        double latTerm = Math.tan(Math.toRadians(Math.min(maxLat, MAX_LAT_DEG)));
        double s = Math.sqrt(8 * MEAN_RADIUS_METERS * SAMPLING_SHARE * toleranceMeters / (angleTerm + latTerm + 1e-12));
        return Math.min(s, MAX_SPACING_METERS);
    }

    /**
     * Under-coverage of discs of radius r around boundary points s apart, metres (see Accuracy):
     * r - R acos(cos(r/R) / cos(s/(2R))), or 0 for r at or beyond a quarter great circle.
     */
    static double gapBetweenDiscsMeters(double radiusMeters, double spacingMeters) {
        double theta = radiusMeters / MEAN_RADIUS_METERS;
        if (theta >= Math.PI / 2) {
            return 0;
        }
        double cosReach = Math.cos(theta) / Math.cos(spacingMeters / (2 * MEAN_RADIUS_METERS));
        return radiusMeters - MEAN_RADIUS_METERS * Math.acos(Math.min(1, cosReach));
    }

    private static List<GeoPoint> boundarySamples(Geometry territory, double spacingMeters) {
        List<GeoPoint> out = new ArrayList<>();
        for (int i = 0; i < territory.getNumGeometries(); i++) {
            Polygon p = (Polygon) territory.getGeometryN(i);
            sampleRing(p.getExteriorRing(), spacingMeters, out);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sampleRing(p.getInteriorRingN(h), spacingMeters, out);
            }
        }
        return out;
    }

    private static void sampleRing(LineString ring, double spacingMeters, List<GeoPoint> out) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            GeoPoint a = Coordinates.toGeoPoint(c[i]);
            out.add(a);
            double length = Geodesy.inverse(a, Coordinates.toGeoPoint(c[i + 1])).distanceMeters();
            int pieces = (int) Math.ceil(length / spacingMeters);
            for (int k = 1; k < pieces; k++) {
                double t = (double) k / pieces;
                out.add(Coordinates.toGeoPoint(new Coordinate(c[i].x + t * (c[i + 1].x - c[i].x), c[i].y + t * (c[i + 1].y - c[i].y))));
            }
        }
    }

    /** The envelope as a valid lon/lat Polygon or MultiPolygon in [-180, 180] x [-90, 90]. Do not modify. */
    public Geometry geographic() {
        return geographic;
    }

    public double radiusMeters() {
        return radiusMeters;
    }

    public double toleranceMeters() {
        return toleranceMeters;
    }

    /** The spacing s used between boundary samples, metres (0 when the envelope is the whole globe). */
    public double sampleSpacingMeters() {
        return sampleSpacingMeters;
    }

    /** How many rings were unioned (0 when the envelope is the whole globe). */
    public int sampleCount() {
        return sampleCount;
    }

    /**
     * The geodesic distance from a point to a territory, computed directly (no envelope): 0 inside
     * or on it, else the minimum over its boundary edges (straight in lon/lat) of the distance to
     * the edge. Edges that cannot hold the minimum are pruned by a spherical lower bound (the
     * distance to the nearer end minus half the edge, with {@value #PRUNE_SLACK} slack for the
     * ellipsoid); on each remaining edge the minimum is found by golden-section search on the
     * edge parameter ({@value #GOLDEN_ITERATIONS} steps).
     *
     * <h2>Accuracy</h2>
     * Exact to well under a metre where the distance along an edge is unimodal, which holds when
     * the edge is shorter than the distance to it (every case that matters near a range's edge);
     * never larger than the true distance to the edge's sampled points.
     *
     * <h2>Thread safety</h2>
     * Thread-safe; costs about 10 ms for a 1:110m country (for checks and tests, not rendering).
     *
     * @param territoryLonLat Polygon or MultiPolygon, x = lon, y = lat, degrees
     * @param point           the point, degrees
     * @return distance in metres, {@code >= 0}
     */
    public static double distanceMeters(Geometry territoryLonLat, GeoPoint point) {
        Objects.requireNonNull(territoryLonLat, "territoryLonLat");
        Objects.requireNonNull(point, "point");
        Coordinate c = Coordinates.toCoordinate(point);
        if (new IndexedPointInAreaLocator(territoryLonLat).locate(c) != Location.EXTERIOR) {
            return 0;
        }
        List<Coordinate[]> edges = new ArrayList<>();
        for (int i = 0; i < territoryLonLat.getNumGeometries(); i++) {
            Polygon p = (Polygon) territoryLonLat.getGeometryN(i);
            addEdges(p.getExteriorRing(), edges);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addEdges(p.getInteriorRingN(h), edges);
            }
        }
        double[] lower = new double[edges.size()];
        double bestUpper = Double.MAX_VALUE;
        for (int i = 0; i < lower.length; i++) {
            GeoPoint a = Coordinates.toGeoPoint(edges.get(i)[0]);
            GeoPoint b = Coordinates.toGeoPoint(edges.get(i)[1]);
            double da = spherical(point, a);
            double db = spherical(point, b);
            lower[i] = Math.min(da, db) - spherical(a, b) / 2;
            bestUpper = Math.min(bestUpper, Math.min(da, db));
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] * (1 - PRUNE_SLACK) > bestUpper * (1 + PRUNE_SLACK)) {
                continue;
            }
            best = Math.min(best, distanceToEdge(point, edges.get(i)[0], edges.get(i)[1]));
        }
        return best;
    }

    /** Relative slack of the spherical pruning bounds (the ellipsoid differs from the sphere by under 0.6%). */
    static final double PRUNE_SLACK = 0.01;

    static final int GOLDEN_ITERATIONS = 48;

    private static void addEdges(LineString ring, List<Coordinate[]> out) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            out.add(new Coordinate[] {c[i], c[i + 1]});
        }
    }

    private static double distanceToEdge(GeoPoint p, Coordinate a, Coordinate b) {
        double invPhi = (Math.sqrt(5) - 1) / 2;
        double lo = 0;
        double hi = 1;
        double x1 = hi - invPhi * (hi - lo);
        double x2 = lo + invPhi * (hi - lo);
        double f1 = along(p, a, b, x1);
        double f2 = along(p, a, b, x2);
        for (int i = 0; i < GOLDEN_ITERATIONS; i++) {
            if (f1 < f2) {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - invPhi * (hi - lo);
                f1 = along(p, a, b, x1);
            } else {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + invPhi * (hi - lo);
                f2 = along(p, a, b, x2);
            }
        }
        return Math.min(Math.min(f1, f2), Math.min(along(p, a, b, 0), along(p, a, b, 1)));
    }

    private static double along(GeoPoint p, Coordinate a, Coordinate b, double t) {
        GeoPoint q = Coordinates.toGeoPoint(new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
        return Geodesy.inverse(p, q).distanceMeters();
    }

    private static double spherical(GeoPoint a, GeoPoint b) {
        double p1 = Math.toRadians(a.latDeg());
        double p2 = Math.toRadians(b.latDeg());
        double sLat = Math.sin((p2 - p1) / 2);
        double sLon = Math.sin(Math.toRadians(b.lonDeg() - a.lonDeg()) / 2);
        double h = sLat * sLat + Math.cos(p1) * Math.cos(p2) * sLon * sLon;
        return 2 * MEAN_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Whether the point is inside the computed envelope (boundary included); exact to the tolerance. */
    public boolean contains(GeoPoint point) {
        Objects.requireNonNull(point, "point");
        return locator.locate(Coordinates.toCoordinate(point)) != Location.EXTERIOR;
    }
}
