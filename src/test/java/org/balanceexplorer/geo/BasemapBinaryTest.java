package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The basemap's binary copy gives back, point for point, what its GeoJSON gives. */
public class BasemapBinaryTest {

    static Basemap fromGeoJson(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap", file))) {
            return Basemap.read(in);
        }
    }

    static byte[] binary(Basemap b, String file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasemapBinary.write(b, Files.readAllBytes(Path.of("data/basemap", file)), out);
        return out.toByteArray();
    }

    static Basemap read(byte[] binary, String file) throws IOException {
        return BasemapBinary.read(new ByteArrayInputStream(binary), () -> open(file));
    }

    /** Same countries in the same order, same ids and names, geometries equal point for point. */
    public static void assertSameBasemap(Basemap actual, Basemap expected) {
        assertThat(actual.countries()).hasSameSizeAs(expected.countries());
        for (int i = 0; i < expected.countries().size(); i++) {
            CountryShape a = actual.countries().get(i);
            CountryShape e = expected.countries().get(i);
            assertThat(a.id()).isEqualTo(e.id());
            assertThat(a.name()).isEqualTo(e.name());
            assertThat(a.geometry().getGeometryType()).as(e.name()).isEqualTo(e.geometry().getGeometryType());
            assertThat(a.geometry().equalsExact(e.geometry())).as(e.name()).isTrue();
            assertThat(a.geometry().isValid()).as(e.name() + " is valid, as repaired").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"countries-110m.geojson", "countries-50m.geojson"})
    void everyCountryComesBackPointForPoint(String file) throws IOException {
        Basemap json = fromGeoJson(file);
        Basemap back = read(binary(json, file), file);
        assertSameBasemap(back, json);
        // the lookups work on the copy as on the original (Islamabad, New Delhi, Beijing, mid-ocean)
        for (GeoPoint p : List.of(new GeoPoint(33.69, 73.06), new GeoPoint(28.61, 77.21),
                new GeoPoint(39.90, 116.40), new GeoPoint(-30, -120))) {
            assertThat(back.countryAt(p).map(CountryShape::name)).isEqualTo(json.countryAt(p).map(CountryShape::name));
        }
        assertThat(back.countryAt(new GeoPoint(28.61, 77.21)).map(CountryShape::name)).contains("India");
        assertThat(back.byName("pakistan")).isPresent();
    }

    @Test
    void aCopyCutShortOrLongerIsRefused() throws IOException {
        String file = "countries-110m.geojson";
        byte[] whole = binary(fromGeoJson(file), file);
        for (int cut : new int[] {0, 4, 11, 50, whole.length / 3, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> read(part, file))
                    .as("cut at %d", cut).isInstanceOf(IOException.class);
        }
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThatThrownBy(() -> read(longer, file))
                .isInstanceOf(IOException.class).hasMessageContaining("after its end");
    }

    @Test
    void aDamagedCopyFallsBackToTheGeoJson() throws IOException {
        Basemap json = fromGeoJson("countries-110m.geojson");
        byte[] damaged = binary(json, "countries-110m.geojson");
        damaged[0] = 'X';
        Basemap b = BasemapBinary.readEither(() -> new ByteArrayInputStream(damaged),
                () -> open("countries-110m.geojson"), true);
        assertSameBasemap(b, json);
        Basemap none = BasemapBinary.readEither(() -> null, () -> open("countries-110m.geojson"), true);
        assertSameBasemap(none, json);
    }

    @Test
    void aCopyOlderThanItsGeoJsonIsNotUsed() throws IOException {
        Basemap coarse = fromGeoJson("countries-110m.geojson");
        byte[] copy = binary(coarse, "countries-110m.geojson");
        // the copy of the 1:110m map, checked against the 1:50m GeoJSON: "changed since"
        assertThatThrownBy(() -> read(copy, "countries-50m.geojson"))
                .isInstanceOf(IOException.class).hasMessageContaining("GeoJSON changed");
        Basemap b = BasemapBinary.readEither(() -> new ByteArrayInputStream(copy), () -> open("countries-50m.geojson"),
                true);
        assertThat(b.countries().size()).as("the 1:50m GeoJSON was read instead").isGreaterThan(coarse.countries().size());
        // not compared (one build artefact): the copy is taken as it is
        Basemap trusted = BasemapBinary.readEither(() -> new ByteArrayInputStream(copy),
                () -> open("countries-50m.geojson"), false);
        assertSameBasemap(trusted, coarse);
    }

    private static InputStream open(String file) {
        try {
            return Files.newInputStream(Path.of("data/basemap", file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
