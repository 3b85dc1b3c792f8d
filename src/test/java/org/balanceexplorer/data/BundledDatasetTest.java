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
