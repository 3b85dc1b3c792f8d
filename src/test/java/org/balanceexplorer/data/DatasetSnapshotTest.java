package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The snapshot the app reads at start-up instead of the JSON files must be the same dataset,
 * record for record, and a damaged one must be refused whole (the JSON is then read).
 */
class DatasetSnapshotTest {

    private static final Path FOLDER = Path.of("data/dataset");
    private static Dataset fromJson;
    private static List<DatasetSnapshot.SourceFile> sources;
    private static byte[] written;

    @BeforeAll
    static void readTheRepositorysDataset() throws IOException {
        fromJson = DatasetLoader.load(FOLDER);
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                sources.add(DatasetSnapshot.SourceFile.of(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetSnapshot.write(fromJson, sources, out);
        written = out.toByteArray();
    }

    /** The repository's dataset files, as the snapshot's check opens them. */
    private static InputStream open(String name) throws IOException {
        Path p = FOLDER.resolve(name);
        return Files.exists(p) ? Files.newInputStream(p) : null;
    }

    private static Dataset read(byte[] snapshot) throws IOException {
        return DatasetSnapshot.read(new ByteArrayInputStream(snapshot), DatasetSnapshotTest::open);
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
        Dataset back = read(written);
        assertSameDataset(back, fromJson);
        assertThat(back.systems()).hasSizeGreaterThan(30);
        assertThat(back.systems().stream().flatMap(s -> s.figures().values().stream())
                .mapToLong(f -> f.claims().size()).sum()).isGreaterThan(100);
    }

    @Test
    void theSnapshotTheBuildWroteIsTheRepositorysDataset() throws IOException {
        try (InputStream in = BundledData.snapshot(BundledData.DATASET_SNAPSHOT)) {
            assertThat(in).as("the build writes the snapshot (process-classes)").isNotNull();
            assertSameDataset(DatasetSnapshot.read(in, DatasetSnapshotTest::open), fromJson);
        }
        assertSameDataset(BundledData.dataset(), fromJson);
    }

    @Test
    void aSnapshotOlderThanItsFilesIsRefused() throws IOException {
        byte[] places = Files.readAllBytes(FOLDER.resolve("places.json"));
        byte[] edited = new String(places, StandardCharsets.UTF_8).replace("Islamabad", "Islamabat")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(edited).hasSameSizeAs(places).isNotEqualTo(places);
        DatasetSnapshot.Files changed = name -> name.equals("places.json") ? new ByteArrayInputStream(edited)
                : open(name);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(written), changed))
                .isInstanceOf(IOException.class).hasMessageContaining("places.json changed");
        DatasetSnapshot.Files gone = name -> name.equals("events.json") ? null : open(name);
        assertThatThrownBy(() -> DatasetSnapshot.read(new ByteArrayInputStream(written), gone))
                .isInstanceOf(IOException.class).hasMessageContaining("events.json is gone");
        assertThat(sources).extracting(DatasetSnapshot.SourceFile::name).contains("places.json", "events.json",
                "systems-india.json");
    }

    @Test
    void aSnapshotCutShortIsRefusedAtAnyLength() {
        for (int cut : new int[] {0, 3, 8, 12, 100, written.length / 2, written.length - 1}) {
            byte[] part = Arrays.copyOf(written, cut);
            assertThatThrownBy(() -> read(part))
                    .as("cut at %d of %d bytes", cut, written.length).isInstanceOf(IOException.class);
        }
    }

    @Test
    void bytesAfterTheEndAreRefused() {
        byte[] longer = Arrays.copyOf(written, written.length + 1);
        assertThatThrownBy(() -> read(longer))
                .isInstanceOf(IOException.class).hasMessageContaining("length");
    }

    @Test
    void anotherFileOrAnotherFormatVersionIsRefused() {
        byte[] json = "{\"dataset\": {}}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(IOException.class).hasMessage("not a dataset snapshot");
        byte[] older = written.clone();
        ByteBuffer.wrap(older).putInt(4, DatasetSnapshot.VERSION + 1);
        assertThatThrownBy(() -> read(older))
                .isInstanceOf(IOException.class).hasMessageContaining("format " + (DatasetSnapshot.VERSION + 1));
    }

    @Test
    void aDamagedStringLengthIsRefusedNotAllocated() {
        byte[] damaged = written.clone();
        // the first string of the body: the dataset's name, after the header and the body's length
        ByteBuffer.wrap(damaged).putInt(bodyStart(), Integer.MAX_VALUE);
        assertThatThrownBy(() -> read(damaged))
                .isInstanceOf(IOException.class).hasMessageContaining("bytes");
    }

    /** Where the body begins: after magic, version, the files (name, size, CRC) and the body's length. */
    private static int bodyStart() {
        int at = 12;
        for (DatasetSnapshot.SourceFile f : sources) {
            at += 2 + f.name().getBytes(StandardCharsets.UTF_8).length + 16;
        }
        return at + 4;
    }
}
