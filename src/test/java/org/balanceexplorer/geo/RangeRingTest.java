package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class RangeRingTest {

    static final GeoPoint NEW_DELHI = new GeoPoint(28.61, 77.21);
    static final GeoPoint ISLAMABAD = new GeoPoint(33.72, 73.04);
    static final GeoPoint BEIJING = new GeoPoint(39.90, 116.40);
    static final GeoPoint NEAR_ANTIMERIDIAN = new GeoPoint(0, 179);
    static final GeoPoint NEAR_NORTH_POLE = new GeoPoint(85, 0);
    static final GeoPoint SOUTH_POLE = new GeoPoint(-90, 0);

    /** Vertices are placed by the direct problem (about 1e-8 m) or root-found to tolerance/100. */
    static final double VERTEX_TOLERANCE_FRACTION = 0.01;

    /**
     * Chord midpoints are checked with SIS distances during refinement; GeographicLib may differ by
     * up to the 1 mm of GeodesyTest.
     */
    static final double ORACLE_SLACK_METERS = 1e-3;

    private static final net.sf.geographiclib.Geodesic ORACLE = net.sf.geographiclib.Geodesic.WGS84;

    /** The tolerance a ring of this radius is drawn with in these tests: 1/1000 of it, at most 1 km. */
    static double toleranceFor(double radiusMeters) {
        return Math.min(1000, radiusMeters / 1000);
    }

    static Stream<Arguments> rings() {
        double[] radiiKm = {1, 100, 2750, 5000, 8000, 12000, 19000, 20000};
        GeoPoint[] centres = {NEW_DELHI, ISLAMABAD, BEIJING, NEAR_ANTIMERIDIAN, NEAR_NORTH_POLE, SOUTH_POLE};
        return Stream.of(centres).flatMap(c -> java.util.Arrays.stream(radiiKm).boxed().flatMap(r -> Stream.of(
                Arguments.of(c, r))));
    }

    @ParameterizedTest(name = "centre {0}, radius {1} km")
    @MethodSource("rings")
    void everyVertexAndChordMidpointIsOnTheCircleWithinTolerance(GeoPoint centre, double radiusKm) {
        double radius = radiusKm * 1000;
        double tolerance = toleranceFor(radius);
        RangeRing ring = RangeRing.of(centre, radius, tolerance);
        List<GeoPoint> vertices = ring.vertices();
        assertThat(vertices).hasSizeGreaterThanOrEqualTo(RangeRing.INITIAL_VERTICES);
        for (int i = 0; i < vertices.size(); i++) {
            GeoPoint v = vertices.get(i);
            double d = oracleDistance(centre, v);
            assertThat(Math.abs(d - radius)).as("vertex %d %s", i, v)
                    .isLessThanOrEqualTo(tolerance * VERTEX_TOLERANCE_FRACTION + ORACLE_SLACK_METERS);
            GeoPoint next = vertices.get((i + 1) % vertices.size());
            GeoPoint m = RangeRing.chordMidpoint(v, next);
            assertThat(Math.abs(oracleDistance(centre, m) - radius)).as("lon/lat chord midpoint after vertex %d", i)
                    .isLessThanOrEqualTo(tolerance + ORACLE_SLACK_METERS);
            net.sf.geographiclib.GeodesicData chord = ORACLE.Inverse(v.latDeg(), v.lonDeg(), next.latDeg(), next.lonDeg());
            net.sf.geographiclib.GeodesicData mid = ORACLE.Direct(v.latDeg(), v.lonDeg(), chord.azi1, chord.s12 / 2);
            double midDistance = ORACLE.Inverse(centre.latDeg(), centre.lonDeg(), mid.lat2, mid.lon2).s12;
            assertThat(Math.abs(midDistance - radius)).as("geodesic chord midpoint after vertex %d", i)
                    .isLessThanOrEqualTo(tolerance + ORACLE_SLACK_METERS);
        }
    }

    static Stream<Arguments> previewRings() {
        double[] radiiKm = {100, 700, 2750, 5000, 8000, 10000, 12000, 15000, 17000, 19000};
        GeoPoint[] centres = {NEW_DELHI, ISLAMABAD, BEIJING, NEAR_ANTIMERIDIAN, NEAR_NORTH_POLE, SOUTH_POLE,
            new GeoPoint(0, 77.2), new GeoPoint(60, 77.2), new GeoPoint(-33, 151)};
        return Stream.of(2000.0, 10_000.0).flatMap(tol -> Stream.of(centres).flatMap(c ->
                java.util.Arrays.stream(radiiKm).boxed().map(r -> Arguments.of(c, r, tol))));
    }

    /** Preview rings (no refinement) keep both kinds of chord within their tolerance, by GeographicLib. */
    @ParameterizedTest(name = "preview: centre {0}, radius {1} km, tolerance {2} m")
    @MethodSource("previewRings")
    void previewRingChordsStayWithinTolerance(GeoPoint centre, double radiusKm, double tolerance) {
        double radius = radiusKm * 1000;
        RangeRing ring = RangeRing.preview(centre, radius, tolerance);
        List<GeoPoint> vertices = ring.vertices();
        assertThat(ring.geographic().isValid()).isTrue();
        assertThat(ring.geographic().covers(point(centre))).isTrue();
        for (int i = 0; i < vertices.size(); i++) {
            GeoPoint v = vertices.get(i);
            assertThat(Math.abs(oracleDistance(centre, v) - radius)).as("vertex %d", i).isLessThan(1e-3);
            GeoPoint next = vertices.get((i + 1) % vertices.size());
            assertThat(Math.abs(oracleDistance(centre, RangeRing.chordMidpoint(v, next)) - radius))
                    .as("lon/lat chord midpoint after vertex %d of %d", i, vertices.size())
                    .isLessThanOrEqualTo(tolerance);
            net.sf.geographiclib.GeodesicData chord = ORACLE.Inverse(v.latDeg(), v.lonDeg(), next.latDeg(), next.lonDeg());
            net.sf.geographiclib.GeodesicData mid = ORACLE.Direct(v.latDeg(), v.lonDeg(), chord.azi1, chord.s12 / 2);
            assertThat(Math.abs(ORACLE.Inverse(centre.latDeg(), centre.lonDeg(), mid.lat2, mid.lon2).s12 - radius))
                    .as("geodesic chord midpoint after vertex %d", i).isLessThanOrEqualTo(tolerance);
        }
    }

    @Test
    void previewRingIsTheSameCircleAsTheRefinedOne() {
        RangeRing preview = RangeRing.preview(NEW_DELHI, 5_000_000, 2000);
        RangeRing refined = RangeRing.of(NEW_DELHI, 5_000_000, 2000);
        // Same circle: the symmetric difference is a sliver no wider than the tolerance.
        double sliver = preview.geographic().symDifference(refined.geographic()).getArea();
        assertThat(sliver / refined.geographic().getArea()).isLessThan(0.002);
        assertThat(preview.toleranceMeters()).isEqualTo(2000);
    }

    @ParameterizedTest(name = "centre {0}, radius {1} km")
    @MethodSource("rings")
    void geographicPolygonIsValidAndAgreesWithGeodesicDistance(GeoPoint centre, double radiusKm) {
        double radius = radiusKm * 1000;
        double tolerance = toleranceFor(radius);
        RangeRing ring = RangeRing.of(centre, radius, tolerance);
        Geometry polygon = ring.geographic();
        assertThat(polygon.isValid()).isTrue();
        assertThat(polygon.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(-180);
        assertThat(polygon.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(180);
        assertThat(polygon.covers(point(centre))).as("centre inside").isTrue();
        // Random points: inside the polygon iff within the radius, except in a band at the edge
        // (chords cut inside the circle by up to the tolerance).
        Random random = new Random(42);
        double band = 2 * tolerance + ORACLE_SLACK_METERS;
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            GeoPoint p;
            if (i % 2 == 0) {
                p = new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
            } else {            // near the circle, where mistakes show
                double offset = (random.nextDouble() - 0.5) * 0.2 * Math.min(radius, 1e6);
                double r = Math.max(0, Math.min(Geodesy.ANTIPODAL_DISTANCE_METERS - 1, radius + offset));
                p = Geodesy.direct(centre, random.nextDouble() * 360, r);
            }
            double d = oracleDistance(centre, p);
            if (Math.abs(d - radius) <= band) {
                continue;
            }
            checked++;
            assertThat(polygon.covers(point(p))).as("%s at %.3f km", p, d / 1000).isEqualTo(d <= radius);
            assertThat(ring.contains(p)).isEqualTo(d <= radius);
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void seededRandomRingsAgreeWithGeodesicDistanceEverywhere() {
        Random random = new Random(314);
        for (int n = 0; n < 60; n++) {
            GeoPoint centre = new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
            double radius = 1000 + random.nextDouble() * 20_002_000;
            double tolerance = toleranceFor(radius);
            RangeRing ring = RangeRing.of(centre, radius, tolerance);
            Geometry polygon = ring.geographic();
            String what = "ring " + n + " about " + centre + " of " + radius / 1000 + " km";
            assertThat(polygon.isValid()).as(what).isTrue();
            for (GeoPoint v : ring.vertices()) {
                assertThat(Math.abs(oracleDistance(centre, v) - radius)).as(what)
                        .isLessThanOrEqualTo(tolerance * VERTEX_TOLERANCE_FRACTION + ORACLE_SLACK_METERS);
            }
            for (int i = 0; i < 100; i++) {
                GeoPoint p = new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
                double d = oracleDistance(centre, p);
                if (Math.abs(d - radius) > 2 * tolerance + ORACLE_SLACK_METERS) {
                    assertThat(polygon.covers(point(p))).as("%s, point %s at %.3f km", what, p, d / 1000).isEqualTo(d <= radius);
                }
            }
        }
    }

    @Test
    void ringOf2750KmFromIslamabadIsOnePolygon() {
        Geometry g = RangeRing.of(ISLAMABAD, 2_750_000, 100).geographic();
        assertThat(g.getGeometryType()).isEqualTo("Polygon");
        assertThat(g.getNumGeometries()).isEqualTo(1);
    }

    @Test
    void ringAcrossTheAntimeridianIsSplitIntoTwoPartsNeitherSpanningMoreThanHalfTheMap() {
        Geometry g = RangeRing.of(NEAR_ANTIMERIDIAN, 1_000_000, 100).geographic();
        assertThat(g.getNumGeometries()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            Envelope e = g.getGeometryN(i).getEnvelopeInternal();
            assertThat(e.getWidth()).isLessThan(180);
        }
        assertThat(g.covers(point(new GeoPoint(0, -179.5)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(0, 179.5)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(0, 0)))).isFalse();
    }

    @Test
    void ring8000KmFromNewDelhiHoldsTheNorthPoleInOnePart() {
        Geometry g = RangeRing.of(NEW_DELHI, 8_000_000, 1000).geographic();
        assertThat(g.getNumGeometries()).isEqualTo(1);
        assertThat(g.covers(point(new GeoPoint(89.9, 0)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(89.9, 180)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(89.9, -180)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(-89.9, 0)))).isFalse();
    }

    @Test
    void ring19000KmFromNewDelhiIsTheWorldWithAHoleAroundTheAntipode() {
        RangeRing ring = RangeRing.of(NEW_DELHI, 19_000_000, 1000);
        Geometry g = ring.geographic();
        GeoPoint antipode = Geodesy.antipode(NEW_DELHI);
        assertThat(g.covers(point(antipode))).isFalse();
        assertThat(g.covers(point(new GeoPoint(89.9, 0)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(-89.9, 0)))).isTrue();
        assertThat(g.getArea()).isGreaterThan(0.9 * 360 * 180);
    }

    @Test
    void ringThroughTheNorthPoleIsValidAndHoldsPointsOnBothSidesOfThePole() {
        GeoPoint centre = new GeoPoint(80, 0);
        double radius = Geodesy.inverse(centre, new GeoPoint(90, 0)).distanceMeters();
        RangeRing ring = RangeRing.of(centre, radius, 100);
        Geometry g = ring.geographic();
        assertThat(g.isValid()).isTrue();
        assertThat(g.covers(point(new GeoPoint(85, 0)))).isTrue();
        assertThat(g.covers(point(new GeoPoint(85, 180)))).isFalse();
    }

    @Test
    void radiusAtOrBeyondTheAntipodeCoversTheWholeGlobe() {
        RangeRing ring = RangeRing.of(NEW_DELHI, 20_037_500, 1000);
        assertThat(ring.coversWholeGlobe()).isTrue();
        assertThat(ring.vertices()).isEmpty();
        assertThat(ring.geographic().getArea()).isEqualTo(360.0 * 180);
        assertThat(ring.contains(Geodesy.antipode(NEW_DELHI))).isTrue();
    }

    @Test
    void verticesRunClockwiseFromNorth() {
        List<GeoPoint> v = RangeRing.of(NEW_DELHI, 1_000_000, 100).vertices();
        assertThat(v.get(0).latDeg()).isGreaterThan(NEW_DELHI.latDeg());
        double quarter = Geodesy.inverse(NEW_DELHI, v.get(v.size() / 4)).initialBearingDeg();
        assertThat(quarter).isBetween(45.0, 135.0);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> RangeRing.of(NEW_DELHI, -1, 1)).hasMessageContaining("radiusMeters");
        assertThatThrownBy(() -> RangeRing.of(NEW_DELHI, 1000, 0)).hasMessageContaining("toleranceMeters");
    }

    private static double oracleDistance(GeoPoint a, GeoPoint b) {
        return ORACLE.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12;
    }

    private static Geometry point(GeoPoint p) {
        return Coordinates.FACTORY.createPoint(Coordinates.toCoordinate(p));
    }

    /**
     * {@code contains} lets a sphere decide far from the circle; GeographicLib checks that it never
     * decides wrongly where sphere and ellipsoid differ most: points 0.2% to 1.6% inside and outside
     * the circle, at every latitude (the polar and equatorial extremes included) and in every direction.
     */
    @Test
    void containsAgreesWithTheGeodesicWhereSphereAndEllipsoidDifferMost() {
        Random random = new Random(20261129);
        int checked = 0;
        for (double lat : new double[] {-89.5, -60, -30, 0, 15, 45, 75, 89.5}) {
            for (double radius : new double[] {150_000, 2_750_000, 8_000_000, 15_000_000}) {
                GeoPoint centre = new GeoPoint(lat, random.nextDouble() * 360 - 180);
                RangeRing ring = RangeRing.preview(centre, radius, 2_000);
                for (int i = 0; i < 60; i++) {
                    double factor = 1 + (i % 2 == 0 ? 1 : -1) * (0.002 + random.nextDouble() * 0.014);
                    GeoPoint p = Geodesy.direct(centre, random.nextDouble() * 360, radius * factor);
                    double d = oracleDistance(centre, p);
                    assertThat(ring.contains(p)).as("%s from %s, %.1f m against %.1f m", p, centre, d, radius)
                            .isEqualTo(d <= radius);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(8 * 4 * 60);
    }

    /** The great circle on the sphere of mean radius stays within the stated 0.56% of the geodesic. */
    @Test
    void theSphereStaysWithinItsStatedBoundOfTheGeodesic() {
        Random random = new Random(7);
        double worst = 0;
        for (int i = 0; i < 5_000; i++) {
            GeoPoint a = new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
            GeoPoint b = new GeoPoint(Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)), random.nextDouble() * 360 - 180);
            double d = oracleDistance(a, b);
            if (d < 1_000) {
                continue;
            }
            worst = Math.max(worst, Math.abs(RangeRing.greatCircleMeters(a, b) / d - 1));
        }
        // Half the margin contains() allows, and large enough to show the two do differ.
        assertThat(worst).isLessThan(0.0056).isGreaterThan(0.001);
    }
}
