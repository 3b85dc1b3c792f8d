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
import org.balanceexplorer.data.LectureJson;
import org.balanceexplorer.data.SceneJson;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.data.SettingsFile;
import org.balanceexplorer.data.ViewStateJson;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.GeodesyException;

/**
 * Fuzzes the readers of files a user hands the app: a dataset file, a view-state file, a scene, a
 * lecture, a GeoJSON basemap, and the settings file the app reads at every start. Each must answer
 * any input with its own located exception (the settings reader: the defaults and located
 * problems) or a result, never another exception, never a hang.
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

    /** A problem's message shown to a user: longer than this is a dump, not plain words. */
    static final int MAX_MESSAGE = 2_000;

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);
    private static Path folder;
    private static Path settingsFolder;
    /**
     * The settings reader logs each file it sets aside (a warning the terminal would print a
     * million times); held here so the level set stays while the fuzzing runs.
     */
    private static final java.util.logging.Logger SETTINGS_LOG = quiet(SettingsFile.class);

    private static java.util.logging.Logger quiet(Class<?> c) {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(c.getName());
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

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
            assertThat(p.message().length()).isLessThan(MAX_MESSAGE);
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

    /**
     * A settings file: the settings it holds, or the defaults with located problems in plain words
     * and the file set aside. Reading never fails: settings must not stop the app from starting.
     */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void aSettingsFileGivesSettingsOrTheDefaultsAndPlainProblems(byte[] bytes) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> settingsFile(bytes));
    }

    private static void settingsFile(byte[] bytes) throws IOException {
        if (settingsFolder == null) {
            settingsFolder = Files.createTempDirectory("fuzz-settings");
            settingsFolder.toFile().deleteOnExit();
        }
        SettingsFile file = new SettingsFile(settingsFolder);
        Files.write(file.path(), bytes);
        SettingsFile.Loaded loaded;
        try {
            loaded = file.read();
        } finally {
            // The file set aside (named by the second), so that the next input's can be too.
            try (java.util.stream.Stream<Path> left = Files.list(settingsFolder)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
        }
        assertThat(loaded.settings()).isNotNull();
        if (!loaded.problems().isEmpty()) {
            assertThat(loaded.settings()).isEqualTo(Settings.DEFAULTS);
            assertThat(loaded.setAside()).as("the unreadable file set aside").isNotNull();
            assertPlainAndLocated(loaded.problems(), SettingsFile.FILE_NAME);
            assertThat(loaded.message()).isNotBlank().doesNotContain("Exception");
        }
    }

    /** A scene file: a scene, or a DatasetException whose problems name the file in plain words. */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void aSceneFileGivesASceneOrLocatedProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> scene(text));
    }

    private static void scene(String text) {
        try {
            assertThat(SceneJson.read(text, "fuzz.scene.json")).isNotNull();
        } catch (DatasetException e) {
            assertPlainAndLocated(e.problems(), "fuzz.scene.json");
        }
    }

    /** A lecture file: a lecture, or a DatasetException whose problems name the file in plain words. */
    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void aLectureFileGivesALectureOrLocatedProblems(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(LIMIT, () -> lecture(text));
    }

    private static void lecture(String text) {
        try {
            assertThat(LectureJson.read(text, "fuzz.lecture.json")).isNotNull();
        } catch (DatasetException e) {
            assertPlainAndLocated(e.problems(), "fuzz.lecture.json");
        }
    }

    /** At least one problem; each names the file and says in plain words, briefly, what is wrong. */
    private static void assertPlainAndLocated(List<DatasetProblem> problems, String file) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.message()).isNotBlank().doesNotContain("Exception");
            assertThat(p.message().length()).isLessThan(MAX_MESSAGE);
        });
    }
}
