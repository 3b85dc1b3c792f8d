package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The steps every projection's {@code project(Geometry)} is built from: clip in lon/lat, densify in
 * lon/lat, map each coordinate, and repair or merge the projected pieces.
 *
 * <h2>Algorithm</h2>
 * <ul>
 *   <li>{@link #densify}: JTS {@link Densifier} in (lon, lat) degrees, so that no edge is longer
 *       than {@value #MAX_STEP_DEG} degrees before projection. Meridians and parallels bend in every
 *       projection but the equirectangular one; 1 degree keeps the straight projected chord of a
 *       1-degree lon/lat edge within about 1 km of its true curved image at the map scales used
 *       here (the sagitta of a 111 km arc whose curvature radius is at least the Earth's).</li>
 *   <li>{@link #map}: applies a point function to every coordinate, optionally bisecting an edge
 *       (in lon/lat) while its projected chord is longer than a limit (used near the antipode of
 *       the azimuthal equidistant projection, where the scale grows without bound).</li>
 *   <li>{@link #tidy}: a vertex that lay exactly on another ring's straight lon/lat edge (rings
 *       touching at a point, as in repaired Natural Earth polygons) is off that edge's straight
 *       projected image, so a valid lon/lat polygon can project to one that self-intersects by
 *       millimetres; such results are repaired with {@link GeometryFixer}. Projected polygons that came from pieces cut at a lon/lat seam or a pole
 *       edge, where the projection itself is continuous, share edges after projection; they are
 *       merged by a unary union, and invalid results (zero-width spikes from edges that collapse to
 *       one projected point, such as a lat = -90 edge) are repaired with {@link GeometryFixer}.</li>
 * </ul>
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe; point functions passed in must be too.
 */
final class ProjectedGeometry {

    /** Longest lon/lat edge left after {@link #densify}, degrees (see Algorithm). */
    static final double MAX_STEP_DEG = 1.0;

    /** Edges touching a longitude or latitude this close to a seam or pole count as cut there, degrees. */
    private static final double EDGE_DEG = 1e-9;

    /** Deepest bisection of one edge in {@link #map}: 2^16 pieces. */
    private static final int MAX_BISECTIONS = 16;

    private static final GeometryFactory FACTORY = Coordinates.FACTORY;

    private ProjectedGeometry() {
    }

    /** Maps (lon, lat) degrees to projected (x, y) metres, writing into {@code out}. */
    @FunctionalInterface
    interface PointMap {
        void map(double lonDeg, double latDeg, double[] out);
    }

    /**
     * Re-frames lon/lat geometry at a seam ({@link AntimeridianCutter#reframe}) keeping only parts
     * of the argument's dimension (repairing a polygon can leave stray lines or points).
     */
    static Geometry framed(Geometry lonLat, double seamLonDeg) {
        return keepDimension(AntimeridianCutter.reframe(lonLat, seamLonDeg), lonLat.getDimension());
    }

    /** Intersects lon/lat geometry with a lon/lat window; returns the argument when it lies inside. */
    static Geometry clip(Geometry lonLat, Geometry window) {
        if (lonLat.isEmpty() || window.getEnvelopeInternal().contains(lonLat.getEnvelopeInternal())
                && window.isRectangle()) {
            return lonLat;
        }
        Geometry clipped = OverlayNGRobust.overlay(lonLat, window, OverlayNG.INTERSECTION);
        return keepDimension(clipped, lonLat.getDimension());
    }

    /** Drops lower-dimensional by-products of an overlay (points where a line grazes the window). */
    static Geometry keepDimension(Geometry g, int dimension) {
        if (g.getDimension() == dimension && g.getNumGeometries() == 1 || g.isEmpty()) {
            return g.getDimension() == dimension ? g : FACTORY.createEmpty(dimension);
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.getDimension() == dimension && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? FACTORY.createEmpty(dimension) : FACTORY.buildGeometry(parts);
    }

    /** Adds vertices so that no lon/lat edge is longer than {@value #MAX_STEP_DEG} degrees. */
    static Geometry densify(Geometry lonLat) {
        if (lonLat.isEmpty() || lonLat.getDimension() == 0) {
            return lonLat;
        }
        Densifier densifier = new Densifier(lonLat);
        densifier.setDistanceTolerance(MAX_STEP_DEG);
        densifier.setValidate(false);
        return densifier.getResultGeometry();
    }

    /**
     * Maps every coordinate. When {@code maxChordMeters} is finite, an edge whose projected chord is
     * longer is bisected in lon/lat (up to {@value #MAX_BISECTIONS} times) before mapping.
     */
    static Geometry map(Geometry lonLat, PointMap f, double maxChordMeters) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                List<Coordinate> out = new ArrayList<>(coords.size());
                double[] xy = new double[2];
                Coordinate previousLonLat = null;
                Coordinate previousXy = null;
                for (int i = 0; i < coords.size(); i++) {
                    Coordinate lonLatHere = new Coordinate(coords.getX(i), coords.getY(i));
                    f.map(lonLatHere.x, lonLatHere.y, xy);
                    Coordinate here = new Coordinate(xy[0], xy[1]);
                    if (previousXy != null && Double.isFinite(maxChordMeters) && previousXy.distance(here) > maxChordMeters) {
                        bisect(f, previousLonLat, previousXy, lonLatHere, here, maxChordMeters, 0, out);
                    }
                    out.add(here);
                    previousLonLat = lonLatHere;
                    previousXy = here;
                }
                return FACTORY.getCoordinateSequenceFactory().create(out.toArray(Coordinate[]::new));
            }
        }.transform(lonLat);
    }

    private static void bisect(PointMap f, Coordinate a, Coordinate aXy, Coordinate b, Coordinate bXy,
            double maxChord, int depth, List<Coordinate> out) {
        if (depth >= MAX_BISECTIONS || aXy.distance(bXy) <= maxChord) {
            return;
        }
        Coordinate m = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
        double[] xy = new double[2];
        f.map(m.x, m.y, xy);
        Coordinate mXy = new Coordinate(xy[0], xy[1]);
        bisect(f, a, aXy, m, mXy, maxChord, depth + 1, out);
        out.add(mXy);
        bisect(f, m, mXy, b, bXy, maxChord, depth + 1, out);
    }

    /**
     * True when lon/lat geometry reaches one of the given seam longitudes or a pole, so that its
     * pieces may meet again after a projection that is continuous there.
     */
    static boolean touchesSeamOrPole(Geometry lonLat, double seamLonDeg) {
        Envelope e = lonLat.getEnvelopeInternal();
        return e.getMinX() <= seamLonDeg - 360 + EDGE_DEG || e.getMaxX() >= seamLonDeg - EDGE_DEG
                || e.getMinY() <= -90 + EDGE_DEG || e.getMaxY() >= 90 - EDGE_DEG;
    }

    /** Merges polygonal pieces that share edges (when asked) and repairs invalid results. */
    static Geometry tidy(Geometry projected, boolean merge) {
        if (projected.isEmpty() || projected.getDimension() < 2) {
            return projected;
        }
        Geometry g = projected.isValid() ? projected : GeometryFixer.fix(projected);
        if (merge && g.getNumGeometries() > 1) {
            g = OverlayNGRobust.union(g);
        }
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    /**
     * The region enclosed by an odd number of the polygon's projected rings (even-odd rule). Used
     * when a projection turns a polygon inside out: a lon/lat polygon around the azimuthal
     * equidistant antipode has, after its small disc is cut away, a hole whose image encloses the
     * image of its shell.
     */
    static Geometry evenOdd(Polygon projected) {
        Geometry result = FACTORY.createPolygon();
        List<LinearRing> rings = new ArrayList<>();
        rings.add(projected.getExteriorRing());
        for (int i = 0; i < projected.getNumInteriorRing(); i++) {
            rings.add(projected.getInteriorRingN(i));
        }
        for (LinearRing ring : rings) {
            if (ring.getNumPoints() < 4) {
                continue;
            }
            Geometry filled = GeometryFixer.fix(FACTORY.createPolygon(ring.getCoordinates()));
            result = OverlayNGRobust.overlay(result, filled, OverlayNG.SYMDIFFERENCE);
        }
        return result;
    }
}
