package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import net.sf.geographiclib.GeodesicData;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeodesyTest {

    /** The brief's accuracy target: agree with GeographicLib to 1 mm in distance. */
    static final double DISTANCE_TOLERANCE_METERS = 1e-3;

    /** Bearing agreement with GeographicLib where the bearing is well conditioned. */
    static final double BEARING_TOLERANCE_DEG = 1e-6;

    /**
     * Nearly antipodal bearings are ill conditioned (1 mm moves them by microdegrees); measured
     * disagreement with GeographicLib stays below this.
     */
    static final double NEAR_ANTIPODAL_BEARING_TOLERANCE_DEG = 1e-4;

    /** Geodesics shorter than this are far from the antipode and have well-conditioned bearings. */
    static final double WELL_CONDITIONED_BELOW_METERS = 19_000_000;

    /** GeographicLib's direct problem is accurate to 15 nm; SIS's was measured within 2e-8 m. */
    static final double DIRECT_TOLERANCE_METERS = 1e-6;

    private static final net.sf.geographiclib.Geodesic ORACLE = net.sf.geographiclib.Geodesic.WGS84;

    @ParameterizedTest(name = "{0},{1} -> {2},{3}")
    @CsvSource({
        "33.72, 73.04, 28.61, 77.21",      // Islamabad -> New Delhi
        "60, 179.5, 60, -179.5",           // across the antimeridian
        "89.9, 0, 89.9, 180",              // across the North Pole
        "0, 0, 0.5, 179.7",                // nearly antipodal
        "0, 0, 0, 180",                    // antipodal on the equator: SIS refuses it
        "0, 0, 0, 179.5",                  // equatorial cut locus: SIS refuses it
        "0, 10, 0, -170.5",                // the same, elsewhere
        "1e-8, 0, 0, 179.5",               // just off the equator: SIS is 5.8 cm off
        "0, 0, 1e-7, 179.9",
        "10, 0, -10, 179.9",
        "45, 0, -45, 179.8",
        "90, 0, -90, 0",                   // pole to pole
        "-89.99, 45, 89.99, -135",
    })
    void distanceAgreesWithGeographicLibForHardPairs(double lat1, double lon1, double lat2, double lon2) {
        Geodesic actual = Geodesy.inverse(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));
        GeodesicData expected = ORACLE.Inverse(lat1, lon1, lat2, lon2);
        assertThat(actual.distanceMeters()).isCloseTo(expected.s12, within(DISTANCE_TOLERANCE_METERS));
    }

    @Test
    void islamabadToNewDelhiMatchesGeographicLibInDistanceAndBearing() {
        Geodesic actual = Geodesy.inverse(new GeoPoint(33.72, 73.04), new GeoPoint(28.61, 77.21));
        GeodesicData expected = ORACLE.Inverse(33.72, 73.04, 28.61, 77.21);
        assertThat(actual.distanceMeters()).isCloseTo(expected.s12, within(DISTANCE_TOLERANCE_METERS));
        assertThat(actual.distanceMeters()).isCloseTo(691_960.302, within(0.001));
        assertThat(actual.initialBearingDeg()).isCloseTo(bearing(expected.azi1), within(BEARING_TOLERANCE_DEG));
        assertThat(actual.finalBearingDeg()).isCloseTo(bearing(expected.azi2), within(BEARING_TOLERANCE_DEG));
    }

    @Test
    void coincidentPointsHaveZeroDistanceAndBearing() {
        Geodesic g = Geodesy.inverse(new GeoPoint(28.61, 77.21), new GeoPoint(28.61, 77.21));
        assertThat(g).isEqualTo(new Geodesic(0, 0, 0));
        assertThat(Geodesy.inverse(new GeoPoint(0, -180), new GeoPoint(0, 180)).distanceMeters()).isZero();
    }

    @Test
    void antipodalDistanceConstantIsGeographicLibsPoleToPoleDistance() {
        assertThat(Geodesy.ANTIPODAL_DISTANCE_METERS)
                .isCloseTo(ORACLE.Inverse(90, 0, -90, 0).s12, within(DISTANCE_TOLERANCE_METERS));
    }

    @Test
    void seededRandomPairsAgreeWithGeographicLib() {
        Random random = new Random(20_261_129L);
        for (int i = 0; i < 2000; i++) {
            double lat1 = randomLat(random);
            double lon1 = randomLon(random);
            double lat2;
            double lon2;
            switch (i % 4) {
                case 0 -> {             // anywhere
                    lat2 = randomLat(random);
                    lon2 = randomLon(random);
                }
                case 1 -> {             // nearly antipodal, within 2 degrees
                    lat2 = clampLat(-lat1 + (random.nextDouble() - 0.5) * 4);
                    lon2 = wrap(lon1 + 180 + (random.nextDouble() - 0.5) * 4);
                }
                case 2 -> {             // nearly antipodal and near the equator
                    lat1 = (random.nextDouble() - 0.5) * 1e-3;
                    lat2 = (random.nextDouble() - 0.5) * 1e-3;
                    lon2 = wrap(lon1 + 180 + (random.nextDouble() - 0.5) * 2);
                }
                default -> {            // near a pole
                    lat1 = Math.copySign(89 + random.nextDouble(), lat1);
                    lat2 = randomLat(random);
                    lon2 = randomLon(random);
                }
            }
            Geodesic actual = Geodesy.inverse(new GeoPoint(lat1, lon1), new GeoPoint(lat2, lon2));
            GeodesicData expected = ORACLE.Inverse(lat1, lon1, lat2, lon2);
            String pair = lat1 + "," + lon1 + " -> " + lat2 + "," + lon2;
            assertThat(actual.distanceMeters()).as(pair).isCloseTo(expected.s12, within(DISTANCE_TOLERANCE_METERS));
            if (expected.s12 < WELL_CONDITIONED_BELOW_METERS) {
                assertThat(angleBetween(actual.initialBearingDeg(), expected.azi1)).as(pair).isLessThan(BEARING_TOLERANCE_DEG);
                assertThat(angleBetween(actual.finalBearingDeg(), expected.azi2)).as(pair).isLessThan(BEARING_TOLERANCE_DEG);
            } else if (Math.abs(lat1) > 1e-2 || Math.abs(lat2) > 1e-2) {
                assertThat(angleBetween(actual.initialBearingDeg(), expected.azi1)).as(pair)
                        .isLessThan(NEAR_ANTIPODAL_BEARING_TOLERANCE_DEG);
            }
        }
    }

    @Test
    void directRoundTripsWithGeographicLib() {
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            double lat = randomLat(random);
            double lon = randomLon(random);
            double azimuth = random.nextDouble() * 360;
            double distance = random.nextDouble() * 20_000_000;
            GeoPoint end = Geodesy.direct(new GeoPoint(lat, lon), azimuth, distance);
            GeodesicData expected = ORACLE.Direct(lat, lon, azimuth, distance);
            double miss = ORACLE.Inverse(end.latDeg(), end.lonDeg(), expected.lat2, expected.lon2).s12;
            assertThat(miss).isLessThan(DIRECT_TOLERANCE_METERS);
            if (distance < WELL_CONDITIONED_BELOW_METERS) {
                Geodesic back = Geodesy.inverse(new GeoPoint(lat, lon), end);
                assertThat(back.distanceMeters()).isCloseTo(distance, within(DISTANCE_TOLERANCE_METERS));
            }
        }
    }

    @Test
    void directOfZeroDistanceIsTheStartPoint() {
        GeoPoint start = new GeoPoint(33.72, 73.04);
        assertThat(Geodesy.direct(start, 45, 0)).isEqualTo(start);
    }

    @Test
    void warmUpCanBeCalledFromAnotherThread() throws InterruptedException {
        Thread t = new Thread(Geodesy::warmUp);
        t.start();
        t.join();
        assertThat(Geodesy.inverse(new GeoPoint(0, 0), new GeoPoint(0, 1)).distanceMeters())
                .isCloseTo(ORACLE.Inverse(0, 0, 0, 1).s12, within(DISTANCE_TOLERANCE_METERS));
    }

    @Test
    void concurrentCallersGetTheSameAnswersAsASingleThread() throws Exception {
        GeoPoint[] points = new GeoPoint[200];
        Random random = new Random(11);
        for (int i = 0; i < points.length; i++) {
            points[i] = new GeoPoint(randomLat(random), randomLon(random));
        }
        double[] expected = new double[points.length - 1];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Geodesy.inverse(points[i], points[i + 1]).distanceMeters();
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<double[]>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    double[] actual = new double[expected.length];
                    for (int i = 0; i < actual.length; i++) {
                        actual[i] = Geodesy.inverse(points[i], points[i + 1]).distanceMeters();
                    }
                    return actual;
                }));
            }
            for (java.util.concurrent.Future<double[]> f : results) {
                assertThat(f.get()).containsExactly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double randomLat(Random random) {
        return Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
    }

    private static double randomLon(Random random) {
        return random.nextDouble() * 360 - 180;
    }

    private static double clampLat(double lat) {
        return Math.max(-90, Math.min(90, lat));
    }

    private static double wrap(double lon) {
        return GeoPoint.wrapped(0, lon).lonDeg();
    }

    private static double bearing(double azimuth) {
        return Geodesy.normalizeBearing(azimuth);
    }

    static double angleBetween(double a, double b) {
        return Math.abs(Math.IEEEremainder(a - b, 360));
    }
}
