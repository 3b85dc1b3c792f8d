package org.balanceexplorer.geo;

import java.util.Map;
import java.util.Objects;
import org.apache.sis.referencing.operation.transform.DefaultMathTransformFactory;
import org.locationtech.jts.geom.Geometry;
import org.opengis.parameter.ParameterValueGroup;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * Builds Apache SIS map projections on the WGS 84 ellipsoid without the EPSG database, and applies
 * them to single points.
 *
 * <h2>Algorithm</h2>
 * {@link DefaultMathTransformFactory#provider()} with the OGC method name and parameters; SIS's
 * normalised transforms take (longitude, latitude) in degrees and give (easting, northing) in
 * metres, so no axis swap happens here.
 *
 * <h2>Thread safety</h2>
 * SIS math transforms are immutable and thread-safe; so is this class.
 */
final class SisTransforms {

    /** WGS 84 semi-minor axis, metres (a (1 - f), f = 1 / 298.257223563). */
    static final double WGS84_SEMI_MINOR_METERS = 6_356_752.314_245_179;

    private SisTransforms() {
    }

    /**
     * @param method     OGC method name, e.g. "Mercator_1SP"
     * @param parameters OGC or EPSG parameter names to values (degrees for angles)
     * @throws GeodesyException if SIS cannot build the projection
     */
    static MathTransform create(String method, Map<String, Double> parameters) {
        try {
            DefaultMathTransformFactory factory = DefaultMathTransformFactory.provider();
            ParameterValueGroup p = factory.getDefaultParameters(method);
            p.parameter("semi_major").setValue(Projection.EARTH_RADIUS_METERS);
            p.parameter("semi_minor").setValue(WGS84_SEMI_MINOR_METERS);
            parameters.forEach((name, value) -> p.parameter(name).setValue(value.doubleValue()));
            return factory.createParameterizedTransform(p);
        } catch (FactoryException | RuntimeException e) {
            throw new GeodesyException("Could not set up the " + method + " map projection.", e);
        }
    }

    /** The inverse of a transform built by {@link #create}. */
    static MathTransform inverse(MathTransform forward) {
        try {
            return forward.inverse();
        } catch (org.opengis.referencing.operation.NoninvertibleTransformException e) {
            throw new GeodesyException("The map projection cannot be inverted.", e);
        }
    }

    /**
     * SIS wraps a longitude exactly 180 degrees west of the central meridian to 180 east, which
     * would move the western edge of a map onto its eastern edge; such longitudes are moved this
     * far east (degrees, about 0.1 mm).
     */
    static final double WEST_EDGE_NUDGE_DEG = 1e-9;

    /**
     * Applies a forward map projection to a longitude framed around the central meridian: the
     * longitude is taken in [cm - 180, cm + 180] (wrapped the short way if outside), with the
     * western edge kept west (see {@link #WEST_EDGE_NUDGE_DEG}).
     */
    static void applyFramed(MathTransform forward, double centralMeridianDeg, double lonDeg, double latDeg, double[] out) {
        double relative = lonDeg - centralMeridianDeg;
        if (relative < -180 || relative > 180) {
            relative = AntimeridianCutter.shortStep(relative);
        }
        if (relative <= -180) {
            relative = -180 + WEST_EDGE_NUDGE_DEG;
        }
        apply(forward, centralMeridianDeg + relative, latDeg, out);
    }

    /** Applies a 2-D transform to one point; NaN ordinates when SIS cannot. */
    static void apply(MathTransform t, double a, double b, double[] out) {
        out[0] = a;
        out[1] = b;
        try {
            t.transform(out, 0, out, 0, 1);
        } catch (TransformException e) {
            out[0] = Double.NaN;
            out[1] = Double.NaN;
        }
    }

    /**
     * Projects lon/lat geometry with a SIS transform whose map shows a band of latitudes: framed at
     * the seam, clipped to the band, densified, mapped, tidied (see {@link ProjectedGeometry}).
     * Shared by the Mercator and Lambert conic projections.
     */
    static Geometry projectBand(Geometry lonLat, double seamLonDeg, Geometry band, MathTransform forward,
                                double centralMeridianDeg) {
        Objects.requireNonNull(lonLat, "lonLat");
        Geometry framed = ProjectedGeometry.clip(ProjectedGeometry.framed(lonLat, seamLonDeg), band);
        Geometry projected = ProjectedGeometry.map(ProjectedGeometry.densify(framed),
                (lon, lat, out) -> applyFramed(forward, centralMeridianDeg, lon, lat, out), Double.POSITIVE_INFINITY);
        return ProjectedGeometry.tidy(projected, false);
    }
}
