package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.opengis.referencing.operation.MathTransform;

/** Each projection against a formula or library from outside this code. */
class ProjectionFormulasTest {

    static final GeoPoint NEW_DELHI = new GeoPoint(28.61, 77.21);

    /** Ring chord tolerance, metres; also how far a densified ring edge may stray from the circle. */
    static final double RING_TOLERANCE_METERS = 100;

    /** Geodesy agrees with GeographicLib to 1 mm (decision record 0003). */
    static final double GEOGRAPHICLIB_METERS = 1e-3;

    /** WGS 84 first eccentricity squared, from f = 1 / 298.257223563. */
    static final double E2 = (2 - 1 / 298.257223563) / 298.257223563;

    // ---------------------------------------------------------------- azimuthal equidistant

    @Test
    void ringOf5000KmAroundTheCentreBecomesATrueCircleInTheAzimuthalProjection() {
        AzimuthalEquidistant p = new AzimuthalEquidistant(NEW_DELHI);
        Geometry projected = p.project(RangeRing.of(NEW_DELHI, 5_000_000, RING_TOLERANCE_METERS).geographic());
        assertThat(projected.isValid()).isTrue();
        assertThat(projected.getNumGeometries()).isEqualTo(1);
        for (Coordinate c : projected.getCoordinates()) {
            assertThat(Math.hypot(c.x, c.y)).isCloseTo(5_000_000, within(RING_TOLERANCE_METERS));
        }
    }

