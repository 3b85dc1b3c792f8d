package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Regression tests for what an outside check of the validator found, tried as a new user would on
 * copies of a dataset: entries that are not plain files, links leaving the folder, lone
 * surrogates, a representative point that is not the capital, and a huge number written out.
 */
class OutsideCheckDefectsTest {

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void copyTheValidFixture() {
        Fixtures.copyOfValid(dir);
    }

    private List<DatasetProblem> problems() {
        // A pipe read as a file would wait for ever: the check must answer at once.
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Fixtures.problems(dir));
    }

    private DatasetProblem onlyProblemOfFile(String file) {
        List<DatasetProblem> problems = problems();
        assertThat(problems).as("problems").hasSize(1);
        DatasetProblem p = problems.get(0);
        assertThat(p.file()).isEqualTo(file);
        Fixtures.assertPlain(p.message());
        return p;
    }

    @Test
    void aFolderNamedLikeAJsonFileIsReportedNotSkipped() throws IOException {
        Files.createDirectory(dir.resolve("x.json"));
        assertThat(onlyProblemOfFile("x.json").message()).contains("is a folder, not a file");
    }

    @Test
    void aPipeNamedLikeAJsonFileIsReportedWithoutReadingIt() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThat(onlyProblemOfFile("pipe.json").message()).contains("not a plain file");
    }

    @Test
    void aDanglingLinkIsReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("no-such-file.json"));
        assertThat(onlyProblemOfFile("gone.json").message()).contains("link that leads to no file");
    }

    @Test
    void aLoopingLinkIsReported() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.json"), dir.resolve("b.json"));
        Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("a.json"));
        List<DatasetProblem> problems = problems();
        assertThat(problems).extracting(DatasetProblem::file).containsExactly("a.json", "b.json");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("go round in a loop"));
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsRefusedAndNothingOfItIsQuoted() throws IOException {
        Path secret = elsewhere.resolve("passwd");
        Files.writeString(secret, "rootsecret:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(dir.resolve("pw.json"), secret);
        DatasetProblem p = onlyProblemOfFile("pw.json");
        assertThat(p.message()).contains("outside the dataset folder").doesNotContain("rootsecret");
    }

    @Test
    void aLinkToAFileInsideTheFolderIsReadAsThatFile() throws IOException {
        Files.move(dir.resolve("systems.json"), dir.resolve("systems.data"));
        Files.createSymbolicLink(dir.resolve("systems.json"), dir.resolve("systems.data"));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aLoneSurrogateInANameIsRefusedAtItsPlace() {
        Fixtures.edit(dir, "systems.json", "\"name\": \"Missile One\"", "\"name\": \"Missile One\\ud800\"");
        List<DatasetProblem> problems = problems();
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        int[] at = Fixtures.locate(dir.resolve("systems.json"), "\"Missile One\\ud800\"");
        assertThat(p.file()).isEqualTo("systems.json");
        assertThat(new int[] {p.line(), p.column()}).containsExactly(at);
        assertThat(p.jsonPath()).isEqualTo("$.systems[0].name");
        assertThat(p.message()).contains("lone UTF-16 surrogate").contains("\\ud800");
        Fixtures.assertPlain(p.message());
    }

    @Test
    void aProperSurrogatePairIsAccepted() {
        // U+1F680 written as its escaped UTF-16 pair is one character.
        Fixtures.edit(dir, "systems.json", "\"name\": \"Missile One\"", "\"name\": \"Missile One \\ud83d\\ude80\"");
        assertThat(problems()).isEmpty();
    }

    @Test
    void aRepresentativePointThatIsACityNotTheCapitalIsRefused() {
        Fixtures.edit(dir, "core.json", "\"lat\": -12.5, \"lon\": -180,\n      \"kind\": \"capital\"",
                "\"lat\": -12.5, \"lon\": -180,\n      \"kind\": \"city\"");
        List<DatasetProblem> problems = problems();
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        assertThat(p.jsonPath()).isEqualTo("$.countries[1].representativePoint");
        assertThat(p.recordId()).isEqualTo("BBB");
        assertThat(p.message()).contains("'city-b' is a city").contains("must be a capital of this country");
    }

    @Test
    void aRepresentativePointInAnotherCountryIsRefused() {
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\"", "\"representativePoint\": \"city-a\"");
        DatasetProblem p = problems().get(0);
        assertThat(p.jsonPath()).isEqualTo("$.countries[1].representativePoint");
        assertThat(p.message()).contains("capital of country 'AAA'");
    }

    @Test
    void aHugeRangeIsRefusedInAShortMessage() {
        Fixtures.edit(dir, "systems.json", "\"rangeKm\": { \"value\": 2750,", "\"rangeKm\": { \"value\": 1e308,");
        List<DatasetProblem> problems = problems();
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).hasSizeLessThan(200));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("1E308 km is impossible"));
    }
}
