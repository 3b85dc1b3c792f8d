package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scene and lecture JSON Schemas, for editors and other tools, say what the readers say: what
 * the program writes and ships conforms, what the readers refuse does not.
 */
class SceneAndLectureSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema scene;
    private static JsonSchema lecture;

    @BeforeAll
    static void compileTheSchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> {
            for (String name : List.of("view-state-v1", "scene-v1", "lecture-v1")) {
                m.mapPrefix("urn:balanceexplorer:schema:" + name,
                        Path.of("data/schema/" + name + ".schema.json").toAbsolutePath().toUri().toString());
            }
        }));
        scene = factory.getSchema(java.net.URI.create("urn:balanceexplorer:schema:scene-v1"));
        lecture = factory.getSchema(java.net.URI.create("urn:balanceexplorer:schema:lecture-v1"));
    }

    private static boolean conforms(JsonSchema schema, String text) throws IOException {
        return schema.validate(JSON.readTree(text)).isEmpty();
    }

    @Test
    void everySceneTheProgramWritesConforms() throws IOException {
        assertThat(conforms(scene, String.join("\n", SceneJsonTest.valid()))).isTrue();
        Random r = new Random(5L);
        for (int i = 0; i < 100; i++) {
            String text = SceneJson.write(new Scene(i % 2 == 0 ? "t" : null, null, SceneJsonTest.BUNDLED,
                    ViewStateJsonTest.randomState(r)));
            assertThat(scene.validate(JSON.readTree(text))).as(text).isEmpty();
        }
    }

    @Test
    void everyLectureTheProgramWritesOrShipsConforms() throws IOException {
        assertThat(conforms(lecture, String.join("\n", LectureJsonTest.valid()))).isTrue();
        Random r = new Random(6L);
        Lecture l = Lecture.empty("L", SceneJsonTest.BUNDLED)
                .withAdded(new LectureScene("a", "c", "n", List.of("agni-5/rangeKm[0]"), true, ViewStateJsonTest.randomState(r)))
                .withAdded(LectureScene.of("b", ViewStateJsonTest.randomState(r)));
        assertThat(lecture.validate(JSON.readTree(LectureJson.write(l)))).isEmpty();
        for (Path p : ShippedLecturesTest.shipped()) {
            assertThat(lecture.validate(JSON.readTree(p.toFile()))).as("%s", p).isEmpty();
        }
    }

    @Test
    void everySceneTheReaderRefusesTheSchemaRefusesToo() throws IOException {
        List<String> refused = List.of(
                SceneJsonTest.withLine(2, "  \"format\": \"view-state\","),
                SceneJsonTest.withLine(3, "  \"version\": 2,"),
                SceneJsonTest.withLine(4, "  \"dataset\": {\"name\": \"x\"},"),
                SceneJsonTest.withLine(4, "  \"dataset\": {\"name\": \" \", \"version\": \"1\"},"),
                SceneJsonTest.withLine(5, "  \"titel\": \"t\","),
                SceneJsonTest.withLine(14, "    \"rings\": {\"bands\": \"yes\", \"claimRings\": false, \"envelopes\": false, \"naive\": false},"),
                SceneJsonTest.withLine(9, "    \"version\": 3,"),
                SceneJsonTest.withLine(17, ""));
        for (String text : refused) {
            assertThat(catchRead(() -> SceneJson.read(text, "x.scene.json"))).as("reader on%n%s", text).isTrue();
            assertThat(conforms(scene, text)).as("schema on%n%s", text).isFalse();
        }
    }

    @Test
    void everyLectureTheReaderRefusesTheSchemaRefusesToo() throws IOException {
        List<String> refused = List.of(
                LectureJsonTest.withLine(2, "  \"format\": \"scene\","),
                LectureJsonTest.withLine(4, "  \"title\": \"\","),
                LectureJsonTest.withLine(7, "  \"closing\": {\"title\": \"Q\", \"words\": \"x\"},"),
                LectureJsonTest.withLine(13, "      \"claims\": [\"shaheen-3 range\"],"),
                LectureJsonTest.withLine(13, "      \"claims\": [\"agni-5/rangeKm[0]\", \"agni-5/rangeKm[0]\"],"),
                LectureJsonTest.withLine(13, "      \"claims\": [\"agni-5/rangeKm[01]\"],"),
                LectureJsonTest.withLine(14, "      \"revealOneAtATime\": \"yes\","),
                LectureJsonTest.withLine(22, "        \"rings\": {\"bands\": true, \"claimRings\": false, \"envelopes\": false},"));
        for (String text : refused) {
            assertThat(catchRead(() -> LectureJson.read(text, "x.lecture.json"))).as("reader on%n%s", text).isTrue();
            assertThat(conforms(lecture, text)).as("schema on%n%s", text).isFalse();
        }
    }

    @Test
    void everyKeyInTheSceneAndLectureTablesOfTheFormatDocAppearsInItsSchema() throws IOException {
        String doc = java.nio.file.Files.readString(Path.of("docs/data-format.md"));
        for (String[] part : new String[][] {{"# Scene files", "scene-v1"}, {"# Lecture files", "lecture-v1"}}) {
            String section = doc.substring(doc.indexOf(part[0]));
            int next = section.indexOf("\n# ", 1);
            section = next < 0 ? section : section.substring(0, next);
            java.util.Set<String> docKeys = new java.util.HashSet<>();
            var m = java.util.regex.Pattern.compile("^\\| `([A-Za-z]+)`", java.util.regex.Pattern.MULTILINE).matcher(section);
            while (m.find()) {
                docKeys.add(m.group(1));
            }
            java.util.Set<String> schemaKeys = new java.util.HashSet<>();
            collect(JSON.readTree(Path.of("data/schema/" + part[1] + ".schema.json").toFile()), schemaKeys);
            assertThat(docKeys).as(part[0]).contains("format", "version", "dataset", "view");
            assertThat(schemaKeys).as(part[1]).containsAll(docKeys);
        }
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, java.util.Set<String> out) {
        if (node.has("properties")) {
            node.get("properties").properties().forEach(e -> out.add(e.getKey()));
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }

    private static boolean catchRead(Runnable read) {
        try {
            read.run();
            return false;
        } catch (DatasetException e) {
            return true;
        }
    }
}
