package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Regression: polygons that cross the antimeridian (Russia's Chukotka, Fiji) were repaired before
 * they were unwrapped, which left bands running half-way round the globe along a parallel, drawn
 * as stray lines across Siberia.
 */
class BasemapSeamTest {

    /** No coastline or border segment of Natural Earth at these scales spans 30 degrees of longitude. */
    private static final double LONGEST_REAL_EDGE_DEG = 30;

    @ParameterizedTest
    @ValueSource(strings = {"countries-110m.geojson", "countries-50m.geojson"})
    void noCountryHasAnEdgeAcrossHalfTheMapExceptAlongAPole(String file) throws IOException {
        Basemap map;
        try (InputStream in = Files.newInputStream(Path.of("data", "basemap", file))) {
            map = Basemap.read(in);
        }
        List<String> long_ = new ArrayList<>();
        for (CountryShape s : map.countries()) {
            Geometry g = s.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                Coordinate[] cs = p.getExteriorRing().getCoordinates();
                for (int j = 1; j < cs.length; j++) {
                    boolean alongPole = Math.abs(cs[j].y) == 90 && Math.abs(cs[j - 1].y) == 90;
                    if (!alongPole && Math.abs(cs[j].x - cs[j - 1].x) > LONGEST_REAL_EDGE_DEG) {
                        long_.add(s.name() + ": " + cs[j - 1] + " -> " + cs[j]);
                    }
                }
            }
        }
        assertThat(long_).isEmpty();
        assertThat(map.byName("Russia").orElseThrow().geometry().isValid()).isTrue();
        // Chukotka, east of the antimeridian, is still Russia's.
        assertThat(map.countryAt(new org.balanceexplorer.model.GeoPoint(66.0, -175.0)))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Russia"));
    }
}
