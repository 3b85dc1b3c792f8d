package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.RangeUse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim checks (format version 2) in a copy of the valid fixture: a valid file loads into the
 * model; each mistake is one problem at its file, line, column and path, in plain words.
 */
class ClaimCheckRulesTest {

    static final String CHECKS = """
            {
              "schemaVersion": 2,
              "claimChecks": [
                { "id": "check-event", "statement": { "event": "event-later", "quote": "we note the test" },
                  "measurements": [
                    { "kind": "distance", "to": "city-b", "range": { "system": "missile-one", "use": "headline" } } ] },
                { "id": "check-figure",
                  "statement": { "system": "missile-one", "figure": "rangeKm", "quote": "a range of 2750 kilometres" },
                  "measurements": [
                    { "kind": "territoryShare", "territory": "BBB", "range": { "longestOf": "AAA", "use": "highestClaim" } },
                    { "kind": "placesInRange", "range": { "system": "missile-one", "use": "lowestClaim" },
                      "places": "capitals", "in": "BBB" } ] },
                { "id": "check-own",
                  "statement": { "claimant": "Example Institute", "claimantKind": "independentAnalysis",
                    "source": "source-b", "quote": "it can reach City B", "asOf": "2020" },
                  "measurements": [
                    { "kind": "rangeComparison", "ranges": [ { "system": "missile-one", "use": "headline" },
                      { "system": "missile-two", "use": "headline" } ] } ],
                  "note": "a check of its own" }
              ]
            }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheValidFixtureWithChecks() {
        Fixtures.copyOfValid(dir);
        Fixtures.write(dir.resolve("checks.json"), CHECKS);
    }

    private DatasetProblem onlyProblemAt(String marker, String path, String recordId) {
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        int[] at = Fixtures.locate(dir.resolve("checks.json"), marker);
        assertThat(p.file()).isEqualTo("checks.json");
        assertThat(p.line()).as("line").isEqualTo(at[0]);
        assertThat(p.column()).as("column").isEqualTo(at[1]);
        assertThat(p.jsonPath()).isEqualTo(path);
        assertThat(p.recordId()).isEqualTo(recordId);
        Fixtures.assertPlain(p.message());
        return p;
    }

    @Test
    void validChecksLoadWithTheirStatementsAndMeasurements() {
        assertThat(Fixtures.problems(dir)).isEmpty();
        Dataset d = DatasetLoader.load(dir, Fixtures.TODAY);
        assertThat(d.claimChecks()).extracting(ClaimCheck::id).containsExactly("check-event", "check-figure", "check-own");
        ClaimCheck event = d.claimCheck("check-event").orElseThrow();
        assertThat(event.statement()).isEqualTo(d.event("event-later").orElseThrow().claims().get(0));
        assertThat(event.origin()).isEqualTo("event \u201cStatement on Missile One\u201d (2016-05)");
        assertThat(event.measurements()).containsExactly(
                new Measure.Distance("city-b", RangeRef.system("missile-one", RangeUse.HEADLINE)));
        ClaimCheck figure = d.claimCheck("check-figure").orElseThrow();
        assertThat(figure.statement().claimant()).isEqualTo("Ministry A, as reported by Example Gazette");
        assertThat(figure.origin()).isEqualTo("range claims of Missile One");
        assertThat(figure.measurements()).containsExactly(
                new Measure.TerritoryShare("BBB", RangeRef.longestOf("AAA", RangeUse.HIGHEST_CLAIM)),
                new Measure.PlacesInRange(RangeRef.system("missile-one", RangeUse.LOWEST_CLAIM), true, "BBB"));
        ClaimCheck own = d.claimCheck("check-own").orElseThrow();
        assertThat(own.statement().claimantKind()).isEqualTo(ClaimantKind.INDEPENDENT_ANALYSIS);
        assertThat(own.origin()).isNull();
        assertThat(own.noteText()).hasValue("a check of its own");
        assertThat(own.measurements()).singleElement().isInstanceOf(Measure.RangeComparison.class);
    }

    @Test
    void claimChecksInAFileOfFormatVersionOneAreRefused() {
        Fixtures.edit(dir, "checks.json", "\"schemaVersion\": 2", "\"schemaVersion\": 1");
        DatasetProblem p = onlyProblemAt("\"claimChecks\"", "$.claimChecks", null);
        assertThat(p.message()).isEqualTo("claim checks belong to dataset format version 2: set \"schemaVersion\": 2 in this file");
    }

    @Test
    void aFormatVersionThisProgramDoesNotReadIsRefusedInWords() {
        Fixtures.edit(dir, "checks.json", "\"schemaVersion\": 2", "\"schemaVersion\": 3");
        DatasetProblem p = onlyProblemAt("3,", "$.schemaVersion", null);
        assertThat(p.message()).contains("versions 1 and 2");
    }

    @Test
    void aPlaceThatDoesNotExistIsLocated() {
        Fixtures.edit(dir, "checks.json", "\"to\": \"city-b\"", "\"to\": \"city-q\"");
        DatasetProblem p = onlyProblemAt("\"city-q\"", "$.claimChecks[0].measurements[0].to", "check-event");
        assertThat(p.message()).isEqualTo("in claim check 'check-event': place 'city-q' does not exist in the dataset");
    }

    @Test
    void aSystemNamedWhereAPlaceBelongsIsCalledWhatItIs() {
        Fixtures.edit(dir, "checks.json", "\"to\": \"city-b\"", "\"to\": \"missile-two\"");
        DatasetProblem p = onlyProblemAt("\"missile-two\", \"range\"", "$.claimChecks[0].measurements[0].to", "check-event");
        assertThat(p.message()).isEqualTo("in claim check 'check-event': 'missile-two' is a system, not a place;"
                + " name a place of the dataset here");
    }

    @Test
    void aPlaceNamedWhereASystemBelongsIsCalledWhatItIs() {
        Fixtures.edit(dir, "checks.json", "\"system\": \"missile-one\", \"use\": \"headline\" } } ] },",
                "\"system\": \"city-a\", \"use\": \"headline\" } } ] },");
        DatasetProblem p = onlyProblemAt("\"city-a\"", "$.claimChecks[0].measurements[0].range.system", "check-event");
        assertThat(p.message()).endsWith("'city-a' is a place, not a system; name a system of the dataset here");
    }

    @Test
    void aKeyOfAnotherMeasurementKindIsLocatedAtTheKey() {
        Fixtures.edit(dir, "checks.json", "{ \"kind\": \"distance\", \"to\": \"city-b\",",
                "{ \"kind\": \"distance\", \"to\": \"city-b\", \"territory\": \"BBB\",");
        DatasetProblem p = onlyProblemAt("\"territory\": \"BBB\", \"range\": { \"system\"", "$.claimChecks[0].measurements[0].territory", "check-event");
        assertThat(p.message()).endsWith("'territory' does not belong to a measurement of kind 'distance'; it takes to, range");
    }

    @Test
    void aMissingKeyOfTheMeasurementKindIsLocatedAtTheMeasurement() {
        Fixtures.edit(dir, "checks.json", "{ \"kind\": \"distance\", \"to\": \"city-b\",", "{ \"kind\": \"distance\",");
        DatasetProblem p = onlyProblemAt("{ \"kind\": \"distance\"", "$.claimChecks[0].measurements[0]", "check-event");
        assertThat(p.message()).endsWith("the required key 'to' is missing: a measurement of kind 'distance' takes to, range");
    }

    @Test
    void anUnknownMeasurementKindIsRefusedByTheSchema() {
        Fixtures.edit(dir, "checks.json", "\"kind\": \"rangeComparison\"", "\"kind\": \"area\"");
        DatasetProblem p = onlyProblemAt("\"area\"", "$.claimChecks[2].measurements[0].kind", "check-own");
        assertThat(p.message()).contains("'area' is not one of: distance, territoryShare, placesInRange, rangeComparison");
    }

    @Test
    void aQuoteThatNoClaimOfTheEventHasIsLocatedAtTheQuote() {
        Fixtures.edit(dir, "checks.json", "\"quote\": \"we note the test\"", "\"quote\": \"we note the tests\"");
        DatasetProblem p = onlyProblemAt("\"we note the tests\"", "$.claimChecks[0].statement.quote", "check-event");
        assertThat(p.message()).contains("no claim of event 'event-later' has this quote");
    }

    @Test
    void aFigureTheSystemLacksIsLocated() {
        Fixtures.edit(dir, "checks.json", "\"figure\": \"rangeKm\"", "\"figure\": \"payloadKg\"");
        DatasetProblem p = onlyProblemAt("\"a range of 2750 kilometres\"", "$.claimChecks[1].statement.quote", "check-figure");
        assertThat(p.message()).contains("no claim of payloadKg of system 'missile-one' has this quote");
    }

    @Test
    void aRangeNamingBothASystemAndACountryIsLocated() {
        Fixtures.edit(dir, "checks.json", "{ \"longestOf\": \"AAA\", \"use\": \"highestClaim\" }",
                "{ \"longestOf\": \"AAA\", \"system\": \"missile-one\", \"use\": \"highestClaim\" }");
        DatasetProblem p = onlyProblemAt("{ \"longestOf\": \"AAA\", \"system\"", "$.claimChecks[1].measurements[0].range",
                "check-figure");
        assertThat(p.message()).contains("exactly one of them");
    }

    @Test
    void aStatementOfItsOwnCitingAMissingSourceIsLocated() {
        Fixtures.edit(dir, "checks.json", "\"source\": \"source-b\"", "\"source\": \"source-z\"");
        DatasetProblem p = onlyProblemAt("\"source-z\"", "$.claimChecks[2].statement.source", "check-own");
        assertThat(p.message()).isEqualTo("in claim check 'check-own': source 'source-z' does not exist in the dataset");
    }

    @Test
    void aStatementMixingAReferenceAndAClaimOfItsOwnIsLocated() {
        Fixtures.edit(dir, "checks.json", "{ \"event\": \"event-later\", \"quote\"",
                "{ \"event\": \"event-later\", \"claimant\": \"Someone\", \"quote\"");
        DatasetProblem p = onlyProblemAt("{ \"event\": \"event-later\"", "$.claimChecks[0].statement", "check-event");
        assertThat(p.message()).contains("not both");
    }

    @Test
    void twoChecksWithOneIdAreLocatedAtTheSecond() {
        Fixtures.edit(dir, "checks.json", "\"id\": \"check-own\"", "\"id\": \"check-event\"");
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.claimChecks[2].id");
            assertThat(p.message()).contains("already used by the claim check at checks.json:");
        });
    }
}
