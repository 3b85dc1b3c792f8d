package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Turns a closed ring on the globe into lon/lat polygons that are correct on a cylindrical map
 * whose longitudes run over the window [seam - 360, seam] (the default seam 180 gives [-180, 180]).
 *
 * <h2>Algorithm</h2>
 * The ring's longitudes are unwrapped (each step taken the short way, |step| < 180 degrees) and
 * the total longitude travelled decides the case:
 * <ul>
 *   <li>0: the ring encloses no pole in the plane. If it runs clockwise in (lon, lat) the inside is
 *       the bounded region; if counter-clockwise the inside is the rest of the world (for example a
 *       ring around both poles), and the result is the world minus the bounded region.</li>
 *   <li>-360 (westward, inside on the right): the North Pole is inside; the ring is closed along the
 *       map's top edge (lat 90). +360: the South Pole, closed along the bottom edge (lat -90).</li>
 * </ul>
 * The planar polygon is then cut into the 360-degree windows it spans and each piece shifted back
 * into [seam - 360, seam]. Edges between vertices are straight in (lon, lat).
 *
 * <h2>Limitations</h2>
 * The ring must be simple on the globe, with its inside on the right (clockwise seen from above).
 * A vertex exactly at a pole has no longitude; such rings are not supported (the result may be
 * wrong). Invalid results (self-touching rings from rounding) are repaired with
 * {@link GeometryFixer}.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class AntimeridianCutter {

    /** The seam of a map in [-180, 180]. */
    public static final double DEFAULT_SEAM_DEG = 180;

    /** Coordinates this close to a window edge after shifting are snapped onto it, degrees. */
    private static final double SNAP_DEG = 1e-9;

    private static final GeometryFactory FACTORY = Coordinates.FACTORY;

    private AntimeridianCutter() {
    }

    /** Same as {@link #cut(List, double)} with the seam at 180 degrees. */
    public static Geometry cut(List<GeoPoint> clockwiseRing) {
        return cut(clockwiseRing, DEFAULT_SEAM_DEG);
    }

    /**
     * Cuts a ring at the seam and closes it along a pole edge when it encloses a pole.
     *
     * @param clockwiseRing at least 3 distinct points, inside on the right; a repeated closing
     *                      point is allowed
     * @param seamLonDeg    longitude of the map's seam in degrees (any finite value); result
     *                      longitudes lie in [seam - 360, seam]
     * @return a valid Polygon or MultiPolygon with x = lon, y = lat in degrees
     */
    public static Geometry cut(List<GeoPoint> clockwiseRing, double seamLonDeg) {
        Objects.requireNonNull(clockwiseRing, "clockwiseRing");
        if (!Double.isFinite(seamLonDeg)) {
            throw new IllegalArgumentException("seamLonDeg must be finite, was " + seamLonDeg);
        }
        List<GeoPoint> ring = new ArrayList<>(clockwiseRing);
        if (ring.size() > 1 && sameLocation(ring.get(0), ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            throw new IllegalArgumentException("clockwiseRing needs at least 3 distinct points, had " + ring.size());
        }
        int n = ring.size();
        double west = seamLonDeg - 360;
        double[] u = new double[n + 1];
        double[] lat = new double[n + 1];
        u[0] = west + floorMod(ring.get(0).lonDeg() - west, 360);
        lat[0] = ring.get(0).latDeg();
        for (int i = 1; i <= n; i++) {
            GeoPoint p = ring.get(i % n);
            u[i] = u[i - 1] + shortStep(p.lonDeg() - ring.get(i - 1).lonDeg());
            lat[i] = p.latDeg();
        }
        double winding = u[n] - u[0];
        Geometry planar;
        boolean outsideIsInside = false;
        if (Math.abs(winding) < 180) {
            Coordinate[] coords = new Coordinate[n + 1];
            for (int i = 0; i < n; i++) {
                coords[i] = new Coordinate(u[i], lat[i]);
            }
            coords[n] = coords[0].copy();
            planar = FACTORY.createPolygon(coords);
            outsideIsInside = Orientation.isCCW(coords);
        } else {
            planar = poleCapped(u, lat, n, winding, seamLonDeg);
        }
        Geometry folded = fold(fixed(planar), seamLonDeg);
        Geometry result = outsideIsInside ? OverlayNGRobust.overlay(world(seamLonDeg), folded, OverlayNG.DIFFERENCE) : folded;
        return fixed(result);
    }

    /**
     * Re-frames lon/lat geometry (any longitudes) into the window [seam - 360, seam] by cutting it
     * at the seam meridians and shifting the pieces by whole turns. Polygonal input is unioned so
     * that pieces meeting at a former seam merge.
     *
     * @param lonLat     geometry with x = lon, y = lat in degrees
     * @param seamLonDeg longitude of the seam in degrees
     * @return the re-framed geometry; empty input gives empty output
     */
    public static Geometry reframe(Geometry lonLat, double seamLonDeg) {
        Objects.requireNonNull(lonLat, "lonLat");
        if (lonLat.isEmpty()) {
            return lonLat;
        }
        Geometry folded = fold(lonLat, seamLonDeg);
        return lonLat.getDimension() == 2 ? fixed(folded) : folded;
    }

    /** The whole map window as a polygon, x in [seam - 360, seam], y in [-90, 90]. */
    public static Polygon world(double seamLonDeg) {
        return (Polygon) FACTORY.toGeometry(new Envelope(seamLonDeg - 360, seamLonDeg, -90, 90));
    }

    private static Geometry poleCapped(double[] u, double[] lat, int n, double winding, double seam) {
        // Start the polyline exactly on a seam meridian so that the closing edges lie on the map's
        // edges: no piece then has to be merged back across a line computed with rounding.
        int start = -1;
        double crossing = 0;
        for (int i = 0; i < n && start < 0; i++) {
            double k0 = Math.floor((u[i] - seam) / 360);
            double k1 = Math.floor((u[i + 1] - seam) / 360);
            if (k0 != k1) {
                start = i;
                crossing = seam + 360 * Math.max(k0, k1);
            }
        }
        double turn = Math.signum(winding) * 360;
        List<Coordinate> line = new ArrayList<>(n + 5);
        double t = (crossing - u[start]) / (u[start + 1] - u[start]);
        double latX = lat[start] + t * (lat[start + 1] - lat[start]);
        line.add(new Coordinate(crossing, latX));
        for (int j = 1; j <= n; j++) {
            int i = start + j;
            double x = i <= n ? u[i] : u[i - n] + turn;
            line.add(new Coordinate(x, lat[i <= n ? i : i - n]));
        }
        double end = crossing + turn;
        double poleLat = winding < 0 ? 90 : -90;
        line.add(new Coordinate(end, latX));
        line.add(new Coordinate(end, poleLat));
        line.add(new Coordinate(crossing, poleLat));
        line.add(new Coordinate(crossing, latX));
        return FACTORY.createPolygon(removeRepeated(line));
    }

    private static Coordinate[] removeRepeated(List<Coordinate> coords) {
        List<Coordinate> out = new ArrayList<>(coords.size());
        for (Coordinate c : coords) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
                out.add(c);
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    /** Cuts planar geometry into 360-degree windows and shifts each piece into the seam window. */
    private static Geometry fold(Geometry planar, double seam) {
        Envelope env = planar.getEnvelopeInternal();
        double west = seam - 360;
        if (env.getMinX() >= west && env.getMaxX() <= seam) {
            return planar;
        }
        int kMin = (int) Math.floor((env.getMinX() - west) / 360);
        int kMax = (int) Math.floor((env.getMaxX() - west) / 360);
        List<Geometry> pieces = new ArrayList<>();
        for (int k = kMin; k <= kMax; k++) {
            Geometry box = FACTORY.toGeometry(new Envelope(west + 360.0 * k, seam + 360.0 * k, -90, 90));
            Geometry piece = OverlayNGRobust.overlay(planar, box, OverlayNG.INTERSECTION);
            if (piece.isEmpty() || (planar.getDimension() == 2 && piece.getArea() == 0)) {
                continue;
            }
            if (k != 0) {
                piece = AffineTransformation.translationInstance(-360.0 * k, 0).transform(piece);
            }
            snapToWindow(piece, west, seam);
            pieces.add(piece);
        }
        if (pieces.isEmpty()) {
            return FACTORY.createEmpty(planar.getDimension());
        }
        Geometry collection = FACTORY.buildGeometry(pieces);
        return planar.getDimension() == 2 ? OverlayNGRobust.union(collection) : collection;
    }

    private static void snapToWindow(Geometry g, double west, double east) {
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            if (Math.abs(c.x - west) < SNAP_DEG) {
                c.x = west;
            } else if (Math.abs(c.x - east) < SNAP_DEG) {
                c.x = east;
            }
        });
        g.geometryChanged();
    }

    private static Geometry fixed(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }

    private static boolean sameLocation(GeoPoint a, GeoPoint b) {
        return a.latDeg() == b.latDeg() && shortStep(a.lonDeg() - b.lonDeg()) == 0;
    }

    /** The step in longitude taken the short way, in [-180, 180). */
    public static double shortStep(double deltaDeg) {
        return floorMod(deltaDeg + 180, 360) - 180;
    }

    private static double floorMod(double x, double m) {
        double r = x % m;
        return r < 0 ? r + m : r;
    }
}
