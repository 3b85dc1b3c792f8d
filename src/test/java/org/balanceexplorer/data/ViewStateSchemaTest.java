package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The view-state JSON Schema, for editors and other tools, says what the reader says: the files
 * the program writes conform, the files it refuses do not, and the format doc names no key the
 * schema lacks.
 */
class ViewStateSchemaTest {

    private static final Path SCHEMA = Path.of("data/schema/view-state-v1.schema.json");
    private static final Path FORMAT_DOC = Path.of("docs/data-format.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void compileTheSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static boolean conforms(String text) throws IOException {
        return schema.validate(JSON.readTree(text)).isEmpty();
    }

    @Test
    void everyStateTheProgramWritesConforms() throws IOException {
        assertThat(conforms(ViewStateJson.write(ViewState.initial()))).isTrue();
        assertThat(conforms(String.join("\n", ViewStateJsonTest.VALID))).isTrue();
        Random random = new Random(20261204L);
        for (int i = 0; i < 200; i++) {
            String text = ViewStateJson.write(ViewStateJsonTest.randomState(random));
            assertThat(schema.validate(JSON.readTree(text))).as("case %d:%n%s", i, text).isEmpty();
        }
    }

    @Test
    void everyFileTheReaderRefusesTheSchemaRefusesToo() throws IOException {
        List<String> refused = List.of(
                ViewStateJsonTest.withLine(8, "  \"rings\": {\"bands\": \"yes\", \"claimRings\": false, \"envelopes\": false, \"naive\": false},"),
                ViewStateJsonTest.withLine(8, "  \"rings\": {\"bands\": true, \"claimRings\": false, \"envelopes\": false},"),
                ViewStateJsonTest.withLine(9, ""),
                ViewStateJsonTest.withLine(12, "  \"legend\": {\"corner\": \"topLeft\", \"collapsed\": false, \"colour\": \"red\"}"),
                ViewStateJsonTest.withLine(4, "  \"projection\": {\"kind\": \"robinson\", \"centre\": {\"latDeg\": 30, \"lonDeg\": 70}},"),
                ViewStateJsonTest.withLine(4, "  \"projection\": {\"kind\": \"mercator\", \"centre\": {\"latDeg\": 95, \"lonDeg\": 70}},"),
                ViewStateJsonTest.withLine(7, "  \"movedLaunchPoints\": {\"PAK\": {\"latDeg\": 24.86, \"lonDeg\": 190.5}},"),
                ViewStateJsonTest.withLine(3, "  \"version\": 2,"),
                ViewStateJsonTest.withLine(2, "  \"format\": \"lecture\","),
                ViewStateJsonTest.withLine(5, "  \"frame\": {\"centre\": {\"latDeg\": 30, \"lonDeg\": 70}, \"metresPerPixel\": -5},"),
                ViewStateJsonTest.withLine(5, "  \"frame\": {\"centre\": {\"latDeg\": 30, \"lonDeg\": 70}, \"metresPerPixel\": 0},"),
                ViewStateJsonTest.withLine(5, "  \"frame\": {\"fit\": \"world\", \"metresPerPixel\": 10},"),
                ViewStateJsonTest.withLine(5, "  \"frame\": {\"centre\": {\"latDeg\": 30, \"lonDeg\": 70}},"),
                ViewStateJsonTest.withLine(6, "  \"shownSystems\": [\"shaheen-3\", \"agni-5\", \"shaheen-3\"],"),
                ViewStateJsonTest.withLine(6, "  \"shownSystems\": [\" \"],"),
                ViewStateJsonTest.withLine(9, "  \"time\": {\"year\": 1850},"),
                ViewStateJsonTest.withLine(9, "  \"time\": {\"year\": 2000.5},"),
                ViewStateJsonTest.withLine(11, "  \"selection\": {\"systemId\": null},"),
                ViewStateJsonTest.withLine(10, "  \"filters\": {\"search\": \"\", \"countries\": [], \"classes\": [\"irbm\", \"irbm\"], "
                        + "\"basings\": [], \"categories\": [], \"statuses\": []},"));
        for (String text : refused) {
            assertThatThrownBy(() -> ViewStateJson.read(text, ViewStateJsonTest.FILE)).as(text)
                    .isInstanceOf(DatasetException.class);
            assertThat(conforms(text)).as("the schema should refuse:%n%s", text).isFalse();
        }
    }

    @Test
    void everyKeyInTheViewStateTableAppearsInTheSchema() throws IOException {
        String doc = Files.readString(FORMAT_DOC);
        String section = doc.substring(doc.indexOf("# View state (scene) files"));
        // Only this format's part: up to the next format's title, if one follows.
        int next = section.indexOf("\n# ", 1);
        section = next < 0 ? section : section.substring(0, next);
        Set<String> docKeys = new HashSet<>();
        Matcher m = Pattern.compile("^\\| `([A-Za-z]+)`", Pattern.MULTILINE).matcher(section);
        while (m.find()) {
            docKeys.add(m.group(1));
        }
        Set<String> schemaKeys = new HashSet<>();
        collectPropertyNames(JSON.readTree(SCHEMA.toFile()), schemaKeys);
        assertThat(docKeys).contains("format", "version", "frame", "legend");
        assertThat(schemaKeys).containsAll(docKeys);
    }

    private static void collectPropertyNames(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(e -> out.add(e.getKey()));
            }
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        }
    }
}
