package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The true outline of a cut area: its boundary without the edges the cut added. */
class CutOutlineTest {

    @Test
    void nullGivesNullAndAnEmptyAreaNoLines() throws ParseException {
        assertThat(CutOutline.of(null)).isNull();
        assertThat(CutOutline.of(new WKTReader().read("POLYGON EMPTY")).isEmpty()).isTrue();
    }

    @Test
    void anUncutPolygonKeepsItsWholeBoundaryAsOneClosedLine() throws ParseException {
        Geometry square = new WKTReader().read("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))");
        Geometry outline = CutOutline.of(square);
        assertThat(outline.getNumGeometries()).isEqualTo(1);
        assertThat(outline.getLength()).isEqualTo(40);
    }

    @Test
    void edgesAlongTheAntimeridianAndAPoleAreDropped() throws ParseException {
        Geometry cut = new WKTReader().read("POLYGON ((170 60, 180 60, 180 90, -180 90, -180 60, -170 60, -170 70, "
                + "170 70, 170 60))");
        // Parts of this polygon on the meridian and the pole: 180 60..90, 180..-180 at 90, -180 90..60.
        Geometry outline = CutOutline.of(cut);
        for (Coordinate c : outline.getCoordinates()) {
            assertThat(c.y).isLessThan(90);
        }
        assertThat(outline.getLength()).isEqualTo(10 + 10 + 10 + 340 + 10, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRingHoldingTheNorthPoleLeavesOnlyItsCircle() {
        GeoPoint beijing = new GeoPoint(39.9042, 116.4074);
        RangeRing ring = RangeRing.of(beijing, 11_000_000, 1_000);
        Geometry outline = CutOutline.of(ring.geographic());
        assertThat(outline.getNumPoints()).isGreaterThan(100);
        for (Coordinate c : outline.getCoordinates()) {
            double d = Geodesy.inverse(beijing, GeoPoint.wrapped(c.y, c.x)).distanceMeters();
            assertThat(Math.abs(d - 11_000_000)).as("vertex %s", c).isLessThan(1_500);
        }
    }
}
