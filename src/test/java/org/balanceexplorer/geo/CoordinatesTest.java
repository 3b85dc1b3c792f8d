package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class CoordinatesTest {

    @Test
    void jtsXIsLongitudeAndYIsLatitude() {
        Coordinate c = Coordinates.toCoordinate(new GeoPoint(28.61, 77.21));
        assertThat(c.x).isEqualTo(77.21);
        assertThat(c.y).isEqualTo(28.61);
        assertThat(Coordinates.toGeoPoint(c)).isEqualTo(new GeoPoint(28.61, 77.21));
    }

    @Test
    void longitudeOutsideTheMapIsWrappedAndLatitudeOutsideTheGlobeIsRefused() {
        assertThat(Coordinates.toGeoPoint(new Coordinate(190, 10))).isEqualTo(new GeoPoint(10, -170));
        assertThatThrownBy(() -> Coordinates.toGeoPoint(new Coordinate(0, 91))).isInstanceOf(IllegalArgumentException.class);
    }
}
