package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app loads its bundled dataset without the JSON Schema pass ({@link DatasetLoader#loadVerified}),
 * which is safe only because the build checks that very copy in full: this test.
 */
class BundledDatasetTest {

    @Test
    void theBundledCopyPassesEveryCheck() {
        assertThat(DatasetLoader.validate(BundledData.datasetFolder())).isEmpty();
    }

    @Test
    void loadingItVerifiedGivesTheSameDatasetAsLoadingItInFull() {
        Dataset full = DatasetLoader.load(BundledData.datasetFolder());
        Dataset verified = DatasetLoader.loadVerified(BundledData.datasetFolder());
        assertThat(verified.info()).isEqualTo(full.info());
        assertThat(verified.systems()).isEqualTo(full.systems());
        assertThat(verified.sources()).isEqualTo(full.sources());
        assertThat(verified.places()).isEqualTo(full.places());
        assertThat(verified.countries()).isEqualTo(full.countries());
        assertThat(verified.events()).isEqualTo(full.events());
    }

    /**
     * Every country has its Urdu and Hindi names from Natural Earth 5 (NAME_UR, NAME_HI of
     * ne_110m_admin_0_countries, read in that file for Pakistan, India and China) with the source
     * named; a language without a sourced name falls back to English.
     */
    @Test
    void everyCountryHasNaturalEarthsUrduAndHindiNames() {
        Dataset d = DatasetLoader.loadVerified(BundledData.datasetFolder());
        assertThat(d.countries()).allSatisfy(c -> {
            assertThat(c.localNames().byLanguage()).containsOnlyKeys("ur", "hi");
            assertThat(c.localNames().source()).startsWith("Natural Earth 5 admin-0 countries");
        });
        var pak = d.country("PAK").orElseThrow();
        assertThat(pak.name("ur")).isEqualTo("\u067e\u0627\u06a9\u0633\u062a\u0627\u0646");
        assertThat(pak.name("hi")).isEqualTo("\u092a\u093e\u0915\u093f\u0938\u094d\u0924\u093e\u0928");
        assertThat(d.country("IND").orElseThrow().name("ur")).isEqualTo("\u0628\u06be\u0627\u0631\u062a");
        assertThat(d.country("IND").orElseThrow().name("hi")).isEqualTo("\u092d\u093e\u0930\u0924");
        assertThat(d.country("CHN").orElseThrow().name("en")).isEqualTo("China");
        assertThat(d.country("CHN").orElseThrow().name(null)).isEqualTo("China");
    }

    /**
     * 42 of the 46 places have Natural Earth 5's Urdu and Hindi names (populated places, 1:110m or
     * 1:50m); the four neither file has keep their English name in every language.
     */
    @Test
    void placesHaveNaturalEarthsNamesWhereItHasThePlace() {
        Dataset d = DatasetLoader.loadVerified(BundledData.datasetFolder());
        assertThat(d.places().stream().filter(p -> !p.localNames().byLanguage().isEmpty())).hasSize(42);
        var islamabad = d.places().stream().filter(p -> p.id().equals("islamabad")).findFirst().orElseThrow();
        assertThat(islamabad.name("ur")).isEqualTo("\u0627\u0633\u0644\u0627\u0645 \u0622\u0628\u0627\u062f");
        assertThat(islamabad.name("hi")).isEqualTo("\u0907\u0938\u094d\u0932\u093e\u092e\u093e\u092c\u093e\u0926");
        assertThat(islamabad.localNames().source()).contains("ne_110m_populated_places");
        var gwadar = d.places().stream().filter(p -> p.id().equals("gwadar")).findFirst().orElseThrow();
        assertThat(gwadar.name("ur")).isEqualTo("Gwadar");
        assertThat(gwadar.localNames()).isEqualTo(org.balanceexplorer.model.LocalNames.NONE);
    }

    @Test
    void aDamagedFileStillFailsWithItsPlaceWhenLoadedVerified(@TempDir Path dir) throws IOException {
        for (Path p : Files.list(BundledData.datasetFolder()).toList()) {
            Files.copy(p, dir.resolve(p.getFileName().toString()));
        }
        Path places = dir.resolve("places.json");
        String text = Files.readString(places, StandardCharsets.UTF_8);
        Files.writeString(places, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatasetLoader.loadVerified(dir)).isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("places.json");
                            assertThat(p.line()).isGreaterThan(1);
                        }));
    }
}
