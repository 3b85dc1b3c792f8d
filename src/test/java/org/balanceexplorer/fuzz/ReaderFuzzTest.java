package org.balanceexplorer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.DatasetProblem;
import org.balanceexplorer.data.ViewStateJson;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.GeodesyException;

/**
 * Fuzzes the readers of files a user hands the app: a dataset file, a view-state (scene) file and
 * a GeoJSON basemap. Each must answer any input with its own located exception or a result, never
 * another exception, never a hang.
 *
 * <p>In {@code mvn verify} each target runs its seed inputs (real files, and every input a fuzzing
 * run found, kept under {@code src/test/resources/org/balanceexplorer/fuzz/ReaderFuzzTestInputs/});
 * with {@code JAZZER_FUZZ=1} it fuzzes for real (see {@code docs/reliability.md}). An input taking
 * over {@link #LIMIT} is a finding (each input runs under {@code assertTimeoutPreemptively}: JUnit's
 * {@code @Timeout} would bound the whole fuzzing run instead).
 */
class ReaderFuzzTest {

    /** The longest one input may take (generous for a loaded 2-core machine; seconds in practice are milliseconds). */
    static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(10);

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
    private static Path folder;

    private static Path folder() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("fuzz-dataset");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }

    /** One dataset file, as a folder of that one file: problems or a dataset, nothing else. */
    @FuzzTest(maxDuration = "120m", maxExecutions = 1_000_000)
    void aDatasetFileGivesProblemsOrADataset(byte[] bytes) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> datasetFile(bytes));
    }

    private static void datasetFile(byte[] bytes) throws IOException {
        Path file = folder().resolve("fuzz.json");
        Files.write(file, bytes);
        List<DatasetProblem> problems = DatasetLoader.validate(folder(), TODAY);
        for (DatasetProblem p : problems) {
            assertThat(p.message()).isNotBlank().doesNotContain("Exception");
            assertThat(p.message().length()).isLessThan(2_000);
        }
        if (problems.isEmpty()) {
            assertThat(DatasetLoader.load(folder(), TODAY)).isNotNull();
        }
    }

    /** A view-state file: a state, or a DatasetException with located problems. */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void aViewStateFileGivesAStateOrLocatedProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> viewState(text));
    }

    private static void viewState(String text) {
        try {
            assertThat(ViewStateJson.read(text, "fuzz.scene.json")).isNotNull();
        } catch (DatasetException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("fuzz.scene.json"));
        }
    }

    /** A basemap: countries, or a GeodesyException in plain words. */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void aBasemapGivesCountriesOrAPlainError(byte[] bytes) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> basemap(bytes));
    }

    private static void basemap(byte[] bytes) {
        try {
            assertThat(Basemap.read(new ByteArrayInputStream(bytes)).countries()).isNotNull();
        } catch (GeodesyException e) {
            assertThat(e.getMessage()).isNotBlank();
        } catch (UncheckedIOException e) {
            throw new AssertionError("an I/O error from a byte array", e);
        }
    }
}
