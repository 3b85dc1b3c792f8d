package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the JSON Schema says, in plain words at the right place; and the schema file itself kept
 * in step with docs/data-format.md.
 */
class SchemaRulesTest {

    private static final Path SCHEMA = Path.of("data/schema/dataset-v1.schema.json");
    private static final Path FORMAT_DOC = Path.of("docs/data-format.md");

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheValidFixture() {
        Fixtures.copyOfValid(dir);
    }

    private DatasetProblem onlyProblemAt(String file, String marker, String path) {
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        int[] at = Fixtures.locate(dir.resolve(file), marker);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).as("line").isEqualTo(at[0]);
        assertThat(p.column()).as("column").isEqualTo(at[1]);
        assertThat(p.jsonPath()).isEqualTo(path);
        Fixtures.assertPlain(p.message());
        return p;
    }

    @Test
    void aValueNotInItsListNamesTheAllowedValues() {
        Fixtures.edit(dir, "systems.json", "\"basing\": [\"air\"]", "\"basing\": [\"landd\"]");
        DatasetProblem p = onlyProblemAt("systems.json", "\"landd\"", "$.systems[1].basing[0]");
        assertThat(p.message()).isEqualTo("in system 'missile-two': 'landd' is not one of: land, sea, submarine, air");
        assertThat(p.recordId()).isEqualTo("missile-two");
    }

    @Test
    void localNamesWithoutTheirSourceAreRefused() {
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\" }",
                "\"representativePoint\": \"city-b\", \"names\": { \"ur\": \"\u0628\" } }");
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).contains("namesSource");
        assertThat(problems.get(0).recordId()).isEqualTo("BBB");
    }

    @Test
    void anUnknownKeyIsReportedAtTheKey() {
        Fixtures.edit(dir, "systems.json", "\"note\": \"fixture system\"", "\"nte\": \"fixture system\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"nte\"", "$.systems[0].nte");
        assertThat(p.message()).startsWith("in system 'missile-one': 'nte' is not a key the dataset format knows here");
    }

    @Test
    void anUnknownKeyInAClaimIsReportedAtTheKey() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"up to 450.5 km\"", "\"quote\": \"up to 450.5 km\", \"unit\": \"km\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"unit\"", "$.systems[1].figures.rangeKm.claims[0].unit");
        assertThat(p.message()).contains("'unit' is not a key the dataset format knows here");
    }

    @Test
    void aMissingRequiredKeyIsReportedAtItsObject() {
        Fixtures.edit(dir, "core.json", "\"kind\": \"analysis\", ", "");
        DatasetProblem p = onlyProblemAt("core.json", "{ \"id\": \"source-b\"", "$.sources[1]");
        assertThat(p.message()).isEqualTo("in source 'source-b': the required key 'kind' is missing");
    }

    @Test
    void aFileWithoutSchemaVersionIsReportedAtTheTop() {
        Fixtures.edit(dir, "systems.json", "\"schemaVersion\": 1,", "");
        assertThat(Fixtures.problems(dir)).hasSize(1);
        DatasetProblem p = Fixtures.problems(dir).get(0);
        assertThat(p.format()).startsWith("systems.json:1:1: $: ");
        assertThat(p.message()).isEqualTo("the required key 'schemaVersion' is missing at the top of the file");
    }

    @Test
    void aFigureWithBothValueAndSpanIsReported() {
        Fixtures.edit(dir, "systems.json", "\"value\": 450.5, \"basis\"", "\"value\": 450.5, \"max\": 460, \"basis\"");
        DatasetProblem p = onlyProblemAt("systems.json", "{ \"value\": 450.5, \"max\"", "$.systems[1].figures.rangeKm");
        assertThat(p.message()).endsWith("give either 'value', or both 'min' and 'max' (not both, not neither)");
    }

    @Test
    void aClaimWithMinButNoMaxIsReported() {
        Fixtures.edit(dir, "systems.json", "{ \"min\": 2500, \"max\": 3000,", "{ \"min\": 2500,");
        DatasetProblem p = onlyProblemAt("systems.json", "{ \"min\": 2500,", "$.systems[0].figures.rangeKm.claims[1]");
        assertThat(p.message()).endsWith("give either 'value', or both 'min' and 'max' (not both, not neither)");
    }

    @Test
    void anEventClaimWithValueAndSpanIsReported() {
        Fixtures.edit(dir, "systems.json", "{ \"value\": 2750, \"claimant\": \"Ministry A\"", "{ \"value\": 2750, \"min\": 1, \"max\": 2, \"claimant\": \"Ministry A\"");
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).extracting(DatasetProblem::jsonPath)
                .containsExactly("$.events[1].claims[0].min", "$.events[1].claims[0].max");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("never with it"));
    }

    @Test
    void aBlankEventClaimValueIsReported() {
        Fixtures.edit(dir, "systems.json", "{ \"value\": 2750, \"claimant\": \"Ministry A\"", "{ \"value\": \" \", \"claimant\": \"Ministry A\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\" \", \"claimant\": \"Ministry A\"", "$.events[1].claims[0].value");
        assertThat(p.message()).isEqualTo("in event 'event-test': this text must not be empty");
    }

    @Test
    void aTextWhereARangeNumberBelongsIsReported() {
        Fixtures.edit(dir, "systems.json", "\"value\": 450.5, \"qualifier\"", "\"value\": \"450.5\", \"qualifier\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"450.5\"", "$.systems[1].figures.rangeKm.claims[0].value");
        assertThat(p.message()).endsWith("this should be a number, but it is a text in double quotes");
    }

    @Test
    void aFirstTestThatIsNotADateIsReported() {
        Fixtures.edit(dir, "systems.json", "\"firstTest\": { \"value\": \"2015-03-09\"", "\"firstTest\": { \"value\": \"March 2015\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"March 2015\"", "$.systems[0].figures.firstTest.value");
        assertThat(p.message()).endsWith("'March 2015' is not a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2015-03-09'");
    }

    @Test
    void aClassThatIsANumberIsReported() {
        Fixtures.edit(dir, "systems.json", "\"class\": { \"value\": \"MRBM\"", "\"class\": { \"value\": 3");
        DatasetProblem p = onlyProblemAt("systems.json", "3, \"basis\": \"the analysts", "$.systems[0].figures.class.value");
        assertThat(p.message()).endsWith("this should be a text in double quotes, but it is a whole number");
    }

    @Test
    void anIdWithCapitalsAndSpacesIsReported() {
        Fixtures.edit(dir, "systems.json", "\"id\": \"missile-two\"", "\"id\": \"missile two\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"missile two\"", "$.systems[1].id");
        assertThat(p.message()).startsWith("in system 'missile two': 'missile two' is not a valid id");
    }

    @Test
    void aJavascriptAddressIsReported() {
        Fixtures.edit(dir, "core.json", "\"https://example.org/a\"", "\"javascript:alert(1)\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"javascript:alert(1)\"", "$.sources[0].url");
        assertThat(p.message()).contains("is not an http or https web address");
    }

    @Test
    void aFileAddressIsReported() {
        Fixtures.edit(dir, "core.json", "\"https://example.org/a\"", "\"file:///etc/passwd\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"file:///etc/passwd\"", "$.sources[0].url");
        assertThat(p.message()).contains("is not an http or https web address");
    }

    @Test
    void anAddressWithoutHostIsReported() {
        Fixtures.edit(dir, "core.json", "\"https://example.org/a\"", "\"https:///a\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"https:///a\"", "$.sources[0].url");
        assertThat(p.message()).contains("with a host name");
    }

    @Test
    void aFigureWithNoClaimsIsReportedAtItsClaims() {
        Fixtures.edit(dir, "systems.json", "\"basis\": \"the only claim\",\n          \"claims\": [\n            { \"value\": 450.5",
                "\"basis\": \"the only claim\",\n          \"claims\": [], \"x\": [\n            { \"value\": 450.5");
        Fixtures.edit(dir, "systems.json", ", \"x\": [", ", \"basis2\": [");
        List<DatasetProblem> problems = Fixtures.problems(dir);
        int[] at = Fixtures.locate(dir.resolve("systems.json"), "[], \"basis2\"");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.systems[1].figures.rangeKm.claims");
            assertThat(p.line()).isEqualTo(at[0]);
            assertThat(p.column()).isEqualTo(at[1]);
            assertThat(p.message()).isEqualTo("in system 'missile-two': there must be at least one claim: "
                    + "every figure and event rests on a claim");
        });
    }

    @Test
    void semanticRulesWaitUntilTheSchemaIsSatisfied() {
        Fixtures.edit(dir, "systems.json", "\"basing\": [\"air\"]", "\"basing\": [\"landd\"]");
        Fixtures.edit(dir, "systems.json", "\"country\": \"BBB\", \"category\"", "\"country\": \"CCC\", \"category\"");
        assertThat(Fixtures.problems(dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'landd'"));
    }

    @Test
    void theSchemaIsValidJsonDeclaringDraft2020() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void theLoaderReadsTheSameSchemaAsTheRepositoryHolds() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.RESOURCE)) {
            assertThat(in).as("schema on the classpath").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA));
        }
    }

    @Test
    void everyKeyInTheFormatTablesAppearsInTheSchema() throws IOException {
        Set<String> schemaKeys = new HashSet<>();
        collectPropertyNames(new ObjectMapper().readTree(SCHEMA.toFile()), schemaKeys);
        Set<String> docKeys = new HashSet<>();
        String whole = Files.readString(FORMAT_DOC);
        // the dataset's part of the doc; view-state files have a schema of their own (ViewStateSchemaTest)
        int viewStates = whole.indexOf("# View state (scene) files");
        String doc = viewStates < 0 ? whole : whole.substring(0, viewStates);
        Matcher m = Pattern.compile("^\\| `([A-Za-z]+)`(?:, `([A-Za-z]+)`)?", Pattern.MULTILINE).matcher(doc);
        while (m.find()) {
            docKeys.add(m.group(1));
            if (m.group(2) != null) {
                docKeys.add(m.group(2));
            }
        }
        // the rows for the dataset block and for figures name the keys inside them
        Matcher nested = Pattern.compile("^\\| `(?:dataset|figures)` \\|.*$", Pattern.MULTILINE).matcher(doc);
        while (nested.find()) {
            Matcher key = Pattern.compile("`([A-Za-z]+)`").matcher(nested.group());
            while (key.find()) {
                docKeys.add(key.group(1));
            }
        }
        assertThat(docKeys).as("keys named in the doc tables")
                .contains("rangeKm", "payloadKg", "firstTest", "class", "status", "version", "updated");
        assertThat(schemaKeys).containsAll(docKeys);
    }

    @Test
    void theExampleInTheFormatDocLoads() throws IOException {
        String doc = Files.readString(FORMAT_DOC);
        int start = doc.indexOf("```json", doc.indexOf("## Example")) + "```json".length();
        Fixtures.write(dir.resolve("core.json"), doc.substring(start, doc.indexOf("```", start)));
        Files.delete(dir.resolve("systems.json"));
        assertThat(Fixtures.problems(dir)).isEmpty();
        assertThat(DatasetLoader.load(dir, Fixtures.TODAY).system("shaheen-3")).isPresent();
    }

    private static void collectPropertyNames(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(out::add);
            }
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectPropertyNames(child, out));
        }
    }
}
