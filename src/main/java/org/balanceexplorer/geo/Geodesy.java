package org.balanceexplorer.geo;

import java.util.Objects;
import org.apache.sis.referencing.CommonCRS;
import org.apache.sis.referencing.GeodeticCalculator;
import org.balanceexplorer.model.GeoPoint;
import org.opengis.geometry.DirectPosition;

/**
 * Distances, bearings and destinations on the WGS 84 ellipsoid, in the manner of GeographicLib:
 * a tiny stateless API over Apache SIS's {@link GeodeticCalculator} (Karney's algorithms).
 *
 * <h2>Algorithm</h2>
 * {@link #direct} is SIS's direct problem. {@link #inverse} is SIS's inverse problem; when the
 * geodesic is longer than {@value #POLISH_FROM_METERS} m (nearly antipodal points) the SIS answer
 * is only a first guess, refined by Newton's method on the direct problem (unknowns: starting
 * azimuth and distance; residual: the miss at the end point in local metres). When SIS refuses
 * the pair outright ("antipodal points on equator", the cut locus of an equatorial point, SIS-467),
 * the first guess comes from the same pair with the end point moved {@value #NUDGE_DEG} degrees
 * off the equator.
 *
 * <h2>Accuracy</h2>
 * Measured against GeographicLib-Java 2.0 ({@code Geodesic.WGS84}): distance within 1 mm for
 * any pair, including near poles, across the antimeridian and nearly antipodal pairs (SIS alone
 * was off by up to 6 cm for near-equatorial nearly antipodal pairs and threw on the equator);
 * SIS's direct problem agrees with GeographicLib to about 2e-8 m. Bearings agree within 1e-6
 * degrees wherever they are well defined; for nearly antipodal pairs a bearing is ill-conditioned
 * (a millimetre moves it by many microdegrees) and agrees within 1e-4 degrees.
 *
 * <h2>Limitations</h2>
 * For exactly antipodal or equatorial cut-locus pairs there are two or more shortest geodesics;
 * the distance is unique but the bearings returned are one of the valid choices. Coincident
 * points give distance 0 and both bearings 0.
 *
 * <h2>Thread safety</h2>
 * Thread-safe: each thread uses its own calculator (SIS's is not thread-safe). The first use of
 * {@link CommonCRS} costs about 200-300 ms of class loading; call {@link #warmUp()} early on a
 * background thread.
 */
public final class Geodesy {

    /**
     * Length of the shortest geodesic between any point and its antipode: twice the WGS 84 quarter
     * meridian (GeographicLib: 20,003,931.4586 m). No point is farther from another than this.
     */
    public static final double ANTIPODAL_DISTANCE_METERS = 20_003_931.458_625;

    /** Geodesics longer than this are nearly antipodal and are refined (see Algorithm). */
    static final double POLISH_FROM_METERS = 19_000_000;

    /** How far off the equator the end point is moved when SIS refuses an equatorial pair. */
    static final double NUDGE_DEG = 1e-6;

    /** Newton stops when the end point misses by less than this, in metres. */
    private static final double POLISH_RESIDUAL_METERS = 1e-6;

    private static final int POLISH_ITERATIONS = 8;

    /**
     * Newton must stay near SIS's answer (measured: SIS is off by at most 6 cm, the nudged guess
     * by about 0.2 m); a larger change means it found another, longer geodesic.
     */
    private static final double MAX_POLISH_CHANGE_METERS = 10;

    /** Mean Earth radius, metres; only scales the Newton residual, so its exact value does not matter. */
    private static final double RESIDUAL_SCALE_METERS = 6_371_008.8;

    private static final ThreadLocal<GeodeticCalculator> CALCULATOR =
            ThreadLocal.withInitial(() -> GeodeticCalculator.create(CommonCRS.WGS84.geographic()));

    private Geodesy() {
    }

    /**
     * Pays the one-time class-loading cost of SIS (about 200-300 ms) on the calling thread, and
     * creates that thread's calculator. Call it early on a background thread.
     */
    public static void warmUp() {
        inverse(new GeoPoint(0, 0), new GeoPoint(1, 1));
    }

