package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Rings that world-atlas publishes jumping across the antimeridian the long way are re-cut on load. */
class BasemapAntimeridianTest {

    /** An island 1 degree square straddling 180, written as world-atlas writes Fiji: 180 then -180. */
    static final String STRADDLING_ISLAND = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "242", "properties": {"name": "Straddle"},
           "geometry": {"type": "Polygon", "coordinates": [[[179.5,-17],[180,-17],[-180,-17],[-179.5,-17],[-179.5,-16],[-180,-16],[180,-16],[179.5,-16],[179.5,-17]]]}}
        ]}
        """;

    static Basemap read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap", file))) {
            return Basemap.read(in);
        }
    }

    @Test
    void islandWrittenAcrossTheAntimeridianBecomesTwoSmallPiecesOfTheRightArea() {
        Basemap map = Basemap.read(new ByteArrayInputStream(STRADDLING_ISLAND.getBytes(StandardCharsets.UTF_8)));
        Geometry g = map.byName("Straddle").orElseThrow().geometry();
        assertThat(g.isValid()).isTrue();
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.getArea()).isCloseTo(1.0, within(1e-9));
        assertThat(map.countryAt(new GeoPoint(-16.5, 179.9))).isPresent();
        assertThat(map.countryAt(new GeoPoint(-16.5, -179.9))).isPresent();
        assertThat(map.countryAt(new GeoPoint(-16.5, 0))).isEmpty();
    }

    @Test
    void noPolygonOfEitherNaturalEarthFileHasAnEdgeAcrossTheWholeMap() throws IOException {
        for (String file : new String[] {"countries-110m.geojson", "countries-50m.geojson"}) {
            for (CountryShape c : read(file).countries()) {
                assertThat(c.geometry().isValid()).as(c.name()).isTrue();
                for (int i = 0; i < c.geometry().getNumGeometries(); i++) {
                    Coordinate[] cs = c.geometry().getGeometryN(i).getCoordinates();
                    for (int k = 1; k < cs.length; k++) {
                        boolean alongPole = cs[k].y == cs[k - 1].y && Math.abs(cs[k].y) > 89.9;
                        assertThat(alongPole || Math.abs(cs[k].x - cs[k - 1].x) <= 180)
                                .as("%s in %s: %s - %s", c.name(), file, cs[k - 1], cs[k]).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void antarcticaAt110mIsClosedAlongTheSouthPoleAndFijiStaysInTheSouthPacific() throws IOException {
        Basemap map = read("countries-110m.geojson");
        assertThat(map.countryAt(new GeoPoint(-89.5, 0))).get().extracting(CountryShape::name).isEqualTo("Antarctica");
        Geometry fiji = map.byName("Fiji").orElseThrow().geometry();
        assertThat(fiji.getArea()).as("square degrees, a few islands").isLessThan(3);
        assertThat(map.countryAt(new GeoPoint(-16.5, 0))).isEmpty();
    }
}
