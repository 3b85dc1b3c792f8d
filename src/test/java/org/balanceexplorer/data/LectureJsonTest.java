package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LectureJsonTest {

    static final String FILE = "talk.lecture.json";

    /** A valid lecture of one scene whose view is on lines 15-27 (the view-state test's valid file). */
    static List<String> valid() {
        List<String> lines = new ArrayList<>(List.of(
                "{",
                "  \"format\": \"lecture\",",
                "  \"version\": 1,",
                "  \"title\": \"Range rings\",",
                "  \"byline\": \"A seminar\",",
                "  \"dataset\": {\"name\": \"South Asia Strategic Balance Explorer dataset\", \"version\": \"1.2.0\"},",
                "  \"closing\": {\"title\": \"Questions\", \"text\": \"Sources: the claims panel.\"},",
                "  \"scenes\": [",
                "    {",
                "      \"title\": \"Two rings\",",
                "      \"caption\": \"2,750 km as ISPR states it\",",
                "      \"notes\": \"Ask who else claims it.\",",
                "      \"claims\": [\"shaheen-3/rangeKm[1]\", \"events/us-sanctions[0]\"],",
                "      \"revealOneAtATime\": true,",
                "      \"view\": {"));
        List<String> view = ViewStateJsonTest.VALID;
        for (int i = 1; i < view.size(); i++) {
            lines.add("      " + view.get(i));
        }
        lines.add("    }");
        lines.add("  ]");
        lines.add("}");
        return lines;
    }

    static String withLine(int n, String line) {
        List<String> lines = valid();
        lines.set(n - 1, line);
        return String.join("\n", lines) + "\n";
    }

    private static List<DatasetProblem> problems(String text) {
        DatasetException e = catchThrowableOfType(() -> LectureJson.read(text, FILE), DatasetException.class);
        assertThat(e).as("the text should be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("The lecture could not be read: ");
        return e.problems();
    }

    private static DatasetProblem theProblem(String text) {
        List<DatasetProblem> p = problems(text);
        assertThat(p).as("%s", p).hasSize(1);
        return p.get(0);
    }

    @Test
    void aValidLectureIsReadWithEveryPartOfItsScene() {
        Lecture l = LectureJson.read(String.join("\n", valid()), FILE);
        assertThat(l.title()).isEqualTo("Range rings");
        assertThat(l.byline()).isEqualTo("A seminar");
        assertThat(l.dataset().version()).isEqualTo("1.2.0");
        assertThat(l.closingText()).isEqualTo("Sources: the claims panel.");
        assertThat(l.scenes()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Two rings");
            assertThat(s.caption()).isEqualTo("2,750 km as ISPR states it");
            assertThat(s.notes()).isEqualTo("Ask who else claims it.");
            assertThat(s.claimIds()).containsExactly("shaheen-3/rangeKm[1]", "events/us-sanctions[0]");
            assertThat(s.revealOneAtATime()).isTrue();
            assertThat(s.view().shownSystems()).containsExactly("shaheen-3", "agni-5");
        });
    }

    @Test
    void captionNotesClaimsRevealBylineAndClosingMayBeLeftOut() {
        String text = String.join("\n", valid())
                .replace("  \"byline\": \"A seminar\",\n", "")
                .replace("  \"closing\": {\"title\": \"Questions\", \"text\": \"Sources: the claims panel.\"},\n", "")
                .replace("      \"caption\": \"2,750 km as ISPR states it\",\n", "")
                .replace("      \"notes\": \"Ask who else claims it.\",\n", "")
                .replace("      \"claims\": [\"shaheen-3/rangeKm[1]\", \"events/us-sanctions[0]\"],\n", "")
                .replace("      \"revealOneAtATime\": true,\n", "");
        Lecture l = LectureJson.read(text, FILE);
        assertThat(l.byline()).isEmpty();
        assertThat(l.closingTitle()).isEqualTo(Lecture.DEFAULT_CLOSING_TITLE);
        LectureScene s = l.scenes().get(0);
        assertThat(List.of(s.caption(), s.notes())).containsExactly("", "");
        assertThat(s.claimIds()).isEmpty();
        assertThat(s.revealOneAtATime()).isFalse();
    }

    @Test
    void writingThenReadingGivesAnEqualLecture() {
        Random r = new Random(11L);
        for (int n = 0; n < 30; n++) {
            List<LectureScene> scenes = new ArrayList<>();
            for (int i = 0; i < r.nextInt(5); i++) {
                scenes.add(new LectureScene("Scene " + i, "Caption\n\"two\" lines", r.nextBoolean() ? "" : "notes \u2014 " + i,
                        r.nextBoolean() ? List.of() : List.of("agni-5/rangeKm[" + i + "]", "events/bt-2020[0]"),
                        r.nextBoolean(), ViewStateJsonTest.randomState(r)));
            }
            Lecture l = new Lecture("L" + n, n % 2 == 0 ? "" : "by someone", SceneJsonTest.BUNDLED, scenes, "", "end");
            String text = LectureJson.write(l);
            assertThat(LectureJson.read(text, FILE)).as(text).isEqualTo(l);
            assertThat(LectureJson.write(LectureJson.read(text, FILE))).isEqualTo(text);
        }
    }

    @Test
    void aProblemInASceneViewIsLocatedWithTheScenesPath() {
        // Line 22 is the view's rings.
        DatasetProblem p = theProblem(withLine(22,
                "        \"rings\": {\"bands\": true, \"claimRings\": false, \"envelopes\": false},"));
        assertThat(p.format()).isEqualTo(FILE + ":22:18: $.scenes[0].view.rings: the required key 'naive' is missing");
    }

    @Test
    void aClaimIdOfTheWrongShapeIsRefusedAtIt() {
        DatasetProblem p = theProblem(withLine(13, "      \"claims\": [\"shaheen-3/rangeKm[1]\", \"shaheen-3 range\"],"));
        assertThat(p.jsonPath()).isEqualTo("$.scenes[0].claims[1]");
        assertThat(List.of(p.line(), p.column())).containsExactly(13, 42);
        assertThat(p.message()).startsWith("'shaheen-3 range' is not a claim id");
    }

    @Test
    void aClaimCitedTwiceIsRefused() {
        DatasetProblem p = theProblem(withLine(13, "      \"claims\": [\"agni-5/rangeKm[0]\", \"agni-5/rangeKm[0]\"],"));
        assertThat(p.format()).isEqualTo(FILE + ":13:39: $.scenes[0].claims[1]: the claim 'agni-5/rangeKm[0]' is cited "
                + "twice (also at $.scenes[0].claims[0]); cite each claim once");
    }

    @Test
    void aSceneWithoutATitleOrViewIsRefusedAtTheScene() {
        String text = String.join("\n", valid()).replace("      \"title\": \"Two rings\",\n", "");
        DatasetProblem p = theProblem(text);
        assertThat(p.format()).isEqualTo(FILE + ":9:5: $.scenes[0]: the required key 'title' is missing");
    }

    @Test
    void aSceneFileIsNotTakenForALecture() {
        DatasetProblem p = theProblem(String.join("\n", SceneJsonTest.valid()));
        assertThat(p.format()).isEqualTo(FILE + ":2:13: $.format: 'scene' is not a lecture file: format must be 'lecture'");
    }

    @Test
    void aLectureOfAnotherVersionIsRefusedByThatAlone() {
        DatasetProblem p = theProblem(withLine(3, "  \"version\": \"1\","));
        assertThat(p.format()).isEqualTo(FILE + ":3:14: $.version: version \"1\" is not supported: "
                + "this program reads lecture format version 1 only");
    }

    @Test
    void savedAtomicallyAndReadBack(@TempDir Path dir) throws IOException {
        Lecture l = LectureJson.read(String.join("\n", valid()), FILE);
        Path file = dir.resolve("x" + LectureJson.SUFFIX);
        LectureJson.save(l, file);
        assertThat(LectureJson.read(file)).isEqualTo(l);
    }
}