    /**
     * Solves the inverse problem: the shortest geodesic from {@code from} to {@code to}.
     *
     * @param from start point (degrees)
     * @param to   end point (degrees)
     * @return distance in metres and bearings in degrees in [0, 360)
     * @throws GeodesyException if the computation does not converge
     */
    public static Geodesic inverse(GeoPoint from, GeoPoint to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.latDeg() == to.latDeg()
                && (from.lonDeg() == to.lonDeg() || Math.abs(from.latDeg()) == 90
                    || Math.abs(from.lonDeg() - to.lonDeg()) == 360)) {
            return new Geodesic(0, 0, 0);
        }
        GeodeticCalculator calculator = CALCULATOR.get();
        double[] guess;
        try {
            guess = sisInverse(calculator, from.latDeg(), from.lonDeg(), to.latDeg(), to.lonDeg());
        } catch (RuntimeException refused) {
            double nudgedLat = to.latDeg() + (to.latDeg() >= 0 ? NUDGE_DEG : -NUDGE_DEG);
            try {
                guess = sisInverse(calculator, from.latDeg(), from.lonDeg(), nudgedLat, to.lonDeg());
            } catch (RuntimeException e) {
                throw new GeodesyException("Could not compute the distance from " + from + " to " + to
                        + ": the points are nearly opposite each other on the globe.", e);
            }
            double[] polished = polish(calculator, from, to, guess);
            if (polished == null || Math.abs(polished[0] - guess[0]) > MAX_POLISH_CHANGE_METERS) {
                throw new GeodesyException("Could not compute the distance from " + from + " to " + to
                        + ": the points are nearly opposite each other on the globe.", refused);
            }
            return toGeodesic(polished);
        }
        if (guess[0] > POLISH_FROM_METERS) {
            double[] polished = polish(calculator, from, to, guess);
            if (polished != null && Math.abs(polished[0] - guess[0]) < MAX_POLISH_CHANGE_METERS) {
                return toGeodesic(polished);
            }
        }
        return toGeodesic(guess);
    }

    /**
     * Solves the direct problem: where a geodesic from {@code from} ends.
     *
     * @param from           start point (degrees)
     * @param azimuthDeg     starting azimuth, degrees clockwise from north (any finite value)
     * @param distanceMeters length of the geodesic in metres, finite and {@code >= 0}
     * @return the end point, longitude wrapped into [-180, 180)
     * @throws IllegalArgumentException if an argument is not finite or the distance is negative
     * @throws GeodesyException         if SIS fails
     */
    public static GeoPoint direct(GeoPoint from, double azimuthDeg, double distanceMeters) {
        Objects.requireNonNull(from, "from");
        if (!Double.isFinite(azimuthDeg)) {
            throw new IllegalArgumentException("azimuthDeg must be finite, was " + azimuthDeg);
        }
        if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
            throw new IllegalArgumentException("distanceMeters must be finite and >= 0, was " + distanceMeters);
        }
        if (distanceMeters == 0) {
            return from;
        }
        double[] end = sisDirect(CALCULATOR.get(), from.latDeg(), from.lonDeg(), azimuthDeg, distanceMeters);
        return GeoPoint.wrapped(clampLat(end[0]), end[1]);
    }

    /** Returns the point diametrically opposite {@code p} through the Earth's centre. */
    public static GeoPoint antipode(GeoPoint p) {
        return GeoPoint.wrapped(-p.latDeg(), p.lonDeg() + 180);
    }

    /** Wraps an angle in degrees into [0, 360). */
    static double normalizeBearing(double deg) {
        double b = deg % 360;
        if (b < 0) {
            b += 360;
        }
        return b >= 360 ? 0 : b + 0.0;
    }

    private static Geodesic toGeodesic(double[] s) {
        return new Geodesic(s[0], normalizeBearing(s[1]), normalizeBearing(s[2]));
    }

    /** Returns {distance, start azimuth, end azimuth}. */
    private static double[] sisInverse(GeodeticCalculator c, double lat1, double lon1, double lat2, double lon2) {
        c.setStartGeographicPoint(lat1, lon1);
        c.setEndGeographicPoint(lat2, lon2);
        return new double[] {c.getGeodesicDistance(), c.getStartingAzimuth(), c.getEndingAzimuth()};
    }

    /** Returns {lat, lon, end azimuth}. */
    private static double[] sisDirect(GeodeticCalculator c, double lat, double lon, double azimuthDeg, double distance) {
        try {
            c.setStartGeographicPoint(lat, lon);
            c.setStartingAzimuth(azimuthDeg);
            c.setGeodesicDistance(distance);
            DirectPosition end = c.getEndPoint();
            return new double[] {end.getOrdinate(0), end.getOrdinate(1), c.getEndingAzimuth()};
        } catch (RuntimeException e) {
            throw new GeodesyException("Could not compute the point " + distance / 1000 + " km from "
                    + lat + ", " + lon + " at bearing " + azimuthDeg + " degrees.", e);
        }
    }

    /**
     * Newton's method on the direct problem. Returns {distance, start azimuth, end azimuth}, or
     * {@code null} if it did not reach {@link #POLISH_RESIDUAL_METERS}.
     */
    private static double[] polish(GeodeticCalculator c, GeoPoint from, GeoPoint to, double[] guess) {
        if (Math.abs(to.latDeg()) > 89.9) {
            return null;                        // East-west residual degenerates at the pole; SIS is meridional and exact there.
        }
        double azimuth = guess[1];
        double distance = guess[0];
        double cosLat = Math.cos(Math.toRadians(to.latDeg()));
        for (int i = 0; i < POLISH_ITERATIONS; i++) {
            double[] end = sisDirect(c, from.latDeg(), from.lonDeg(), azimuth, distance);
            double[] miss = miss(end, to, cosLat);
            if (Math.hypot(miss[0], miss[1]) < POLISH_RESIDUAL_METERS) {
                return new double[] {distance, azimuth, end[2]};
            }
            // d(end)/d(distance) is the unit vector along the end azimuth.
            double a2 = Math.toRadians(end[2]);
            double jsN = Math.cos(a2);
            double jsE = Math.sin(a2);
            double dAz = 1e-6;
            double[] endA = sisDirect(c, from.latDeg(), from.lonDeg(), azimuth + dAz, distance);
            double[] missA = miss(endA, to, cosLat);
            double jaN = (missA[0] - miss[0]) / dAz;
            double jaE = (missA[1] - miss[1]) / dAz;
            double det = jaN * jsE - jaE * jsN;
            if (det == 0 || !Double.isFinite(det)) {
                return null;
            }
            // Solve [jaN jsN; jaE jsE] [dA; dS] = -miss
            double stepAz = (-miss[0] * jsE + miss[1] * jsN) / det;
            double stepS = (-jaN * miss[1] + jaE * miss[0]) / det;
            azimuth += stepAz;
            distance += stepS;
            if (!(distance > 0)) {
                return null;
            }
        }
        double[] end = sisDirect(c, from.latDeg(), from.lonDeg(), azimuth, distance);
        double[] miss = miss(end, to, cosLat);
        return Math.hypot(miss[0], miss[1]) < 1e3 * POLISH_RESIDUAL_METERS ? new double[] {distance, azimuth, end[2]} : null;
    }

    /** North and east miss of {@code end} from {@code target}, in approximate metres. */
    private static double[] miss(double[] end, GeoPoint target, double cosLat) {
        double dLat = end[0] - target.latDeg();
        double dLon = Math.IEEEremainder(end[1] - target.lonDeg(), 360);
        return new double[] {
            Math.toRadians(dLat) * RESIDUAL_SCALE_METERS,
            Math.toRadians(dLon) * RESIDUAL_SCALE_METERS * cosLat
        };
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }
}
