package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Which countries may show in a view: conservative, never leaving out one that reaches the cap. */
class SphericalCapTest {

    private static final GeoPoint DELHI = new GeoPoint(28.61, 77.21);

    @Test
    void aCountryAroundTheCentreOrNearItMayReachAndOneFarAwayDoesNot() throws ParseException {
        SphericalCap cap = new SphericalCap(DELHI, 10);
        WKTReader wkt = new WKTReader();
        assertThat(cap.mayReach(wkt.read("POLYGON ((60 10, 100 10, 100 45, 60 45, 60 10))"))).isTrue();
        assertThat(cap.mayReach(wkt.read("POLYGON ((85 28, 86 28, 86 29, 85 29, 85 28))"))).isTrue();
        assertThat(cap.mayReach(wkt.read("POLYGON ((-100 30, -90 30, -90 40, -100 40, -100 30))"))).isFalse();
        // A long edge whose ends are far but whose middle passes close by.
        assertThat(cap.mayReach(wkt.read("LINESTRING (40 28, 115 28)"))).isTrue();
    }

    @Test
    void aCapOfHalfTheSphereOrMoreReachesEverything() throws ParseException {
        assertThat(new SphericalCap(DELHI, 179).mayReach(new WKTReader().read("POINT (-102 -28)"))).isTrue();
    }

    /** Against the basemap: every country with a vertex inside a random cap is one that may reach it. */
    @Test
    void noCountryWithAPointInsideTheCapIsLeftOut() throws IOException {
        Basemap coarse;
        try (InputStream in = BundledData.basemap(BundledData.Resolution.COARSE)) {
            coarse = Basemap.read(in);
        }
        Random random = new Random(20261204);
        for (int i = 0; i < 40; i++) {
            GeoPoint centre = new GeoPoint(random.nextDouble() * 160 - 80, random.nextDouble() * 360 - 180);
            double radius = 5 + random.nextDouble() * 60;
            SphericalCap cap = new SphericalCap(centre, radius);
            for (CountryShape c : coarse.countries()) {
                Geometry g = c.geometry();
                boolean inside = false;
                for (Coordinate v : g.getCoordinates()) {
                    double d = Geodesy.inverse(centre, GeoPoint.wrapped(v.y, v.x)).distanceMeters();
                    inside |= d < radius * 111_000 * 0.99;
                }
                if (inside) {
                    assertThat(cap.mayReach(g)).as("%s near %s within %.0f degrees", c.name(), centre, radius).isTrue();
                }
            }
        }
    }
}
