package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Areas on WGS 84 against GeographicLib's PolygonArea and closed-form cases. */
class EllipsoidAreaTest {

    /**
     * Relative tolerance against PolygonArea on a boundary densified to 0.01 degrees: PolygonArea
     * reads edges as geodesics, this class as straight in lon/lat; at 0.01 degrees the two differ
     * by metres per edge, far below this.
     */
    private static final double AGAINST_GEOGRAPHICLIB = 1e-5;
    /** Total surface of WGS 84 in square metres (GeographicLib: Geodesic.WGS84.EllipsoidArea()). */
    private static final double EARTH = Geodesic.WGS84.EllipsoidArea();
    private static final WKTReader WKT = new WKTReader(Coordinates.FACTORY);

    static Basemap basemap;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-110m.geojson"))) {
            basemap = Basemap.read(in);
        }
    }

    @Test
    void emptyGeometriesAndLinesHaveNoArea() throws ParseException {
        assertThat(EllipsoidArea.squareMeters(WKT.read("POLYGON EMPTY"))).isZero();
        assertThat(EllipsoidArea.squareMeters(WKT.read("LINESTRING (0 0, 1 1)"))).isZero();
    }

    @Test
    void theNorthernHemisphereIsHalfTheEllipsoid() throws ParseException {
        Geometry north = WKT.read("POLYGON ((-180 0, 180 0, 180 90, -180 90, -180 0))");
        assertThat(EllipsoidArea.squareMeters(north)).isCloseTo(EARTH / 2, within(EARTH * 1e-12));
    }

    @Test
    void aBandBetweenTwoParallelsHasTheClosedFormArea() throws ParseException {
        // A band between parallels is bounded by lines of constant latitude, which are not
        // geodesics; its area is 2 pi (y(phi2) - y(phi1)) a in closed form.
        Geometry band = WKT.read("POLYGON ((-180 10, 180 10, 180 40, -180 40, -180 10))");
        double expected = 2 * Math.PI * EllipsoidArea.A
                * (EllipsoidArea.authalicY(Math.toRadians(40)) - EllipsoidArea.authalicY(Math.toRadians(10)));
        assertThat(EllipsoidArea.squareMeters(band)).isCloseTo(expected, within(expected * 1e-12));
    }

    @Test
    void windingDoesNotChangeTheAreaAndHolesAreSubtracted() throws ParseException {
        Geometry ccw = WKT.read("POLYGON ((70 20, 80 20, 80 30, 70 30, 70 20))");
        Geometry cw = WKT.read("POLYGON ((70 20, 70 30, 80 30, 80 20, 70 20))");
        Geometry holed = WKT.read("POLYGON ((70 20, 80 20, 80 30, 70 30, 70 20), (74 24, 74 26, 76 26, 76 24, 74 24))");
        Geometry hole = WKT.read("POLYGON ((74 24, 76 24, 76 26, 74 26, 74 24))");
        assertThat(EllipsoidArea.squareMeters(cw)).isCloseTo(EllipsoidArea.squareMeters(ccw), within(1.0));
        assertThat(EllipsoidArea.squareMeters(holed))
                .isCloseTo(EllipsoidArea.squareMeters(ccw) - EllipsoidArea.squareMeters(hole), within(1.0));
    }

    @Test
    void indiaPakistanAndChinaAgreeWithGeographicLibsPolygonArea() {
        for (String name : new String[] {"India", "Pakistan", "China", "United States of America"}) {
            Geometry country = basemap.byName(name).orElseThrow().geometry();
            Geometry dense = Densifier.densify(country, 0.01);
            double expected = geographicLib(dense);
            assertThat(EllipsoidArea.squareMeters(country)).as(name)
                    .isCloseTo(expected, within(expected * AGAINST_GEOGRAPHICLIB));
        }
    }

    /** PolygonArea over each ring (geodesic edges between the densified vertices), holes subtracted. */
    static double geographicLib(Geometry lonLat) {
        double sum = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon p = (Polygon) lonLat.getGeometryN(i);
            sum += ringArea(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sum -= ringArea(p.getInteriorRingN(h));
            }
        }
        return sum;
    }

    private static double ringArea(LineString ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            area.AddPoint(c[i].y, c[i].x);
        }
        PolygonResult r = area.Compute(false, true);
        return Math.abs(r.area);
    }
}
