package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** The one rule for "within range", against GeographicLib, and the ring and the reach table deciding by it. */
class ReachWithinTest {

    /** Points nearer than this to the circle may fall either way between two geodesic codes (Reach's Accuracy: 1 mm). */
    private static final double EDGE_METERS = 0.001;
    private static final GeoPoint ISLAMABAD = new GeoPoint(33.72, 73.04);

    @Test
    void withinAgreesWithGeographicLibForSeededRandomPointsNearAndFarFromTheCircle() {
        Random random = new Random(7);
        int decidedNearTheCircle = 0;
        for (int i = 0; i < 2000; i++) {
            GeoPoint launch = new GeoPoint(random.nextDouble() * 170 - 85, random.nextDouble() * 360 - 180);
            double radius = 1000 + random.nextDouble() * 19_000_000;
            // half the points within 1% of the radius, where the sphere cannot decide
            double azimuth = random.nextDouble() * 360;
            double distance = i % 2 == 0 ? radius * (0.99 + 0.02 * random.nextDouble())
                    : random.nextDouble() * 20_000_000;
            var d = Geodesic.WGS84.Direct(launch.latDeg(), launch.lonDeg(), azimuth, distance);
            GeoPoint p = GeoPoint.wrapped(d.lat2, d.lon2);
            double truth = Geodesic.WGS84.Inverse(launch.latDeg(), launch.lonDeg(), p.latDeg(), p.lonDeg()).s12;
            if (Math.abs(truth - radius) < EDGE_METERS) {
                continue;
            }
            decidedNearTheCircle += i % 2 == 0 ? 1 : 0;
            assertThat(Reach.within(launch, radius, p)).as("%s from %s, radius %.3f m", p, launch, radius)
                    .isEqualTo(truth <= radius);
        }
        assertThat(decidedNearTheCircle).isGreaterThan(900);
    }

    @Test
    void theRingAndTheReachTableDecideByTheSameRule() {
        RangeRing ring = RangeRing.of(ISLAMABAD, 2_750_000, 1000);
        Random random = new Random(11);
        for (int i = 0; i < 500; i++) {
            GeoPoint p = new GeoPoint(random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180);
            Place place = new Place("p" + i, "P", "PAK", p, PlaceKind.CITY, "test");
            boolean within = Reach.within(ISLAMABAD, 2_750_000, p);
            assertThat(ring.contains(p)).isEqualTo(within);
            assertThat(Reach.from(ISLAMABAD, 2_750_000, List.of(place), true).get(0).within()).isEqualTo(within);
        }
    }

    @Test
    void aZeroRadiusHoldsOnlyTheLaunchPointAndANegativeOneIsRefused() {
        assertThat(Reach.within(ISLAMABAD, 0, ISLAMABAD)).isTrue();
        assertThat(Reach.within(ISLAMABAD, 0, new GeoPoint(33.72, 73.05))).isFalse();
        assertThatThrownBy(() -> Reach.within(ISLAMABAD, -1, ISLAMABAD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("radiusMeters must be >= 0, was -1.0");
        assertThatThrownBy(() -> Reach.within(ISLAMABAD, Double.NaN, ISLAMABAD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRadiusBeyondTheAntipodeHoldsEveryPointEvenTheAntipode() {
        assertThat(Reach.within(ISLAMABAD, Geodesy.ANTIPODAL_DISTANCE_METERS + 1, Geodesy.antipode(ISLAMABAD))).isTrue();
    }
}
