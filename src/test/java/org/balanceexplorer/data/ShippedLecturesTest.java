package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimIds;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.DatasetRef;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.SceneFit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lectures in {@code data/scenes/} read, are made with the bundled dataset's version, and
 * name only systems, countries, places and claims it has; the two the classroom needs are there.
 */
class ShippedLecturesTest {

    static final Path SCENES = Path.of("data", "scenes");
    static Dataset dataset;
    static Map<String, Claim> claims;

    @BeforeAll
    static void load() {
        dataset = DatasetLoader.load(BundledData.datasetFolder());
        claims = ClaimIds.of(dataset);
    }

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(SCENES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyShippedFileIsALectureThatReads() throws IOException {
        assertThat(shipped()).hasSizeGreaterThanOrEqualTo(2);
        for (Path f : shipped()) {
            assertThat(f.getFileName().toString()).endsWith(LectureJson.SUFFIX);
            Lecture l = LectureJson.read(f);
            assertThat(l.scenes()).as("%s", f).hasSizeGreaterThanOrEqualTo(4);
            assertThat(l.dataset()).as("%s", f).isEqualTo(new DatasetRef(dataset.info().name(), dataset.info().version()));
        }
    }

    @Test
    void theSanctionsDebateAndWhyMapsLieShip() throws IOException {
        assertThat(shipped().stream().map(f -> LectureJson.read(f).title()))
                .contains("The December 2024 sanctions debate", "Why maps lie about range");
    }

    @Test
    void everyCitedClaimAndEveryNamedIdExistsInTheBundledDataset() throws IOException {
        for (Path f : shipped()) {
            Lecture l = LectureJson.read(f);
            for (LectureScene s : l.scenes()) {
                String where = f.getFileName() + ", scene '" + s.title() + "'";
                assertThat(s.claimIds()).as("claims cited by %s", where).isNotEmpty();
                assertThat(claims.keySet()).as("claims cited by %s", where).containsAll(s.claimIds());
                assertThat(s.view().shownSystems()).as("systems of %s", where)
                        .allSatisfy(id -> assertThat(dataset.system(id)).as(id).isPresent());
                SceneFit.Fitted fitted = SceneFit.fit(s.view(), l.dataset(), dataset);
                assertThat(fitted.notices()).as("what %s lacks", where).isEmpty();
                assertThat(fitted.view()).isEqualTo(s.view());
            }
        }
    }

    @Test
    void everyCaptionThatQuotesAClaimQuotesItsWords() throws IOException {
        // Words in double quotes in a caption are a quote from one of the claims the scene cites.
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"");
        for (Path f : shipped()) {
            for (LectureScene s : LectureJson.read(f).scenes()) {
                var m = quoted.matcher(s.caption());
                while (m.find()) {
                    String words = m.group(1);
                    assertThat(s.claimIds().stream().map(claims::get).map(Claim::quote))
                            .as("a claim of scene '%s' quoting \"%s\"", s.title(), words)
                            .anySatisfy(q -> assertThat(q.replace('\u2019', '\'')).contains(words));
                }
            }
        }
    }

    @Test
    void theBundledCopiesAreTheRepositorysFiles() throws IOException {
        List<Path> bundled = LectureJson.bundled();
        assertThat(bundled).hasSameSizeAs(shipped());
        for (Path b : bundled) {
            assertThat(Files.readString(b)).isEqualTo(Files.readString(SCENES.resolve(b.getFileName().toString())));
        }
    }
}
