package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balanceexplorer.state.DatasetRef;
import org.balanceexplorer.state.Scene;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneJsonTest {

    static final String FILE = "mine.scene.json";
    static final DatasetRef BUNDLED = new DatasetRef("South Asia Strategic Balance Explorer dataset", "1.2.0");

    /** A valid scene, its view on lines 8-21 as the view-state test's valid file. */
    static List<String> valid() {
        List<String> lines = new ArrayList<>(List.of(
                "{",
                "  \"format\": \"scene\",",
                "  \"version\": 1,",
                "  \"dataset\": {\"name\": \"South Asia Strategic Balance Explorer dataset\", \"version\": \"1.2.0\"},",
                "  \"title\": \"Shaheen-III and Agni-V\",",
                "  \"caption\": \"Ranges as claimed; see the side panel for who claims them.\",",
                "  \"view\": "));
        List<String> view = ViewStateJsonTest.VALID;
        lines.set(6, lines.get(6) + view.get(0));
        for (int i = 1; i < view.size(); i++) {
            lines.add("  " + view.get(i));
        }
        lines.add("}");
        return lines;
    }

    static String withLine(int n, String line) {
        List<String> lines = valid();
        lines.set(n - 1, line);
        return String.join("\n", lines) + "\n";
    }

    private static List<DatasetProblem> problems(String text) {
        DatasetException e = catchThrowableOfType(() -> SceneJson.read(text, FILE), DatasetException.class);
        assertThat(e).as("the text should be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("The scene could not be read: ");
        return e.problems();
    }

    private static DatasetProblem theProblem(String text) {
        List<DatasetProblem> p = problems(text);
        assertThat(p).as("%s", p).hasSize(1);
        return p.get(0);
    }

    @Test
    void aValidSceneIsReadWithItsViewTitleCaptionAndDataset() {
        Scene s = SceneJson.read(String.join("\n", valid()), FILE);
        assertThat(s.dataset()).isEqualTo(BUNDLED);
        assertThat(s.title()).isEqualTo("Shaheen-III and Agni-V");
        assertThat(s.caption()).startsWith("Ranges as claimed");
        assertThat(s.view()).isEqualTo(ViewStateJson.read(String.join("\n", ViewStateJsonTest.VALID), "v.json"));
    }

    @Test
    void writingThenReadingGivesAnEqualSceneForManyStates() {
        Random r = new Random(20261205L);
        for (int i = 0; i < 200; i++) {
            ViewState v = ViewStateJsonTest.randomState(r);
            Scene s = new Scene(r.nextBoolean() ? "Scene " + i : null, r.nextBoolean() ? "Caption \u00e9 \"quoted\"" : null,
                    BUNDLED, v);
            String text = SceneJson.write(s);
            assertThat(SceneJson.read(text, FILE)).as(text).isEqualTo(s);
            assertThat(SceneJson.write(SceneJson.read(text, FILE))).isEqualTo(text);
        }
    }

    @Test
    void aProblemInsideTheViewIsLocatedInTheSceneFileWithTheViewsPath() {
        // Line 14 of the scene is line 8 of the view: the rings.
        DatasetProblem p = theProblem(withLine(14,
                "    \"rings\": {\"bands\": \"yes\", \"claimRings\": false, \"envelopes\": false, \"naive\": false},"));
        assertThat(p.format()).isEqualTo(FILE + ":14:24: $.view.rings.bands: this should be true or false, but it is a text");
    }

    @Test
    void aMissingKeyOfTheViewIsReportedAtTheViewNotAtTheTopOfTheFile() {
        DatasetProblem p = theProblem(withLine(17, ""));
        assertThat(p.jsonPath()).isEqualTo("$.view");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).isEqualTo("the required key 'selection' is missing");
    }

    @Test
    void anUnknownKeyIsReportedAtItsKey() {
        DatasetProblem p = theProblem(withLine(5, "  \"titel\": \"typo\","));
        assertThat(p.format()).startsWith(FILE + ":5:3: $.titel: 'titel' is not a key the scene format knows here");
    }

    @Test
    void aSceneOfAnotherVersionIsRefusedByThatAlone() {
        DatasetProblem p = theProblem(withLine(3, "  \"version\": 2,").replace("\"bands\": true", "\"bands\": 7"));
        assertThat(p.format()).isEqualTo(FILE + ":3:14: $.version: version 2 is not supported: "
                + "this program reads scene format version 1 only");
    }

    @Test
    void aViewStateFileIsNotTakenForAScene() {
        DatasetProblem p = theProblem(String.join("\n", ViewStateJsonTest.VALID));
        assertThat(p.format()).isEqualTo(FILE + ":2:13: $.format: 'view-state' is not a scene file: format must be 'scene'");
    }

    @Test
    void anEmbeddedViewOfAnotherVersionIsRefusedAtItsVersion() {
        DatasetProblem p = theProblem(withLine(9, "    \"version\": 3,"));
        assertThat(p.format()).isEqualTo(FILE + ":9:16: $.view.version: version 3 is not supported: "
                + "this program reads view-state format version 1 only");
    }

    @Test
    void malformedJsonIsOneProblemWhereReadingStopped() {
        DatasetProblem p = theProblem(withLine(5, "  \"title\": \"unterminated,"));
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.file()).isEqualTo(FILE);
    }

    @Test
    void everyProblemIsListedInLineOrder() {
        String text = withLine(4, "  \"dataset\": {\"name\": \"\"},")
                .replace("\"search\": \"\"", "\"search\": 5");
        List<DatasetProblem> p = problems(text);
        assertThat(p).extracting(DatasetProblem::jsonPath)
                .containsExactly("$.dataset", "$.dataset.name", "$.view.filters.search");
    }

    @Test
    void savingReplacesTheFileAndReadingItBackGivesTheScene(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a" + SceneJson.SUFFIX);
        Scene first = new Scene("one", null, BUNDLED, ViewState.initial());
        Scene second = new Scene("two", "c", BUNDLED, ViewState.initial().withShown("agni-5", true));
        SceneJson.save(first, file);
        SceneJson.save(second, file);
        assertThat(SceneJson.read(file)).isEqualTo(second);
        try (var listing = Files.list(dir)) {
            assertThat(listing).as("no temporary file is left").containsExactly(file);
        }
    }

    @Test
    void aSaveThatCannotMakeItsTemporaryFileFailsAndLeavesTheOldFileWhole(@TempDir Path dir) throws IOException {
        // A name of 240 bytes is allowed, but the temporary file beside it (".NAME.random.tmp") is
        // longer than a file name may be: the save fails before the old file is touched, whoever runs it.
        Path file = dir.resolve("x".repeat(240 - SceneJson.SUFFIX.length()) + SceneJson.SUFFIX);
        Scene old = new Scene("old", null, BUNDLED, ViewState.initial());
        Files.writeString(file, SceneJson.write(old), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        IOException e = catchThrowableOfType(() -> SceneJson.save(
                new Scene("new", null, BUNDLED, ViewState.initial().withShown("agni-5", true)), file), IOException.class);
        assertThat(e).as("the save should fail").isNotNull();
        assertThat(e.getMessage()).isEqualTo("The file '" + file.getFileName() + "' could not be written: the name is "
                + "too long for this disk. Choose a shorter name. The file that was there is unchanged.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(SceneJson.read(file)).isEqualTo(old);
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aMissingFileIsOneProblemInWords(@TempDir Path dir) {
        DatasetException e = catchThrowableOfType(() -> SceneJson.read(dir.resolve("gone.scene.json")), DatasetException.class);
        assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.format()).isEqualTo("gone.scene.json:0:0: $: the file does not exist"));
    }

    @Test
    void theWrittenTextIsUtf8WithAFinalLineBreak() {
        String text = SceneJson.write(new Scene("\u0936\u093e\u0939\u0940\u0928", null, BUNDLED, ViewState.initial()));
        assertThat(text).endsWith("}\n").startsWith("{\n  \"format\": \"scene\",\n  \"version\": 1,");
        assertThat(SceneJson.read(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), FILE).title())
                .isEqualTo("\u0936\u093e\u0939\u0940\u0928");
    }
}
