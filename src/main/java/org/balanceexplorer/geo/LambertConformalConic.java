package org.balanceexplorer.geo;

import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.opengis.referencing.operation.MathTransform;

/**
 * Lambert conformal conic with two standard parallels on the WGS 84 ellipsoid (EPSG method 9802,
 * "Lambert_Conformal_Conic_2SP"), computed by Apache SIS, set up for South Asia.
 *
 * <h2>Parameters chosen for South Asia</h2>
 * Standard parallels {@value #SOUTH_ASIA_PARALLEL_1_DEG} N and {@value #SOUTH_ASIA_PARALLEL_2_DEG} N
 * enclose the region from Sri Lanka's north and the Deccan to Kashmir and Tibet, so that the scale
 * error over India and Pakistan stays within about 1.5%; central meridian
 * {@value #SOUTH_ASIA_CENTRAL_MERIDIAN_DEG} E runs through the middle of India; latitude of origin
 * {@value #SOUTH_ASIA_ORIGIN_LAT_DEG} N puts the projected origin near the region's centre, so
 * projected coordinates stay small there. No false easting or northing.
 *
 * <h2>Algorithm</h2>
 * {@link #project(Geometry)}: re-frame at the seam (central meridian + 180) with
 * {@link AntimeridianCutter#reframe}, clip to the band {@value #MIN_LAT_DEG} to
 * {@value #MAX_LAT_DEG} degrees latitude in lon/lat, densify to 1-degree edges
 * ({@link ProjectedGeometry#MAX_STEP_DEG}: parallels are arcs of circles here), then apply SIS.
 * The band keeps the map bounded: the cone's apex is the North Pole and southern latitudes grow
 * without bound, and a world-wide conic is of no use for a regional view.
 *
 * <h2>Accuracy</h2>
 * SIS's formulas; round trips agree to better than 1e-9 degrees inside the band.
 *
 * <h2>Limitations</h2>
 * Only the latitude band is shown: {@link #project(double, double)} returns {@code null} outside
 * it and {@link #inverse} returns {@code null} for points that fall outside it.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe.
 */
public final class LambertConformalConic implements Projection {

    public static final double SOUTH_ASIA_PARALLEL_1_DEG = 15;
    public static final double SOUTH_ASIA_PARALLEL_2_DEG = 35;
    public static final double SOUTH_ASIA_CENTRAL_MERIDIAN_DEG = 80;
    public static final double SOUTH_ASIA_ORIGIN_LAT_DEG = 25;

    /** Southern edge of the map, degrees: south of Sri Lanka and the Maldives with room to spare. */
    public static final double MIN_LAT_DEG = -10;

    /** Northern edge of the map, degrees: the apex (the pole) is not drawable. */
    public static final double MAX_LAT_DEG = 80;

    /** An inverse whose re-projection misses (x, y) by more than this is outside the map, metres. */
    private static final double INVERSE_CHECK_METERS = 1e-3;

    private final double centralMeridianDeg;
    /** The defining parameters (central meridian, origin latitude, standard parallels), for equality. */
    private final java.util.List<Double> parameters;
    private final MathTransform forward;
    private final MathTransform inverse;
    private final Polygon band;
    private final Envelope worldBounds;

    /** The projection for South Asia (see the class documentation). */
    public static LambertConformalConic southAsia() {
        return new LambertConformalConic(SOUTH_ASIA_CENTRAL_MERIDIAN_DEG, SOUTH_ASIA_ORIGIN_LAT_DEG,
                SOUTH_ASIA_PARALLEL_1_DEG, SOUTH_ASIA_PARALLEL_2_DEG);
    }

