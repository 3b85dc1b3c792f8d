package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

class NaiveCircleTest {

    /** A 360-gon's extreme vertices sit exactly on the circle at 0, 90, 180, 270 degrees; rounding only. */
    static final double EXTREME_DEG = 1e-9;

    @Test
    void circleIsRoundInPlainDegreesAt111point32KmPerDegree() {
        GeoPoint delhi = new GeoPoint(28.61, 77.21);
        Geometry circle = NaiveCircle.of(delhi, 1_113_200);         // exactly 10 degrees
        Envelope e = circle.getEnvelopeInternal();
        assertThat(e.getMinX()).isCloseTo(67.21, within(EXTREME_DEG));
        assertThat(e.getMaxX()).isCloseTo(87.21, within(EXTREME_DEG));
        assertThat(e.getMinY()).isCloseTo(18.61, within(EXTREME_DEG));
        assertThat(e.getMaxY()).isCloseTo(38.61, within(EXTREME_DEG));
        assertThat(circle.getArea()).isCloseTo(Math.PI * 100, within(Math.PI * 100 * 1e-4));
    }

    @Test
    void naiveCircleIsNarrowerEastWestThanTheTrueRingAwayFromTheEquator() {
        GeoPoint delhi = new GeoPoint(28.61, 77.21);
        double east = NaiveCircle.of(delhi, 2_750_000).getEnvelopeInternal().getMaxX();
        double trueEast = RangeRing.of(delhi, 2_750_000, 100).geographic().getEnvelopeInternal().getMaxX();
        assertThat(trueEast - east).as("degrees of longitude the mistake loses").isGreaterThan(2);
    }

    @Test
    void circleAcrossTheAntimeridianIsCutIntoPiecesInsideTheMap() {
        Geometry circle = NaiveCircle.of(new GeoPoint(-17, 179), 556_600);        // 5 degrees
        assertThat(circle.isValid()).isTrue();
        assertThat(circle.getNumGeometries()).isEqualTo(2);
        Envelope e = circle.getEnvelopeInternal();
        assertThat(e.getMinX()).isEqualTo(-180);
        assertThat(e.getMaxX()).isEqualTo(180);
        assertThat(circle.getArea()).isCloseTo(Math.PI * 25, within(0.01));
    }

    @Test
    void latitudesAreClampedAtThePole() {
        Geometry circle = NaiveCircle.of(new GeoPoint(85, 0), 1_113_200);
        assertThat(circle.isValid()).isTrue();
        assertThat(circle.getEnvelopeInternal().getMaxY()).isEqualTo(90);
        assertThat(circle.getArea()).isLessThan(Math.PI * 100);
    }

    @Test
    void radiusMustBePositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NaiveCircle.of(new GeoPoint(0, 0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radiusMeters");
    }
}
