package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** The disputed-line rule applied to the real Natural Earth files. */
class DisputedBoundariesTest {

    /** A point on the undisputed southern India–Pakistan border (Rann of Kutch), lon/lat degrees. */
    static final Coordinate RANN_OF_KUTCH = new Coordinate(70.0, 24.5);

    /** How far that point must be from every disputed line, degrees (the brief's figure). */
    static final double NOT_ON_LINE_DEG = 0.1;

    /** The Aksai Chin to Arunachal Pradesh window the India–China line must lie in, degrees. */
    static final Envelope INDIA_CHINA_WINDOW = new Envelope(72, 98, 26, 37);

    static Map<String, DisputedLine> derive(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap", file))) {
            return DisputedBoundaries.derive(Basemap.read(in)).stream()
                    .collect(Collectors.toMap(DisputedLine::key, l -> l));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries-110m.geojson", "countries-50m.geojson"})
    void indiaChinaLineIsLongAndLiesBetweenAksaiChinAndArunachal(String file) throws IOException {
        DisputedLine line = derive(file).get(DisputedBoundaries.INDIA_CHINA_KEY);
        assertThat(line).isNotNull();
        assertThat(INDIA_CHINA_WINDOW.covers(line.geometry().getEnvelopeInternal())).as(line.geometry().getEnvelopeInternal().toString()).isTrue();
        assertThat(line.geometry().getLength()).as("degrees of line (measured 17.0 at 110m, 19.6 at 50m)").isGreaterThan(15);
        // Both ends of the dispute are there: Ladakh / Aksai Chin in the west, Arunachal in the east.
        assertThat(line.geometry().getEnvelopeInternal().getMinX()).isLessThan(80);
        assertThat(line.geometry().getEnvelopeInternal().getMaxX()).isGreaterThan(94);
        assertThat(line.label()).contains("India", "China", "de facto");
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries-110m.geojson", "countries-50m.geojson"})
    void kashmirLineLiesNorthOf32point5AndReachesIntoKashmir(String file) throws IOException {
        DisputedLine line = derive(file).get(DisputedBoundaries.KASHMIR_KEY);
        assertThat(line).isNotNull();
        Envelope e = line.geometry().getEnvelopeInternal();
        assertThat(e.getMinY()).isGreaterThanOrEqualTo(DisputedBoundaries.KASHMIR_SOUTH_LAT_DEG);
        assertThat(e.getMaxY()).as("up towards Gilgit-Baltistan").isGreaterThan(34);
        assertThat(line.geometry().getLength()).isGreaterThan(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries-110m.geojson", "countries-50m.geojson"})
    void undisputedBorderInTheRannOfKutchIsOnNoDisputedLine(String file) throws IOException {
        Point rann = Coordinates.FACTORY.createPoint(RANN_OF_KUTCH);
        for (DisputedLine line : derive(file).values()) {
            assertThat(line.geometry().distance(rann)).as(line.key()).isGreaterThan(NOT_ON_LINE_DEG);
        }
    }

    @Test
    void siachenOutlineComesFromTheFeatureWithoutAnIsoCodeAt50mOnly() throws IOException {
        assertThat(derive("countries-110m.geojson")).doesNotContainKey(DisputedBoundaries.SIACHEN_KEY);
        DisputedLine siachen = derive("countries-50m.geojson").get(DisputedBoundaries.SIACHEN_KEY);
        assertThat(siachen).isNotNull();
        assertThat(siachen.geometry().isClosed()).isTrue();
        assertThat(new Envelope(76, 78, 34.5, 36).covers(siachen.geometry().getEnvelopeInternal())).isTrue();
    }

    @Test
    void countriesThatShareNothingGiveNoLine() {
        String json = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "356", "properties": {"name": "India"},
               "geometry": {"type": "Polygon", "coordinates": [[[70,20],[80,20],[80,30],[70,30],[70,20]]]}},
              {"type": "Feature", "id": "156", "properties": {"name": "China"},
               "geometry": {"type": "Polygon", "coordinates": [[[90,20],[100,20],[100,30],[90,30],[90,20]]]}},
              {"type": "Feature", "id": "586", "properties": {"name": "Pakistan"},
               "geometry": {"type": "Polygon", "coordinates": [[[60,30],[70,30],[70,40],[60,40],[60,30]]]}}
            ]}
            """;
        List<DisputedLine> lines = DisputedBoundaries.derive(Basemap.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        // India and China do not touch; India and Pakistan touch only at the corner (70, 30): a point, not a line.
        assertThat(lines).isEmpty();
    }
}