    /**
     * @param centralMeridianDeg central meridian, degrees, finite; wrapped into [-180, 180)
     * @param originLatDeg       latitude of the projected origin, degrees, in [0, 80)
     * @param parallel1Deg       first standard parallel, degrees, in (0, 80)
     * @param parallel2Deg       second standard parallel, degrees, in (0, 80), not below the first
     * @throws IllegalArgumentException if an argument is out of range
     */
    public LambertConformalConic(double centralMeridianDeg, double originLatDeg, double parallel1Deg, double parallel2Deg) {
        if (!Double.isFinite(centralMeridianDeg)) {
            throw new IllegalArgumentException("centralMeridianDeg must be finite, was " + centralMeridianDeg);
        }
        if (!(originLatDeg >= 0 && originLatDeg < MAX_LAT_DEG)) {
            throw new IllegalArgumentException("originLatDeg must be in [0, 80), was " + originLatDeg);
        }
        if (!(parallel1Deg > 0 && parallel1Deg < MAX_LAT_DEG && parallel2Deg >= parallel1Deg && parallel2Deg < MAX_LAT_DEG)) {
            throw new IllegalArgumentException("standard parallels must satisfy 0 < p1 <= p2 < 80, were "
                    + parallel1Deg + ", " + parallel2Deg);
        }
        this.centralMeridianDeg = AntimeridianCutter.shortStep(centralMeridianDeg);
        this.parameters = java.util.List.of(this.centralMeridianDeg, originLatDeg, parallel1Deg, parallel2Deg);
        this.forward = SisTransforms.create("Lambert_Conformal_Conic_2SP", Map.of(
                "central_meridian", this.centralMeridianDeg,
                "latitude_of_origin", originLatDeg,
                "standard_parallel_1", parallel1Deg,
                "standard_parallel_2", parallel2Deg));
        this.inverse = SisTransforms.inverse(forward);
        this.band = (Polygon) Coordinates.FACTORY.toGeometry(
                new Envelope(seamLonDeg() - 360, seamLonDeg(), MIN_LAT_DEG, MAX_LAT_DEG));
        this.worldBounds = project(band).getEnvelopeInternal();
    }

    @Override
    public String name() {
        return "Lambert conformal conic";
    }

    @Override
    public double centralMeridianDeg() {
        return centralMeridianDeg;
    }

    /** {@inheritDoc} {@code null} outside the latitude band. */
    @Override
    public Coordinate project(double lonDeg, double latDeg) {
        Projections.requireLonLat(lonDeg, latDeg);
        if (latDeg < MIN_LAT_DEG || latDeg > MAX_LAT_DEG) {
            return null;
        }
        double[] xy = new double[2];
        SisTransforms.applyFramed(forward, centralMeridianDeg, lonDeg, latDeg, xy);
        return new Coordinate(xy[0], xy[1]);
    }

    /** {@inheritDoc} {@code null} for points outside the band, including the seam's wedge. */
    @Override
    public Coordinate inverse(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        double[] lonLat = new double[2];
        SisTransforms.apply(inverse, x, y, lonLat);
        if (!(lonLat[1] >= MIN_LAT_DEG && lonLat[1] <= MAX_LAT_DEG)) {
            return null;
        }
        // A position in the seam's wedge inverts to some longitude whose image is elsewhere.
        double[] again = new double[2];
        SisTransforms.applyFramed(forward, centralMeridianDeg, lonLat[0], lonLat[1], again);
        if (!(Math.hypot(again[0] - x, again[1] - y) <= INVERSE_CHECK_METERS)) {
            return null;
        }
        return new Coordinate(AntimeridianCutter.shortStep(lonLat[0]), lonLat[1]);
    }

    @Override
    public Envelope worldBounds() {
        return new Envelope(worldBounds);
    }

    @Override
    public Geometry project(Geometry lonLat) {
        return SisTransforms.projectBand(lonLat, seamLonDeg(), band, forward, centralMeridianDeg);
    }

    @Override
    public String toString() {
        return "LambertConformalConic[centralMeridianDeg=" + centralMeridianDeg + "]";
    }

    /** Two conics are equal when their defining parameters are (the map keeps projected basemaps by projection). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LambertConformalConic other && other.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }
}
