package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The true outline of an area cut for a flat map: its boundary without the edges the cut added.
 *
 * <p>A ring or band in lon/lat is cut at the antimeridian and, when it holds a pole, closed along
 * the map's top or bottom edge ({@link AntimeridianCutter}). Those edges bound the polygon but are
 * not part of the circle: stroked, they draw a rectangle along the frame of a world map (a ring that
 * holds the North Pole, such as an 11,000 km ring from Beijing). Painters fill the polygon and
 * stroke this outline.
 *
 * <h2>Algorithm</h2>
 * Every ring of every polygon is walked; a segment whose two ends both lie on the antimeridian
 * (|lon| = 180) or both on the same pole's parallel (|lat| = 90), within {@link #ON_CUT_DEG}, is
 * dropped, and the rest is kept as lines (a closed ring with no such segment stays one closed
 * line).
 *
 * <h2>Limitations</h2>
 * A true edge that runs exactly along the antimeridian (a geodesic circle cannot, except at a
 * single point) would be dropped too.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class CutOutline {

    /** How close to 180 degrees of longitude, or 90 of latitude, a vertex lies on a cut: well above rounding (1e-13). */
    static final double ON_CUT_DEG = 1e-7;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CutOutline() {
    }

    /**
     * The outline of an area as lines (lon/lat, x = lon, y = lat).
     *
     * @param area a Polygon or MultiPolygon in lon/lat, or null
     * @return a MultiLineString (possibly empty), or null when {@code area} is null
     */
    public static Geometry of(Geometry area) {
        if (area == null) {
            return null;
        }
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p) {
                split(p.getExteriorRing().getCoordinates(), out);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    split(p.getInteriorRingN(h).getCoordinates(), out);
                }
            }
        }
        return FACTORY.createMultiLineString(out.toArray(LineString[]::new));
    }

    private static void split(Coordinate[] ring, List<LineString> out) {
        int n = ring.length;
        if (n < 2) {
            return;
        }
        // Start just after a cut segment, so that a closed ring broken once comes out as one line.
        int start = 0;
        for (int i = 0; i < n - 1; i++) {
            if (onCut(ring[i], ring[i + 1])) {
                start = i + 1;
                break;
            }
        }
        List<Coordinate> current = new ArrayList<>();
        for (int k = 0; k < n - 1; k++) {
            int i = (start + k) % (n - 1);
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            if (onCut(a, b)) {
                flush(current, out);
                continue;
            }
            if (current.isEmpty()) {
                current.add(a);
            }
            current.add(b);
        }
        flush(current, out);
    }

    private static void flush(List<Coordinate> line, List<LineString> out) {
        if (line.size() >= 2) {
            out.add(FACTORY.createLineString(line.toArray(Coordinate[]::new)));
        }
        line.clear();
    }

    private static boolean onCut(Coordinate a, Coordinate b) {
        boolean meridian = Math.abs(Math.abs(a.x) - 180) < ON_CUT_DEG && Math.abs(Math.abs(b.x) - 180) < ON_CUT_DEG
                && Math.signum(a.x) == Math.signum(b.x);
        boolean pole = Math.abs(Math.abs(a.y) - 90) < ON_CUT_DEG && Math.abs(a.y - b.y) < ON_CUT_DEG;
        return meridian || pole;
    }
}
