package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.Test;

class BasemapTest {

    /** A square country, a bow-tie (self-intersecting, invalid) polygon, a two-island MultiPolygon. */
    static final String FIXTURE = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": "001", "properties": {"name": "Squareland"},
           "geometry": {"type": "Polygon", "coordinates": [[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
          {"type": "Feature", "properties": {"name": "Bowtie", "id": "002"},
           "geometry": {"type": "Polygon", "coordinates": [[[20,0],[30,10],[30,0],[20,10],[20,0]]]}},
          {"type": "Feature", "properties": {"name": "Islands"},
           "geometry": {"type": "MultiPolygon", "coordinates": [
             [[[40,0],[41,0],[41,1],[40,1],[40,0]]],
             [[[50,0],[51,0],[51,1],[50,1],[50,0]]]]}},
          {"type": "Feature", "properties": {"name": "Nowhere"}, "geometry": null}
        ]}
        """;

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void featuresAreReadWithNamesIdsAndGeometry() {
        Basemap map = Basemap.read(stream(FIXTURE));
        assertThat(map.countries()).extracting(CountryShape::name).containsExactly("Squareland", "Bowtie", "Islands");
        assertThat(map.countries()).extracting(CountryShape::id).containsExactly("001", "002", null);
        assertThat(map.byName("squareland")).get().extracting(c -> c.geometry().getArea()).isEqualTo(100.0);
        assertThat(map.byName("Islands").orElseThrow().geometry().getNumGeometries()).isEqualTo(2);
        assertThat(map.byName("Atlantis")).isEmpty();
    }

    @Test
    void invalidBowTieIsRepairedIntoAValidPolygonOfTheSameArea() {
        CountryShape bowtie = Basemap.read(stream(FIXTURE)).byName("Bowtie").orElseThrow();
        assertThat(bowtie.geometry().isValid()).isTrue();
        assertThat(bowtie.geometry().getArea()).isEqualTo(50.0);       // two triangles of 25
    }

    @Test
    void countryAtFindsTheCountryUnderAPoint() {
        Basemap map = Basemap.read(stream(FIXTURE));
        assertThat(map.countryAt(new GeoPoint(5, 5))).get().extracting(CountryShape::name).isEqualTo("Squareland");
        assertThat(map.countryAt(new GeoPoint(0.5, 50.5))).get().extracting(CountryShape::name).isEqualTo("Islands");
        assertThat(map.countryAt(new GeoPoint(5, 22))).get().extracting(CountryShape::name).isEqualTo("Bowtie");
        assertThat(map.countryAt(new GeoPoint(5, 28))).get().extracting(CountryShape::name).isEqualTo("Bowtie");
        assertThat(map.countryAt(new GeoPoint(2, 25))).as("the bow-tie's notch").isEmpty();
        assertThat(map.countryAt(new GeoPoint(0.5, 45))).isEmpty();
        assertThat(map.countryAt(new GeoPoint(-45, -100))).isEmpty();
    }

    @Test
    void brokenInputGivesAPlainDomainError() {
        assertThatThrownBy(() -> Basemap.read(stream("{not json")))
                .isInstanceOf(GeodesyException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> Basemap.read(stream("{\"type\": \"Feature\"}")))
                .isInstanceOf(GeodesyException.class).hasMessageContaining("FeatureCollection");
        assertThatThrownBy(() -> Basemap.read(stream("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "P"},
                 "geometry": {"type": "Point", "coordinates": [1, 2]}}]}""")))
                .isInstanceOf(GeodesyException.class).hasMessageContaining("Point").hasMessageContaining("(P)");
        assertThatThrownBy(() -> Basemap.read(stream("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]}""")))
                .isInstanceOf(GeodesyException.class).hasMessageContaining("no name");
        assertThatThrownBy(() -> Basemap.read(stream("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Q"},
                 "geometry": {"type": "Polygon", "coordinates": [[[0,0],["a",0],[1,1],[0,0]]]}}]}""")))
                .isInstanceOf(GeodesyException.class).hasMessageContaining("[longitude, latitude]");
    }
}
