package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class EquirectangularTest {

    /** Round trips through double-precision radians lose no more than this, degrees. */
    static final double ROUND_TRIP_DEG = 1e-9;

    /** One degree of arc on the projection sphere, metres (pi R / 180). */
    static final double METERS_PER_DEGREE = Math.PI * Projection.EARTH_RADIUS_METERS / 180;

    private static final WKTReader WKT = new WKTReader(Coordinates.FACTORY);

    @Test
    void greenwichCentredProjectionMapsTheWorldToTwoPiRByPiR() {
        Equirectangular p = Equirectangular.greenwich();
        assertThat(p.project(180, 90).x).isCloseTo(180 * METERS_PER_DEGREE, within(1e-6));
        assertThat(p.project(180, 90).y).isCloseTo(90 * METERS_PER_DEGREE, within(1e-6));
        assertThat(p.project(0, 0)).isEqualTo(new Coordinate(0, 0));
        assertThat(p.worldBounds().getWidth()).isCloseTo(360 * METERS_PER_DEGREE, within(1e-6));
    }

    @Test
    void projectThenInverseReturnsThePointForAnyCentralMeridian() {
        Random random = new Random(5);
        for (double lon0 : new double[] {0, 77.21, 150, -30, 180}) {
            Equirectangular p = new Equirectangular(lon0);
            for (int i = 0; i < 500; i++) {
                double lon = random.nextDouble() * 360 - 180;
                double lat = random.nextDouble() * 180 - 90;
                Coordinate xy = p.project(lon, lat);
                assertThat(Math.abs(xy.x)).isLessThanOrEqualTo(180 * METERS_PER_DEGREE + 1e-6);
                Coordinate back = p.inverse(xy.x, xy.y);
                assertThat(AntimeridianCutter.shortStep(back.x - lon)).isCloseTo(0, within(ROUND_TRIP_DEG));
                assertThat(back.y).isCloseTo(lat, within(ROUND_TRIP_DEG));
            }
        }
    }

    @Test
    void polygonStraddlingTheNewSeamIsCutIntoTwoPartsThatDoNotSpanTheMap() throws ParseException {
        // Central meridian 150E puts the seam at 30W; the square from 40W to 20W straddles it.
        Equirectangular p = new Equirectangular(150);
        Geometry square = WKT.read("POLYGON ((-40 0, -20 0, -20 10, -40 10, -40 0))");
        Geometry projected = p.project(square);
        assertThat(projected.isValid()).isTrue();
        assertThat(projected.getNumGeometries()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(projected.getGeometryN(i).getEnvelopeInternal().getWidth()).isCloseTo(10 * METERS_PER_DEGREE, within(1e-3));
        }
        assertThat(projected.getArea()).isCloseTo(200 * METERS_PER_DEGREE * METERS_PER_DEGREE, within(1.0));
        assertThat(p.worldBounds().covers(projected.getEnvelopeInternal())).isTrue();
    }

    @Test
    void polygonsSplitAtTheAntimeridianMergeWhenTheSeamMovesAway() throws ParseException {
        Equirectangular pacific = new Equirectangular(180);
        Geometry ring = RangeRing.of(new GeoPoint(0, 179), 1_000_000, 100).geographic();
        assertThat(ring.getNumGeometries()).isEqualTo(2);
        Geometry projected = pacific.project(ring);
        assertThat(projected.getNumGeometries()).isEqualTo(1);
        Envelope e = projected.getEnvelopeInternal();
        assertThat(e.getMinX()).isCloseTo(-10 * METERS_PER_DEGREE, within(METERS_PER_DEGREE));
        assertThat(e.getMaxX()).isCloseTo(8 * METERS_PER_DEGREE, within(METERS_PER_DEGREE));
    }

    @Test
    void projectingLeavesTheArgumentUnchanged() throws ParseException {
        Geometry square = WKT.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry copy = square.copy();
        new Equirectangular(45).project(square);
        assertThat(square.equalsExact(copy)).isTrue();
    }

    @Test
    void cutterHonoursAnotherSeamAndKeepsPieceLongitudesInsideItsWindow() {
        // A small clockwise square around 30W, cut with the seam at 30W: window [-390, -30].
        List<GeoPoint> square = List.of(new GeoPoint(10, -35), new GeoPoint(10, -25), new GeoPoint(0, -25), new GeoPoint(0, -35));
        Geometry cut = AntimeridianCutter.cut(square, -30);
        assertThat(cut.getNumGeometries()).isEqualTo(2);
        Envelope e = cut.getEnvelopeInternal();
        assertThat(e.getMinX()).isGreaterThanOrEqualTo(-390);
        assertThat(e.getMaxX()).isLessThanOrEqualTo(-30);
        assertThat(cut.getArea()).isCloseTo(100, within(1e-9));
    }

    @Test
    void counterClockwiseRingMeansEverythingOutsideIt() {
        List<GeoPoint> square = List.of(new GeoPoint(0, 0), new GeoPoint(0, 10), new GeoPoint(10, 10), new GeoPoint(10, 0));
        Geometry cut = AntimeridianCutter.cut(square);
        assertThat(cut.getArea()).isCloseTo(360 * 180 - 100, within(1e-9));
    }
}
