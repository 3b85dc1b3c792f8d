package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The azimuthal equidistant projection about a centre on the WGS 84 ellipsoid, exact: every point
 * is placed at its true geodesic distance and initial azimuth from the centre, so range rings about
 * the centre are true circles.
 *
 * <h2>Algorithm</h2>
 * A point P is placed by the inverse geodesic problem from the centre ({@link Geodesy#inverse}):
 * distance d, initial azimuth a, then x = d sin a, y = d cos a. The inverse is the direct problem
 * ({@link Geodesy#direct}) at azimuth atan2(x, y) and distance hypot(x, y). SIS's
 * {@code createProjectionAroundStart()} was not used: it is EPSG's "Modified Azimuthal
 * Equidistant" approximation, 222 m off sideways at 2,750 km and 1.5 km at 5,000 km.
 * <p>
 * <b>The seam is the antipode</b>, which maps to the whole rim of the disc. {@link #project(Geometry)}
 * cuts away, in geographic space, a small geodesic disc of radius {@value #ANTIPODE_GAP_METERS} m
 * around the antipode (a {@link RangeRing}, cut at the antimeridian or capped at a pole as needed)
 * before projecting; on the map this removes a rim band {@value #ANTIPODE_GAP_METERS} m wide,
 * 0.5% of the disc's radius. On the ellipsoid the projection is discontinuous not just at the
 * antipode but along the centre's cut locus, a segment of the parallel -lat0 centred on the
 * antipode with a half-length of about 180 f cos(lat0) degrees of longitude (at most 0.6 degrees,
 * 67 km, for an equatorial centre; found here when a 50 km disc still let a ring smear): the disc
 * is sized to hold all of it. A disc was preferred to a cut along the meridian through the antipode
 * because the projection is continuous everywhere else: a meridian cut would put a visible seam
 * inside every ring larger than the distance to a pole. Then:
 * <ul>
 *   <li>the geometry is densified to 1-degree lon/lat edges ({@link ProjectedGeometry#MAX_STEP_DEG}),
 *       and an edge whose projected chord is still longer than {@value #MAX_CHORD_METERS} m is
 *       bisected in lon/lat (near the antipode the scale across the radius grows without bound);</li>
 *   <li>a polygon that contained the antipode now has a hole around it, whose image encloses the
 *       image of its shell: such polygons are rebuilt by the even-odd rule from their projected
 *       rings ({@link ProjectedGeometry#evenOdd});</li>
 *   <li>pieces cut at the antimeridian or along a pole edge in lon/lat meet again in the plane
 *       and are merged (longitude -180 is mapped as +180, and a pole as one point, so that shared
 *       edges have identical coordinates).</li>
 * </ul>
 *
 * <h2>Accuracy</h2>
 * Distances and azimuths from the centre are those of {@link Geodesy} (within 1 mm of
 * GeographicLib), so radial positions are exact to a millimetre. Round trips are within 1e-9
 * degrees except within a few kilometres of the antipode, where the inverse geodesic is
 * ill-conditioned.
 *
 * <h2>Limitations</h2>
 * About 10 microseconds a vertex (an inverse geodesic each): projecting the whole 1:50m basemap
 * takes on the order of a second; do it off the UI thread. Geometry within
 * {@value #ANTIPODE_GAP_METERS} m of the antipode is not drawn (single points still project).
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe ({@link Geodesy} keeps one calculator per thread).
 */
public final class AzimuthalEquidistant implements Projection {

    /** Radius of the disc around the antipode cut from geometry before projecting, metres (see Algorithm). */
    public static final double ANTIPODE_GAP_METERS = 100_000;

    /** Projected chords longer than this are bisected in lon/lat, metres (about 2.2 degrees of arc). */
    static final double MAX_CHORD_METERS = 250_000;

    /** Chord tolerance of the antipode disc's ring, metres. */
    private static final double GAP_RING_TOLERANCE_METERS = 100;

    private final GeoPoint centre;
    private final Geometry gap;
    private final PreparedGeometry preparedGap;

    /**
     * @param centre the centre of the projection (the launch point), degrees
     */
    public AzimuthalEquidistant(GeoPoint centre) {
        this.centre = Objects.requireNonNull(centre, "centre");
        this.gap = RangeRing.of(Geodesy.antipode(centre), ANTIPODE_GAP_METERS, GAP_RING_TOLERANCE_METERS).geographic();
        this.preparedGap = PreparedGeometryFactory.prepare(gap);
    }

    @Override
    public String name() {
        return "Azimuthal equidistant";
    }

    /** The centre's longitude; the seam is not a meridian here but the antipode (see Algorithm). */
    @Override
    public double centralMeridianDeg() {
        return AntimeridianCutter.shortStep(centre.lonDeg());
    }

    public GeoPoint centre() {
        return centre;
    }

    @Override
    public Coordinate project(double lonDeg, double latDeg) {
        Projections.requireLonLat(lonDeg, latDeg);
        double[] xy = new double[2];
        forward(lonDeg, latDeg, xy);
        return new Coordinate(xy[0], xy[1]);
    }

    /** {@inheritDoc} {@code null} outside the disc of radius {@link Geodesy#ANTIPODAL_DISTANCE_METERS}. */
    @Override
    public Coordinate inverse(double x, double y) {
        double d = Math.hypot(x, y);
        if (!(d <= Geodesy.ANTIPODAL_DISTANCE_METERS)) {
            return null;
        }
        GeoPoint p = Geodesy.direct(centre, Math.toDegrees(Math.atan2(x, y)), d);
        return Coordinates.toCoordinate(p);
    }

    /** The disc of radius {@link Geodesy#ANTIPODAL_DISTANCE_METERS}, bounded by its square. */
    @Override
    public Envelope worldBounds() {
        double r = Geodesy.ANTIPODAL_DISTANCE_METERS;
        return new Envelope(-r, r, -r, r);
    }

    @Override
    public Geometry project(Geometry lonLat) {
        Objects.requireNonNull(lonLat, "lonLat");
        if (lonLat.isEmpty()) {
            return lonLat.copy();
        }
        boolean aroundAntipode = preparedGap.intersects(lonLat);
        Geometry cut = lonLat;
        if (aroundAntipode) {
            cut = ProjectedGeometry.keepDimension(OverlayNGRobust.overlay(lonLat, gap, OverlayNG.DIFFERENCE), lonLat.getDimension());
        }
        Geometry projected = ProjectedGeometry.map(ProjectedGeometry.densify(cut), this::forward, MAX_CHORD_METERS);
        if (projected.isEmpty() || projected.getDimension() < 2) {
            return projected;
        }
        if (aroundAntipode) {
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                parts.add(ProjectedGeometry.evenOdd((Polygon) projected.getGeometryN(i)));
            }
            projected = Coordinates.FACTORY.buildGeometry(parts);
            return ProjectedGeometry.tidy(projected, true);
        }
        return ProjectedGeometry.tidy(projected, ProjectedGeometry.touchesSeamOrPole(cut, AntimeridianCutter.DEFAULT_SEAM_DEG));
    }

    private void forward(double lonDeg, double latDeg, double[] out) {
        double lon = lonDeg;
        if (lon < -180 || lon > 180) {
            lon = AntimeridianCutter.shortStep(lon);
        }
        if (lon == -180 || Math.abs(latDeg) == 90) {
            lon = Math.abs(latDeg) == 90 ? 0 : 180;      // one set of bits per point of the globe
        }
        Geodesic g = Geodesy.inverse(centre, new GeoPoint(latDeg, lon));
        double a = Math.toRadians(g.initialBearingDeg());
        out[0] = g.distanceMeters() * Math.sin(a);
        out[1] = g.distanceMeters() * Math.cos(a);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AzimuthalEquidistant p && p.centre.equals(centre);
    }

    @Override
    public int hashCode() {
        return centre.hashCode();
    }

    @Override
    public String toString() {
        return "AzimuthalEquidistant[centre=" + centre + "]";
    }
}
