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

/**
 * The nearest point of a territory (a country) to a place, by geodesic distance on WGS 84: where
 * the envelope mode's "from anywhere in the territory" is measured from.
 *
 * <h2>Algorithm</h2>
 * A place inside the territory (JTS point-in-area, lon/lat) is its own nearest point, at 0 m.
 * Otherwise the nearest point lies on the boundary, whose edges are straight lon/lat segments (as
 * the basemap draws them and {@link TerritoryEnvelope} takes them):
 * <ol>
 *   <li>every edge gets a lower bound on its great-circle distance on the mean sphere, the distance
 *       to its nearer end minus half its length (a point of the edge is within half its length of
 *       one end), and the best end point gives an upper bound;</li>
 *   <li>edges whose bound can beat the best are searched on the sphere (golden section over the
 *       edge parameter, {@value #SPHERE_STEPS} steps);</li>
 *   <li>the edges whose spherical minimum is within the sphere-to-ellipsoid ratio
 *       ({@value #SPHERE_MARGIN}, as {@link Reach#within}) of the best are searched again with
 *       geodesic inverse problems ({@value #GEODESIC_STEPS} golden-section steps), and the least
 *       wins.</li>
 * </ol>
 *
 * <h2>Accuracy</h2>
 * The distance is a geodesic distance ({@link Geodesy#inverse}, within 1 mm) to a point on the
 * boundary; the golden section leaves the edge parameter within 0.618^{@value #GEODESIC_STEPS} of
 * the edge's length from the minimum, where the distance is flat: well under a metre for the
 * basemap's edges. Assumes the distance along one edge has a single minimum (true for edges far
 * shorter than the distance, as the basemap's are).
 *
 * <h2>Limitations</h2>
 * Edges that run along the antimeridian cut (|delta longitude| &gt; 180 degrees) are skipped: they
 * are seams of a cut polygon, not boundary.
 *
 * <h2>Thread safety</h2>
 * Immutable after construction (the point locator's index is built there): safe from any thread.
 */
public final class TerritoryDistance {

    /** The nearest point, its distance, and whether the place is inside the territory. */
    public record Nearest(GeoPoint point, double distanceMeters, boolean inside) {
        public Nearest {
            Objects.requireNonNull(point, "point");
        }
    }

    /** Relative margin between great circle and geodesic, as {@link Reach#within} takes it. */
    private static final double SPHERE_MARGIN = 0.01;
    private static final int SPHERE_STEPS = 40;
    private static final int GEODESIC_STEPS = 40;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final IndexedPointInAreaLocator locator;
    /** Edges as {lat1, lon1, lat2, lon2}, degrees. */
    private final double[][] edges;

    /**
     * @param territory a polygon or multipolygon in lon/lat (x = longitude, y = latitude)
     * @throws IllegalArgumentException if it has no area
     */
    public TerritoryDistance(Geometry territory) {
        Objects.requireNonNull(territory, "territory");
        if (territory.isEmpty() || territory.getDimension() != 2) {
            throw new IllegalArgumentException("territory must be a non-empty polygon or multipolygon");
        }
        this.locator = new IndexedPointInAreaLocator(territory);
        locator.locate(territory.getInteriorPoint().getCoordinate());
        List<double[]> list = new ArrayList<>();
        for (int i = 0; i < territory.getNumGeometries(); i++) {
            Polygon p = (Polygon) territory.getGeometryN(i);
            addEdges(p.getExteriorRing(), list);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addEdges(p.getInteriorRingN(h), list);
            }
        }
        this.edges = list.toArray(new double[0][]);
    }

    private static void addEdges(LineString ring, List<double[]> into) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            if (Math.abs(c[i + 1].x - c[i].x) <= 180) {
                into.add(new double[] {c[i].y, c[i].x, c[i + 1].y, c[i + 1].x});
            }
        }
    }

    /**
     * The nearest point of the territory to a place.
     *
     * @param place the place (degrees)
     * @return the place itself at 0 m when inside (or on the boundary), else the nearest boundary point
     * @throws GeodesyException if a geodesic cannot be computed
     */
    public Nearest nearest(GeoPoint place) {
        Objects.requireNonNull(place, "place");
        if (locator.locate(Coordinates.toCoordinate(place)) != Location.EXTERIOR) {
            return new Nearest(place, 0, true);
        }
        int n = edges.length;
        double[] lower = new double[n];
        double upper = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] e = edges[i];
            double a = Reach.greatCircleMeters(place, new GeoPoint(e[0], e[1]));
            double b = Reach.greatCircleMeters(place, new GeoPoint(e[2], e[3]));
            double half = Reach.greatCircleMeters(new GeoPoint(e[0], e[1]), new GeoPoint(e[2], e[3])) * 0.5
                    * (1 + SPHERE_MARGIN);
            lower[i] = Math.min(a, b) - half;
            upper = Math.min(upper, Math.min(a, b));
        }
        double[] sphere = new double[n];
        double bestSphere = upper;
        for (int i = 0; i < n; i++) {
            sphere[i] = Double.POSITIVE_INFINITY;
            if (lower[i] <= bestSphere) {
                double[] e = edges[i];
                double t = golden(t1 -> Reach.greatCircleMeters(place, at(e, t1)), SPHERE_STEPS);
                sphere[i] = Reach.greatCircleMeters(place, at(e, t));
                bestSphere = Math.min(bestSphere, sphere[i]);
            }
        }
        double limit = bestSphere * (1 + SPHERE_MARGIN) / (1 - SPHERE_MARGIN);
        GeoPoint best = null;
        double bestMeters = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (sphere[i] <= limit) {
                double[] e = edges[i];
                double t = golden(t1 -> Geodesy.inverse(place, at(e, t1)).distanceMeters(), GEODESIC_STEPS);
                GeoPoint q = at(e, t);
                double d = Geodesy.inverse(place, q).distanceMeters();
                if (d < bestMeters) {
                    bestMeters = d;
                    best = q;
                }
            }
        }
        if (best == null) {
            throw new GeodesyException("Could not find the nearest point of the territory to " + place);
        }
        return new Nearest(best, bestMeters, false);
    }

    /** The point at parameter t in [0, 1] along an edge, straight in lon/lat. */
    private static GeoPoint at(double[] e, double t) {
        return new GeoPoint(e[0] + (e[2] - e[0]) * t, e[1] + (e[3] - e[1]) * t);
    }

    /** Golden-section search for the minimum of f on [0, 1], ends included. */
    private static double golden(java.util.function.DoubleUnaryOperator f, int steps) {
        double a = 0;
        double b = 1;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        for (int i = 0; i < steps; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        double mid = (a + b) / 2;
        double fm = f.applyAsDouble(mid);
        double f0 = f.applyAsDouble(0);
        double f1 = f.applyAsDouble(1);
        if (f0 <= fm && f0 <= f1) {
            return 0;
        }
        return f1 < fm ? 1 : mid;
    }
}