    @Test
    void azimuthalPlacesPointsAtGeographicLibDistanceAndAzimuth() {
        AzimuthalEquidistant p = new AzimuthalEquidistant(NEW_DELHI);
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            double lon = random.nextDouble() * 360 - 180;
            double lat = random.nextDouble() * 170 - 85;
            GeodesicData g = Geodesic.WGS84.Inverse(NEW_DELHI.latDeg(), NEW_DELHI.lonDeg(), lat, lon);
            if (g.s12 > 19_500_000) {
                continue;                   // azimuths are ill-conditioned near the antipode
            }
            Coordinate xy = p.project(lon, lat);
            double a = Math.toRadians(g.azi1);
            assertThat(xy.x).isCloseTo(g.s12 * Math.sin(a), within(GEOGRAPHICLIB_METERS + g.s12 * 1e-8));
            assertThat(xy.y).isCloseTo(g.s12 * Math.cos(a), within(GEOGRAPHICLIB_METERS + g.s12 * 1e-8));
        }
    }

    @Test
    void polygonAroundTheAntipodeProjectsToAValidBandAlongTheRim() {
        AzimuthalEquidistant p = new AzimuthalEquidistant(NEW_DELHI);
        GeoPoint a = Geodesy.antipode(NEW_DELHI);
        Geometry box = Coordinates.FACTORY.toGeometry(new Envelope(a.lonDeg() - 5, a.lonDeg() + 5, a.latDeg() - 5, a.latDeg() + 5));
        Geometry projected = p.project(box);
        assertThat(projected.isValid()).isTrue();
        Point origin = Coordinates.FACTORY.createPoint(new Coordinate(0, 0));
        assertThat(projected.covers(origin)).as("the centre is far from the box").isFalse();
        // A point of the box 300 km from the antipode is inside the projected shape.
        GeoPoint inBox = Geodesy.direct(a, 45, 300_000);
        Coordinate xy = p.project(inBox.lonDeg(), inBox.latDeg());
        assertThat(projected.covers(Coordinates.FACTORY.createPoint(xy))).isTrue();
        for (Coordinate c : projected.getCoordinates()) {
            assertThat(Math.hypot(c.x, c.y)).as("every vertex is on the far side, near the rim")
                    .isGreaterThan(Geodesy.ANTIPODAL_DISTANCE_METERS - 1_000_000);
        }
        ProjectionsTest.assertNoSmear(p, projected);
    }

    // ---------------------------------------------------------------- orthographic

    @Test
    void orthographicAgreesWithSisOnTheSphereAndHidesTheFarSide() {
        GeoPoint centre = new GeoPoint(30, 77);
        Orthographic p = new Orthographic(centre);
        MathTransform sis = sphericalSisOrthographic(centre);
        Random random = new Random(11);
        int hidden = 0;
        for (int i = 0; i < 500; i++) {
            double lon = random.nextDouble() * 360 - 180;
            double lat = Math.toDegrees(Math.asin(random.nextDouble() * 2 - 1));
            Coordinate xy = p.project(lon, lat);
            double[] expected = new double[2];
            SisTransforms.apply(sis, lon, lat, expected);
            if (p.cosC(lon, lat) < 0) {
                assertThat(xy).isNull();
                hidden++;
                continue;
            }
            assertThat(xy.x).isCloseTo(expected[0], within(1e-6));
            assertThat(xy.y).isCloseTo(expected[1], within(1e-6));
        }
        assertThat(hidden).isBetween(200, 300);
        assertThat(p.project(77 + 180, -30)).as("the antipode").isNull();
        assertThat(p.inverse(Projection.EARTH_RADIUS_METERS, 1)).as("outside the disc").isNull();
    }

    private static MathTransform sphericalSisOrthographic(GeoPoint centre) {
        var factory = org.apache.sis.referencing.operation.transform.DefaultMathTransformFactory.provider();
        try {
            var params = factory.getDefaultParameters("Orthographic");
            params.parameter("semi_major").setValue(Projection.EARTH_RADIUS_METERS);
            params.parameter("semi_minor").setValue(Projection.EARTH_RADIUS_METERS);
            params.parameter("latitude_of_origin").setValue(centre.latDeg());
            params.parameter("central_meridian").setValue(centre.lonDeg());
            return factory.createParameterizedTransform(params);
        } catch (org.opengis.util.FactoryException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void polygonStraddlingTheHorizonIsClosedAlongTheRimNotByAChord() {
        Orthographic p = new Orthographic(new GeoPoint(20, 0));
        // 60 to 140 E straddles the horizon at 90 E (the horizon runs through lon 90 on the equator).
        Geometry box = Coordinates.FACTORY.toGeometry(new Envelope(60, 140, -30, 30));
        Geometry projected = p.project(box);
        assertThat(projected.isValid()).isTrue();
        assertThat(projected.isEmpty()).isFalse();
        double r = Projection.EARTH_RADIUS_METERS;
        for (Coordinate c : projected.getCoordinates()) {
            assertThat(Math.hypot(c.x, c.y)).isLessThanOrEqualTo(r * (1 + 1e-12));
        }
        // Inside the projected shape iff the place under it is inside the box, away from the edges.
        PreparedGeometry shape = PreparedGeometryFactory.prepare(projected);
        Random random = new Random(3);
        int inside = 0;
        for (int i = 0; i < 6000; i++) {
            double x = (random.nextDouble() * 2 - 1) * r;
            double y = (random.nextDouble() * 2 - 1) * r;
            Coordinate lonLat = p.inverse(x, y);
            if (lonLat == null || nearBoxEdge(lonLat, 60, 140, -30, 30, 0.05) || Math.hypot(x, y) > r * 0.9999) {
                continue;
            }
            boolean inBox = lonLat.x > 60 && lonLat.x < 140 && lonLat.y > -30 && lonLat.y < 30;
            assertThat(shape.covers(Coordinates.FACTORY.createPoint(new Coordinate(x, y))))
                    .as("map point %s, %s over %s", x, y, lonLat).isEqualTo(inBox);
            inside += inBox ? 1 : 0;
        }
        assertThat(inside).isGreaterThan(100);
    }

    @Test
    void polygonHoldingTheWholeFarSideShowsAsTheDiscMinusWhatItLeavesOut() {
        // Everything but a 20-degree cap around the centre's antipode... seen from the centre: the
        // centre itself is outside the polygon (a hole around it), the rim is inside.
        Orthographic p = new Orthographic(new GeoPoint(0, 0));
        Geometry world = AntimeridianCutter.world(180);
        Geometry hole = Coordinates.FACTORY.toGeometry(new Envelope(-20, 20, -20, 20));
        Geometry projected = p.project(world.difference(hole));
        assertThat(projected.isValid()).isTrue();
        assertThat(projected.covers(Coordinates.FACTORY.createPoint(new Coordinate(0, 0)))).isFalse();
        assertThat(projected.covers(Coordinates.FACTORY.createPoint(new Coordinate(0.99 * Projection.EARTH_RADIUS_METERS, 0)))).isTrue();
        double disc = Math.PI * Projection.EARTH_RADIUS_METERS * Projection.EARTH_RADIUS_METERS;
        assertThat(projected.getArea()).isBetween(0.8 * disc, disc);
    }

    private static boolean nearBoxEdge(Coordinate c, double w, double e, double s, double n, double margin) {
        return Math.abs(c.x - w) < margin || Math.abs(c.x - e) < margin || Math.abs(c.y - s) < margin || Math.abs(c.y - n) < margin;
    }

    // ---------------------------------------------------------------- Mercator

    @Test
    void mercatorNorthingMatchesTheEllipsoidalFormula() {
        Mercator p = new Mercator(0);
        double a = Projection.EARTH_RADIUS_METERS;
        double e = Math.sqrt(E2);
        for (double lat : new double[] {-80, -45, -10, 0, 10, 28.61, 45, 60, 84.9}) {
            double phi = Math.toRadians(lat);
            double esin = e * Math.sin(phi);
            double y = a * Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - esin) / (1 + esin), e / 2));
            Coordinate xy = p.project(10, lat);
            assertThat(xy.y).as("lat %s", lat).isCloseTo(y, within(1e-3));
            assertThat(xy.x).isCloseTo(a * Math.toRadians(10), within(1e-6));
        }
    }

    @Test
    void mercatorStopsAt85DegreesForPointsAndPolygons() {
        Mercator p = new Mercator(77.21);
        assertThat(p.project(0, 85.5)).isNull();
        Geometry arctic = Coordinates.FACTORY.toGeometry(new Envelope(0, 40, 80, 89));
        Geometry projected = p.project(arctic);
        assertThat(projected.getEnvelopeInternal().getMaxY()).isCloseTo(p.worldBounds().getMaxY(), within(1e-6));
        assertThat(p.inverse(0, p.worldBounds().getMaxY() * 1.01)).isNull();
    }

    // ---------------------------------------------------------------- Lambert conformal conic

    @Test
    void conicIsTrueToScaleAlongBothStandardParallels() {
        LambertConformalConic p = LambertConformalConic.southAsia();
        double a = Projection.EARTH_RADIUS_METERS;
        for (double lat : new double[] {LambertConformalConic.SOUTH_ASIA_PARALLEL_1_DEG, LambertConformalConic.SOUTH_ASIA_PARALLEL_2_DEG}) {
            double phi = Math.toRadians(lat);
            double n = a / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));     // prime vertical radius
            double dLon = 0.001;
            double trueLength = n * Math.cos(phi) * Math.toRadians(dLon);
            Coordinate p0 = p.project(80, lat);
            Coordinate p1 = p.project(80 + dLon, lat);
            assertThat(p0.distance(p1) / trueLength).as("scale at %s", lat).isCloseTo(1.0, within(1e-6));
        }
        Coordinate between = p.project(80, 25);
        Coordinate beside = p.project(80.001, 25);
        double phi = Math.toRadians(25);
        double n25 = a / Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        assertThat(between.distance(beside) / (n25 * Math.cos(phi) * Math.toRadians(0.001))).as("scale between them").isLessThan(1);
    }

    @Test
    void conicHidesPointsOutsideItsBandAndInsideTheSeamWedge() {
        LambertConformalConic p = LambertConformalConic.southAsia();
        assertThat(p.project(80, -20)).isNull();
        assertThat(p.project(80, 85)).isNull();
        Envelope world = p.worldBounds();
        assertThat(p.inverse(0, world.getMaxY() - 1)).as("above the apex, in the seam's wedge").isNull();
        assertThat(p.inverse(0, 0)).isNotNull();
    }

    // ---------------------------------------------------------------- factory parameters

    @Test
    void sisBuildsTheNamedProjectionsWithoutTheEpsgDatabase() {
        MathTransform t = SisTransforms.create("Mercator_1SP", Map.of("central_meridian", 0.0));
        double[] out = new double[2];
        SisTransforms.apply(t, 0, 0, out);
        assertThat(out).containsExactly(0, 0);
    }
}
