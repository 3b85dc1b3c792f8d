package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.junit.jupiter.api.Test;

class ReachTest {

    /** GeodesyTest's bound on disagreement with GeographicLib. */
    static final double DISTANCE_TOLERANCE_METERS = 1e-3;

    private static final GeoPoint ISLAMABAD = new GeoPoint(33.72, 73.04);

    private static Place place(String id, double lat, double lon) {
        return new Place(id, id, "XXX", new GeoPoint(lat, lon), PlaceKind.CITY, "test fixture");
    }

    @Test
    void entriesAreSortedNearestFirstWithFlagsAndDistancesFromGeographicLib() {
        Random random = new Random(99);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            places.add(place("p" + i, random.nextDouble() * 60 - 10, random.nextDouble() * 80 + 40));
        }
        double radius = 2_750_000;
        List<ReachEntry> entries = Reach.from(ISLAMABAD, radius, places, true);
        assertThat(entries).hasSize(50);
        for (int i = 0; i < entries.size(); i++) {
            ReachEntry e = entries.get(i);
            GeoPoint p = e.place().location();
            double expected = net.sf.geographiclib.Geodesic.WGS84.Inverse(ISLAMABAD.latDeg(), ISLAMABAD.lonDeg(),
                    p.latDeg(), p.lonDeg()).s12;
            assertThat(e.distanceMeters()).isCloseTo(expected, within(DISTANCE_TOLERANCE_METERS));
            assertThat(e.within()).isEqualTo(expected <= radius);
            if (i > 0) {
                assertThat(e.distanceMeters()).isGreaterThanOrEqualTo(entries.get(i - 1).distanceMeters());
            }
        }
        List<ReachEntry> insideOnly = Reach.from(ISLAMABAD, radius, places, false);
        assertThat(insideOnly).allMatch(ReachEntry::within)
                .hasSize((int) entries.stream().filter(ReachEntry::within).count());
    }

    @Test
    void tiesAreBrokenByPlaceId() {
        Place b = place("b", 28.61, 77.21);
        Place a = place("a", 28.61, 77.21);
        List<ReachEntry> entries = Reach.from(ISLAMABAD, 1_000_000, List.of(b, a), true);
        assertThat(entries).extracting(e -> e.place().id()).containsExactly("a", "b");
    }

    @Test
    void launchPointItselfIsWithinAtZeroDistance() {
        List<ReachEntry> entries = Reach.from(ISLAMABAD, 0, List.of(place("isb", 33.72, 73.04)), false);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.distanceMeters()).isZero();
            assertThat(e.within()).isTrue();
        });
    }
}
