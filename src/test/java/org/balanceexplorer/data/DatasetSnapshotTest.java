package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot the app reads at start-up instead of the JSON files must be the same dataset,
 * record for record, and a damaged one must be refused whole (the JSON is then read).
 */
class DatasetSnapshotTest {

    private static Dataset fromJson;
    private static byte[] written;

    @BeforeAll
    static void readTheRepositorysDataset() throws IOException {
        fromJson = DatasetLoader.load(Path.of("data/dataset"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(fromJson, out);
        written = out.toByteArray();
    }

    /** Every list of the dataset, in order; the model's records compare field by field. */
    static void assertSameDataset(Dataset actual, Dataset expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        assertThat(actual.sources()).containsExactlyElementsOf(expected.sources());
        assertThat(actual.countries()).containsExactlyElementsOf(expected.countries());
        assertThat(actual.places()).containsExactlyElementsOf(expected.places());
        assertThat(actual.systems()).containsExactlyElementsOf(expected.systems());
        assertThat(actual.events()).containsExactlyElementsOf(expected.events());
        assertThat(actual.claimChecks()).containsExactlyElementsOf(expected.claimChecks());
        // the figures' order within a system is the order the side panel lists them in
        for (int i = 0; i < expected.systems().size(); i++) {
            assertThat(actual.systems().get(i).figures().keySet())
                    .containsExactlyElementsOf(expected.systems().get(i).figures().keySet());
        }
    }

    @Test
    void theRepositorysDatasetComesBackRecordForRecord() throws IOException {
        Dataset back = DatasetSnapshot.read(new ByteArrayInputStream(written));
        assertSameDataset(back, fromJson);
        assertThat(back.systems()).hasSizeGreaterThan(30);
        assertThat(back.systems().stream().flatMap(s -> s.figures().values().stream())
                .mapToLong(f -> f.claims().size()).sum()).isGreaterThan(100);
    }

    @Test
    void theSnapshotTheBuildWroteIsTheRepositorysDataset() throws IOException {
        try (InputStream in = BundledData.snapshot(BundledData.DATASET_SNAPSHOT)) {
            assertThat(in).as("the build writes the snapshot (process-classes)").isNotNull();
            assertSameDataset(DatasetSnapshot.read(in), fromJson);
        }
        assertSameDataset(BundledData.dataset(), fromJson);
    }

    @Test
    void aSnapshotCutShortIsRefusedAtAnyLength() {
        for (int cut : new int[] {0, 3, 8, 12, 100, written.length / 2, written.length - 1}) {
            byte[] part = Arrays.copyOf(written, cut);
            assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(part)))
                    .as("cut at %d of %d bytes", cut, written.length).isInstanceOf(IOException.class);
        }
    }

    @Test
    void bytesAfterTheEndAreRefused() {
        byte[] longer = Arrays.copyOf(written, written.length + 1);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(longer)))
                .isInstanceOf(IOException.class).hasMessageContaining("length");
    }

    @Test
    void anotherFileOrAnotherFormatVersionIsRefused() {
        byte[] json = "{\"dataset\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(json)))
                .isInstanceOf(IOException.class).hasMessage("not a dataset snapshot");
        byte[] older = written.clone();
        ByteBuffer.wrap(older).putInt(4, DatasetSnapshot.VERSION + 1);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(older)))
                .isInstanceOf(IOException.class).hasMessageContaining("format " + (DatasetSnapshot.VERSION + 1));
    }

    @Test
    void aDamagedStringLengthIsRefusedNotAllocated() {
        byte[] damaged = written.clone();
        // the first string of the body: the dataset's name, after magic, version and length
        ByteBuffer.wrap(damaged).putInt(12, Integer.MAX_VALUE);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(damaged)))
                .isInstanceOf(IOException.class).hasMessageContaining("bytes");
    }
}
