package org.balanceexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.data.GeoJsonWriter;
import org.balanceexplorer.data.GisLayer;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/**
 * The GIS features of a view, read back from the GeoJSON text with a plain JSON parser and checked
 * against RFC 7946 and the dataset: what a GIS would see.
 */
class GisExportTest {

    private static JsonNode geoJson(GisLayer layer) throws IOException {
        return new ObjectMapper().readTree(GeoJsonWriter.write(layer));
    }

    @Test
    void eachRingAndBandCarriesItsClaimsFlatAndInFull() throws IOException {
        GisLayer layer = GisExport.layer(ExportFixtures.context(), ExportFixtures.southAsia(), "rings");
        JsonNode root = geoJson(layer);
        // Shaheen-III's claims agree (no band); Agni-V's differ (a band); two launch points.
        assertThat(root.get("features")).extracting(f -> f.get("id").asText())
                .containsExactly("ring-shaheen-3", "ring-agni-5", "band-agni-5", "launch-PAK", "launch-IND");
        WeaponSystem shaheen = ExportFixtures.context().dataset().system("shaheen-3").orElseThrow();
        JsonNode p = root.get("features").get(0).get("properties");
        assertThat(p.get("headline_range_km").asDouble()).isEqualTo(2750);
        assertThat(p.get("claim_count").asInt()).isEqualTo(shaheen.range().claims().size());
        assertThat(p.get("claimants").asText()).contains("ISPR, as reported by Dawn", "Nawal Nawaz (CISS)");
        assertThat(p.get("claims")).hasSize(shaheen.range().claims().size());
        assertThat(p.get("claims").get(1).get("claimant").asText()).isEqualTo("ISPR, as reported by Dawn");
        assertThat(p.get("claims").get(1).get("date").asText()).isEqualTo("2015-03-09");
        assertThat(p.get("claims").get(1).get("address").asText()).startsWith("https://www.dawn.com/");
        assertThat(p.get("launch_point").asText()).isEqualTo("Islamabad (representative point)");
    }

    @Test
    void polygonsFollowTheRightHandRuleAndStayWithinLongitudeBounds() throws IOException {
        JsonNode root = geoJson(GisExport.layer(ExportFixtures.context(), ExportFixtures.world(), "world"));
        int rings = 0;
        for (JsonNode f : root.get("features")) {
            JsonNode g = f.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (g.get("type").asText().equals("Polygon")) {
                polygons.add(g.get("coordinates"));
            } else if (g.get("type").asText().equals("MultiPolygon")) {
                g.get("coordinates").forEach(polygons::add);
            }
            for (JsonNode poly : polygons) {
                for (int i = 0; i < poly.size(); i++) {
                    double area = signedArea(poly.get(i));
                    // Exterior counterclockwise (positive), holes clockwise (negative): RFC 7946, 3.1.6.
                    assertThat(area).as("%s ring %d", f.get("id").asText(), i).isNotZero();
                    assertThat(area > 0).as("%s ring %d counterclockwise", f.get("id").asText(), i).isEqualTo(i == 0);
                    for (JsonNode pos : poly.get(i)) {
                        assertThat(pos.get(0).asDouble()).isBetween(-180.0, 180.0);
                        assertThat(pos.get(1).asDouble()).isBetween(-90.0, 90.0);
                    }
                    rings++;
                }
            }
        }
        assertThat(rings).isGreaterThan(3);
    }

    @Test
    void theDf41RingFromBeijingIsSplitAtTheAntimeridianIntoPartsOnEitherSide() throws IOException {
        JsonNode root = geoJson(GisExport.layer(ExportFixtures.context(), ExportFixtures.world(), "world"));
        JsonNode df41 = null;
        for (JsonNode f : root.get("features")) {
            if (f.get("id").asText().equals("ring-df-41")) {
                df41 = f.get("geometry");
            }
        }
        assertThat(df41).isNotNull();
        // 15,000 km from Beijing reaches past 180 degrees east: no edge of the output jumps across the
        // map (a step of more than 180 degrees of longitude would be a ring drawn the wrong way round),
        // but for the edge along a pole that closes a ring holding it.
        List<JsonNode> rings = new ArrayList<>();
        if (df41.get("type").asText().equals("Polygon")) {
            df41.get("coordinates").forEach(rings::add);
        } else {
            df41.get("coordinates").forEach(p -> p.forEach(rings::add));
        }
        boolean east = false;
        boolean west = false;
        for (JsonNode ring : rings) {
            for (int i = 1; i < ring.size(); i++) {
                double a = ring.get(i - 1).get(0).asDouble();
                double b = ring.get(i).get(0).asDouble();
                boolean alongAPole = Math.abs(ring.get(i - 1).get(1).asDouble()) == 90
                        && Math.abs(ring.get(i).get(1).asDouble()) == 90;
                // Only the edge that closes the area over a pole runs the map's width (along 90 degrees).
                assertThat(Math.abs(b - a) <= 180 || alongAPole).as("edge %s -> %s", ring.get(i - 1), ring.get(i))
                        .isTrue();
                east |= b > 170;
                west |= b < -170;
            }
        }
        assertThat(east && west).as("reaches both sides of the antimeridian").isTrue();
    }

    /** Twice the signed area (shoelace) of a lon/lat ring: positive when counterclockwise. */
    private static double signedArea(JsonNode ring) {
        double s = 0;
        for (int i = 1; i < ring.size(); i++) {
            s += ring.get(i - 1).get(0).asDouble() * ring.get(i).get(1).asDouble()
                    - ring.get(i).get(0).asDouble() * ring.get(i - 1).get(1).asDouble();
        }
        return s;
    }
}
