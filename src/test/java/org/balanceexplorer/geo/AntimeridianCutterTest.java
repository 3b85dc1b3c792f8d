package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class AntimeridianCutterTest {

    /** Areas here are sums of exact rectangles in degrees; only rounding separates them. */
    static final double AREA_TOLERANCE_DEG2 = 1e-9;

    @Test
    void fewerThanThreeDistinctPointsAreRefused() {
        List<GeoPoint> two = List.of(new GeoPoint(0, 0), new GeoPoint(1, 1), new GeoPoint(0, 0));
        assertThatThrownBy(() -> AntimeridianCutter.cut(two)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clockwiseRing");
    }

    @Test
    void clockwiseSquareAwayFromTheSeamIsReturnedAsIs() {
        Geometry g = AntimeridianCutter.cut(square(0, 10, 0, 10));
        assertThat(g.getNumGeometries()).isEqualTo(1);
        assertThat(g.getArea()).isCloseTo(100, within(AREA_TOLERANCE_DEG2));
    }

    @Test
    void squareAcrossTheAntimeridianBecomesTwoRectanglesAtTheMapEdges() {
        Geometry g = AntimeridianCutter.cut(square(0, 10, 175, -175));
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.getArea()).isCloseTo(100, within(AREA_TOLERANCE_DEG2));
        assertThat(g.getEnvelopeInternal().getMinX()).isEqualTo(-180);
        assertThat(g.getEnvelopeInternal().getMaxX()).isEqualTo(180);
    }

    @Test
    void westwardParallelEnclosesTheNorthPoleAndEastwardTheSouthPole() {
        List<GeoPoint> westward = new ArrayList<>();
        List<GeoPoint> eastward = new ArrayList<>();
        for (int lon = 170; lon > -190; lon -= 10) {
            westward.add(GeoPoint.wrapped(60, lon));
            eastward.add(GeoPoint.wrapped(-60, -lon));
        }
        Geometry north = AntimeridianCutter.cut(westward);
        Geometry south = AntimeridianCutter.cut(eastward);
        assertThat(north.getNumGeometries()).isEqualTo(1);
        assertThat(north.getArea()).isCloseTo(360 * 30, within(AREA_TOLERANCE_DEG2));
        assertThat(north.covers(Coordinates.FACTORY.createPoint(new Coordinate(0, 89)))).isTrue();
        assertThat(south.getArea()).isCloseTo(360 * 30, within(AREA_TOLERANCE_DEG2));
        assertThat(south.covers(Coordinates.FACTORY.createPoint(new Coordinate(0, -89)))).isTrue();
    }

    @Test
    void reframingLeavesGeometryInsideTheWindowAlone() {
        Geometry g = AntimeridianCutter.cut(square(0, 10, 0, 10));
        assertThat(AntimeridianCutter.reframe(g, 180).equalsExact(g)).isTrue();
    }

    /** A clockwise square (north edge west to east first). */
    private static List<GeoPoint> square(double south, double north, double west, double east) {
        return List.of(new GeoPoint(north, west), new GeoPoint(north, east), new GeoPoint(south, east), new GeoPoint(south, west));
    }
}
