package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The orthographic projection: the globe as seen from infinitely far away above a centre point,
 * on a sphere of radius {@link Projection#EARTH_RADIUS_METERS}. Only the near hemisphere is drawn.
 *
 * <h2>Algorithm</h2>
 * Closed-form spherical formulas (Snyder, Map Projections: A Working Manual, eqs. 20-3, 20-4, and
 * 20-14 to 20-19 for the inverse), with c the angular distance from the centre:
 * x = R cos(lat) sin(lon - lon0), y = R (cos(lat0) sin(lat) - sin(lat0) cos(lat) cos(lon - lon0)),
 * visible iff cos c = sin(lat0) sin(lat) + cos(lat0) cos(lat) cos(lon - lon0) &gt;= 0. SIS has the
 * same projection (and a test compares the two), but it returns NaN beyond the horizon, and the
 * clipping below needs the visibility test and the formulas to agree exactly at the horizon.
 * <p>
 * {@link #project(Geometry)} clips in geographic space, before projecting: the visible hemisphere
 * is built as a lon/lat polygon in the window [lon0 - 180, lon0 + 180]. For lat0 &gt; 0 it is the
 * region above the horizon curve lat = atan(-cos(lon - lon0) / tan(lat0)) (closed along lat 90,
 * the visible North Pole); for lat0 &lt; 0 the region below it (closed along lat -90); for
 * lat0 = 0 the band |lon - lon0| &lt;= 90. The curve is sampled adaptively in longitude until the
 * straight lon/lat chord is within {@value #HORIZON_TOLERANCE_DEG} degrees of latitude of the
 * curve. The geometry is re-framed at lon0 + 180, intersected with that polygon (JTS, planar in
 * lon/lat, where all edges of this package are straight), densified to 1-degree edges and
 * projected. Polygons straddling the horizon are thereby closed along the horizon, which projects
 * onto the rim of the disc, never by chords across it. Pieces cut at lon0 + 180 that are visible
 * near a pole meet again after projection and are merged.
 *
 * <h2>Accuracy</h2>
 * Formulas exact on the sphere; round trips within 1e-9 degrees away from the rim (the inverse
 * is ill-conditioned at the rim itself, where a metre on the map is kilometres on the ground).
 * Clipped outlines follow the horizon within about 11 m of latitude.
 *
 * <h2>Limitations</h2>
 * Spherical, not ellipsoidal: a globe view, not for measuring. {@link #project(double, double)}
 * returns {@code null} for far-side points and {@link #inverse} returns {@code null} outside the
 * disc of radius R.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe.
 */
public final class Orthographic implements Projection {

    /** Largest latitude gap between the sampled horizon chord and the true horizon, degrees (about 11 m). */
    static final double HORIZON_TOLERANCE_DEG = 1e-4;

    /** Centres closer than this to the equator use the exact band for the visible hemisphere, degrees. */
    private static final double EQUATORIAL_DEG = 1e-9;

    /**
     * Vertices this far inside the horizon, with lon/lat edges shorter than this in both lon and
     * lat, cannot reach the far side, degrees: every point of such an edge is within 1.42 degrees
     * of arc of one of its ends (half the diagonal of a 2 x 2 degree cell), which is inside the
     * horizon by 2 degrees.
     */
    private static final double SAFE_MARGIN_DEG = 2;

    private static final int HORIZON_INITIAL_STEPS = 360;
    /** Longitudes this close to the seam are taken to be on it. */
    private static final double SEAM_SNAP_DEG = 1e-9;
    private static final int HORIZON_MAX_DEPTH = 24;

    private final double lat0Deg;
    private final double lon0Deg;
    private final double sinLat0;
    private final double cosLat0;
    private final Polygon visible;
    private final PreparedGeometry preparedVisible;

    /**
     * @param centre the point seen at the middle of the disc (degrees)
     */
    public Orthographic(GeoPoint centre) {
        Objects.requireNonNull(centre, "centre");
        this.lat0Deg = centre.latDeg();
        this.lon0Deg = AntimeridianCutter.shortStep(centre.lonDeg());
        this.sinLat0 = Math.sin(Math.toRadians(lat0Deg));
        this.cosLat0 = Math.cos(Math.toRadians(lat0Deg));
        this.visible = buildVisibleHemisphere();
        this.preparedVisible = PreparedGeometryFactory.prepare(visible);
    }

    @Override
    public String name() {
        return "Orthographic";
    }

    @Override
    public double centralMeridianDeg() {
        return lon0Deg;
    }

    /** The centre of the disc. */
    public GeoPoint centre() {
        return new GeoPoint(lat0Deg, lon0Deg);
    }

    /** The visible hemisphere as a lon/lat polygon in [lon0 - 180, lon0 + 180] (see Algorithm). Do not modify. */
    Polygon visibleHemisphere() {
        return visible;
    }

    /** {@inheritDoc} {@code null} on the far side (cos c &lt; 0). */
    @Override
    public Coordinate project(double lonDeg, double latDeg) {
        Projections.requireLonLat(lonDeg, latDeg);
        if (cosC(lonDeg, latDeg) < 0) {
            return null;
        }
        double[] xy = new double[2];
        forward(lonDeg, latDeg, xy);
        return new Coordinate(xy[0], xy[1]);
    }

    /** {@inheritDoc} {@code null} outside the disc of radius R. */
    @Override
    public Coordinate inverse(double x, double y) {
        double rho = Math.hypot(x, y);
        if (!(rho <= EARTH_RADIUS_METERS)) {
            return null;
        }
        if (rho == 0) {
            return new Coordinate(lon0Deg, lat0Deg);
        }
        double sinC = rho / EARTH_RADIUS_METERS;
        double cosC = Math.sqrt(Math.max(0, 1 - sinC * sinC));
        double lat = Math.asin(Math.max(-1, Math.min(1, cosC * sinLat0 + y * sinC * cosLat0 / rho)));
        double lon = Math.toRadians(lon0Deg) + Math.atan2(x * sinC, rho * cosLat0 * cosC - y * sinLat0 * sinC);
        return new Coordinate(AntimeridianCutter.shortStep(Math.toDegrees(lon)), Math.toDegrees(lat));
    }

    @Override
    public Envelope worldBounds() {
        return new Envelope(-EARTH_RADIUS_METERS, EARTH_RADIUS_METERS, -EARTH_RADIUS_METERS, EARTH_RADIUS_METERS);
    }

    @Override
    public Geometry project(Geometry lonLat) {
        Objects.requireNonNull(lonLat, "lonLat");
        double seam = seamLonDeg();
        Geometry framed = ProjectedGeometry.framed(lonLat, seam);
        if (framed.isEmpty()) {
            return framed.copy();
        }
        framed = nearSide(framed, lonLat.getDimension());
        if (framed.isEmpty()) {
            return framed;
        }
        if (framed.getDimension() == 2 && framed.getNumGeometries() > 1) {
            // Only pieces at the seam or a pole can share edges once projected (the two halves of a
            // shape cut at the seam meet again on the globe) and need merging; the others (Canada's
            // islands, say) are projected as they are, which spares a union of every piece.
            List<Geometry> atSeam = new ArrayList<>();
            List<Geometry> elsewhere = new ArrayList<>();
            for (int i = 0; i < framed.getNumGeometries(); i++) {
                Geometry part = framed.getGeometryN(i);
                (ProjectedGeometry.touchesSeamOrPole(part, seam) ? atSeam : elsewhere).add(part);
            }
            if (!atSeam.isEmpty() && !elsewhere.isEmpty()) {
                List<Geometry> pieces = new ArrayList<>();
                addPolygons(pieces, projectPieces(Coordinates.FACTORY.buildGeometry(atSeam), true));
                addPolygons(pieces, projectPieces(Coordinates.FACTORY.buildGeometry(elsewhere), false));
                return Coordinates.FACTORY.buildGeometry(pieces);
            }
        }
        return projectPieces(framed, ProjectedGeometry.touchesSeamOrPole(framed, seam));
    }

    private Geometry projectPieces(Geometry nearLonLat, boolean merge) {
        Geometry projected = ProjectedGeometry.map(ProjectedGeometry.densify(nearLonLat), this::forward, Double.POSITIVE_INFINITY);
        return ProjectedGeometry.tidy(projected, merge);
    }

    private static void addPolygons(List<Geometry> into, Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                into.add(p);
            }
        }
    }

    /**
     * A fast sufficient test for "wholly on the near side": every vertex is more than
     * {@value #SAFE_MARGIN_DEG} degrees inside the horizon, every edge is shorter than that in both
     * lon and lat (so it cannot dip behind the horizon), and a polygon does not hold the antipode
     * (a polygon whose boundary is all visible holds either all of the far side or none of it).
     */
    private boolean surelyVisible(Geometry framed) {
        double minCos = Math.sin(Math.toRadians(SAFE_MARGIN_DEG));
        if (!shortEdgesAndEveryVertex(framed, cos -> cos > minCos)) {
            return false;
        }
        if (framed.getDimension() < 2) {
            return true;
        }
        double antipodeLon = lon0Deg + 180;
        return !framed.intersects(Coordinates.FACTORY.createPoint(new Coordinate(antipodeLon, -lat0Deg)))
                && !framed.intersects(Coordinates.FACTORY.createPoint(new Coordinate(antipodeLon - 360, -lat0Deg)));
    }

    /**
     * The part of lon/lat geometry on the near side of the horizon. Each part of a multi-part shape
     * is classified on its own (Canada's Arctic islands are each wholly in front or behind), and only
     * parts that cross the horizon are intersected with the visible hemisphere. The parts of a valid
     * multi-part shape do not overlap, so neither do the pieces kept.
     */
    private Geometry nearSide(Geometry framed, int dimension) {
        List<Geometry> kept = new ArrayList<>(framed.getNumGeometries());
        boolean changed = false;
        for (int i = 0; i < framed.getNumGeometries(); i++) {
            Geometry part = framed.getGeometryN(i);
            if (surelyHidden(part)) {
                changed = true;
            } else if (surelyVisible(part) || preparedVisible.covers(part)) {
                kept.add(part);
            } else if (part instanceof LineString line) {
                kept.addAll(nearRuns(line));
                changed = true;
            } else {
                Geometry cut = ProjectedGeometry.keepDimension(
                        OverlayNGRobust.overlay(part, visible, OverlayNG.INTERSECTION), dimension);
                for (int k = 0; k < cut.getNumGeometries(); k++) {
                    if (!cut.getGeometryN(k).isEmpty()) {
                        kept.add(cut.getGeometryN(k));
                    }
                }
                changed = true;
            }
        }
        if (!changed) {
            return framed;
        }
        return kept.isEmpty() ? Coordinates.FACTORY.createEmpty(dimension) : Coordinates.FACTORY.buildGeometry(kept);
    }

    /**
     * The runs of a line on the near side: the line densified to a degree a step, cut where a step
     * crosses the horizon, at the crossing found by bisection along the step (to 1e-9 of it). No
     * overlay with the hemisphere polygon, whose 2,000-odd vertices made each graticule line cost
     * a millisecond or more.
     */
    private List<LineString> nearRuns(LineString line) {
        Coordinate[] cs = ProjectedGeometry.densify(line).getCoordinates();
        List<LineString> runs = new ArrayList<>();
        List<Coordinate> run = new ArrayList<>();
        boolean previousIn = false;
        for (int i = 0; i < cs.length; i++) {
            boolean in = cosC(cs[i].x, cs[i].y) >= 0;
            if (i > 0 && in != previousIn) {
                Coordinate crossing = horizonCrossing(previousIn ? cs[i - 1] : cs[i], previousIn ? cs[i] : cs[i - 1]);
                run.add(crossing);
                if (previousIn) {
                    addRun(runs, run);
                    run = new ArrayList<>();
                }
            }
            if (in) {
                run.add(cs[i]);
            }
            previousIn = in;
        }
        addRun(runs, run);
        return runs;
    }

    private static void addRun(List<LineString> runs, List<Coordinate> run) {
        if (run.size() >= 2) {
            runs.add(Coordinates.FACTORY.createLineString(run.toArray(new Coordinate[0])));
        }
    }

    /** The last point on the near side along the straight lon/lat step from a point in front to one behind. */
    private Coordinate horizonCrossing(Coordinate front, Coordinate behind) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 30; i++) {
            double mid = (lo + hi) / 2;
            if (cosC(front.x + mid * (behind.x - front.x), front.y + mid * (behind.y - front.y)) >= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Coordinate(front.x + lo * (behind.x - front.x), front.y + lo * (behind.y - front.y));
    }

    /**
     * A fast sufficient test for "wholly on the far side", the mirror of {@link #surelyVisible}:
     * every vertex more than {@value #SAFE_MARGIN_DEG} degrees beyond the horizon, every edge
     * shorter than that, and a polygon does not hold the centre of the disc. About half the world's
     * countries are behind any globe: they skip the intersection with the visible hemisphere.
     */
    private boolean surelyHidden(Geometry framed) {
        double maxCos = -Math.sin(Math.toRadians(SAFE_MARGIN_DEG));
        return shortEdgesAndEveryVertex(framed, cos -> cos < maxCos)
                && (framed.getDimension() < 2
                        || !framed.intersects(Coordinates.FACTORY.createPoint(new Coordinate(lon0Deg, lat0Deg))));
    }

    /**
     * Whether every vertex's cos c passes the test and every edge is shorter than
     * {@value #SAFE_MARGIN_DEG} degrees in lon and lat (so that no edge can stray to the other side
     * of the horizon between its vertices).
     */
    private boolean shortEdgesAndEveryVertex(Geometry g, java.util.function.DoublePredicate cosTest) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] cs = g.getGeometryN(i).getCoordinates();
            for (int k = 0; k < cs.length; k++) {
                if (!cosTest.test(cosC(cs[k].x, cs[k].y))) {
                    return false;
                }
                if (k > 0 && (Math.abs(cs[k].x - cs[k - 1].x) >= SAFE_MARGIN_DEG
                        || Math.abs(cs[k].y - cs[k - 1].y) >= SAFE_MARGIN_DEG)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** cos of the angular distance from the centre. */
    double cosC(double lonDeg, double latDeg) {
        double lat = Math.toRadians(latDeg);
        return sinLat0 * Math.sin(lat) + cosLat0 * Math.cos(lat) * Math.cos(Math.toRadians(lonDeg - lon0Deg));
    }

    /** The formulas without the visibility test (points just past the horizon land just inside the rim). */
    private void forward(double lonDeg, double latDeg, double[] out) {
        double relative = lonDeg - lon0Deg;
        if (relative <= -180 || relative > 180) {
            relative = AntimeridianCutter.shortStep(relative);
        }
        if (Math.abs(Math.abs(relative) - 180) < SEAM_SNAP_DEG) {
            // Both sides of the seam give the same bits. Rounding in lon - lon0 leaves the two
            // sides a few 1e-14 degrees either side of 180, which became two edges a few
            // nanometres apart: a sliver that the map stroked as a line from the pole along the
            // seam meridian, where a ring or band holding the pole was cut.
            relative = 180;
        }
        double lat = Math.toRadians(latDeg);
        double dLon = Math.toRadians(relative);
        double cosLat = Math.abs(latDeg) == 90 ? 0 : Math.cos(lat);
        // On the seam meridian exactly: sin(pi) in floating point is 1.2e-16, not 0, which put the
        // seam's points on a curve nanometres wide instead of on the line x = 0.
        double sinDLon = relative == 180 ? 0 : Math.sin(dLon);
        double cosDLon = relative == 180 ? -1 : Math.cos(dLon);
        out[0] = EARTH_RADIUS_METERS * cosLat * sinDLon;
        out[1] = EARTH_RADIUS_METERS * (cosLat0 * Math.sin(lat) - sinLat0 * cosLat * cosDLon);
    }

    private Polygon buildVisibleHemisphere() {
        double west = lon0Deg - 180;
        double east = lon0Deg + 180;
        if (Math.abs(lat0Deg) < EQUATORIAL_DEG) {
            return (Polygon) Coordinates.FACTORY.toGeometry(new Envelope(lon0Deg - 90, lon0Deg + 90, -90, 90));
        }
        List<Coordinate> curve = new ArrayList<>();
        double step = 360.0 / HORIZON_INITIAL_STEPS;
        for (int i = 0; i < HORIZON_INITIAL_STEPS; i++) {
            double a = west + i * step;
            double b = west + (i + 1) * step;
            curve.add(new Coordinate(a, horizonLat(a)));
            refineHorizon(a, horizonLat(a), b, horizonLat(b), 0, curve);
        }
        curve.add(new Coordinate(east, horizonLat(east)));
        double pole = lat0Deg > 0 ? 90 : -90;
        List<Coordinate> ring = new ArrayList<>(curve.size() + 3);
        ring.addAll(curve);
        ring.add(new Coordinate(east, pole));
        ring.add(new Coordinate(west, pole));
        ring.add(curve.get(0).copy());
        Polygon p = Coordinates.FACTORY.createPolygon(ring.toArray(Coordinate[]::new));
        return p.isValid() ? p : (Polygon) GeometryFixer.fix(p);
    }

    private void refineHorizon(double a, double latA, double b, double latB, int depth, List<Coordinate> out) {
        double m = (a + b) / 2;
        double latM = horizonLat(m);
        if (depth >= HORIZON_MAX_DEPTH || Math.abs(latM - (latA + latB) / 2) <= HORIZON_TOLERANCE_DEG) {
            return;
        }
        refineHorizon(a, latA, m, latM, depth + 1, out);
        out.add(new Coordinate(m, latM));
        refineHorizon(m, latM, b, latB, depth + 1, out);
    }

    /** Latitude of the horizon at a longitude, degrees (lat0 != 0). */
    private double horizonLat(double lonDeg) {
        return Math.toDegrees(Math.atan(-Math.cos(Math.toRadians(lonDeg - lon0Deg)) * cosLat0 / sinLat0));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Orthographic p && p.lat0Deg == lat0Deg && p.lon0Deg == lon0Deg;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lat0Deg) * 31 + Double.hashCode(lon0Deg);
    }

    @Override
    public String toString() {
        return "Orthographic[centre=" + centre() + "]";
    }
}
