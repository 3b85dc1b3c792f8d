package org.balanceexplorer.data;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule the schema cannot say, broken once in a copy of the valid fixture, gives exactly one
 * problem at the right file, line, column and path, naming the record.
 */
class SemanticRulesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheValidFixture() {
        Fixtures.copyOfValid(dir);
    }

    /** Asserts the one problem found lies at {@code marker} in {@code file}, and returns it. */
    private DatasetProblem onlyProblemAt(String file, String marker, String path, String recordId) {
        List<DatasetProblem> problems = Fixtures.problems(dir);
        assertThat(problems).hasSize(1);
        DatasetProblem p = problems.get(0);
        int[] at = Fixtures.locate(dir.resolve(file), marker);
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.line()).as("line").isEqualTo(at[0]);
        assertThat(p.column()).as("column").isEqualTo(at[1]);
        assertThat(p.jsonPath()).isEqualTo(path);
        assertThat(p.recordId()).isEqualTo(recordId);
        Fixtures.assertPlain(p.message());
        return p;
    }

    @Test
    void aClaimCitingAMissingSourceIsLocatedAndNamesTheSystem() {
        Fixtures.edit(dir, "systems.json", "\"source\": \"source-a\", \"quote\": \"up to 450.5 km\"",
                "\"source\": \"dawn-x\", \"quote\": \"up to 450.5 km\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"dawn-x\"",
                "$.systems[1].figures.rangeKm.claims[0].source", "missile-two");
        int[] at = Fixtures.locate(dir.resolve("systems.json"), "\"dawn-x\"");
        assertThat(p.format()).isEqualTo("systems.json:" + at[0] + ":" + at[1]
                + ": $.systems[1].figures.rangeKm.claims[0].source: in system 'missile-two': source 'dawn-x' does not exist in the dataset");
    }

    @Test
    void anEventClaimCitingAMissingSourceIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"source\": \"source-a\",\n          \"quote\": \"we note the test\"",
                "\"source\": \"nowhere\",\n          \"quote\": \"we note the test\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"nowhere\"", "$.events[0].claims[0].source", "event-later");
        assertThat(p.message()).isEqualTo("in event 'event-later': source 'nowhere' does not exist in the dataset");
    }

    @Test
    void aSystemOfACountryNotInTheDatasetIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"country\": \"BBB\", \"category\": \"cruise\"", "\"country\": \"CCC\", \"category\": \"cruise\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"CCC\", \"category\"", "$.systems[1].country", "missile-two");
        assertThat(p.message()).isEqualTo("in system 'missile-two': country 'CCC' is not a country in the dataset");
    }

    @Test
    void aRepresentativePointThatIsNotAPlaceIsLocated() {
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\"", "\"representativePoint\": \"city-z\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"city-z\"", "$.countries[1].representativePoint", "BBB");
        assertThat(p.message()).isEqualTo("in country 'BBB': representative point 'city-z' is not a place in the dataset");
    }

    @Test
    void anUrduNameInLatinLettersIsLocatedAndNamesTheScript() {
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\" }",
                "\"representativePoint\": \"city-b\", \"names\": { \"ur\": \"Pakistan\", \"hi\": \"पाकिस्तान\" }, "
                        + "\"namesSource\": \"test\" }");
        DatasetProblem p = onlyProblemAt("core.json", "\"Pakistan\"", "$.countries[1].names.ur", "BBB");
        assertThat(p.message()).isEqualTo("in country 'BBB': the Urdu name has a letter outside the Arabic script "
                + "(U+0050); write it as the source does, in Arabic script");
    }

    @Test
    void namesInTheirOwnScriptsAreValidAndAHindiNameInUrduScriptIsNot() {
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\" }",
                "\"representativePoint\": \"city-b\", \"names\": { \"ur\": \"عوامی جمہوریہ چین\", \"hi\": \"चीनी जनवादी गणराज्य\" }, "
                        + "\"namesSource\": \"test\" }");
        assertThat(Fixtures.problems(dir)).isEmpty();
        Fixtures.edit(dir, "core.json", "\"hi\": \"चीनी जनवादी गणराज्य\"", "\"hi\": \"پاکستان\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"پاکستان\"", "$.countries[1].names.hi", "BBB");
        assertThat(p.message()).startsWith("in country 'BBB': the Hindi name has a letter outside the Devanagari script");
    }

    @Test
    void anEventNamingAMissingSystemIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"systems\": [\"missile-one\"]", "\"systems\": [\"missile-nine\"]");
        DatasetProblem p = onlyProblemAt("systems.json", "\"missile-nine\"", "$.events[1].systems[0]", "event-test");
        assertThat(p.message()).isEqualTo("in event 'event-test': system 'missile-nine' is not a system in the dataset");
    }

    @Test
    void anIdUsedTwiceInOneFileNamesTheFirstPlace() {
        Fixtures.edit(dir, "core.json", "\"places\": [", "\"places\": [\n    { \"id\": \"city-b\", \"name\": \"Again\", "
                + "\"country\": \"BBB\", \"lat\": 1, \"lon\": 1, \"kind\": \"city\", \"coordinateSource\": \"test\" },");
        int[] first = Fixtures.locate(dir.resolve("core.json"), "\"city-b\", \"name\": \"Again\"");
        // the second city-b, the original one, comes later in the file
        DatasetProblem p = onlyProblemAt("core.json", "\"city-b\", \"name\": \"City B\"", "$.places[2].id", "city-b");
        assertThat(p.message()).isEqualTo("in place 'city-b': the id 'city-b' is already used by the place at core.json:"
                + first[0] + ":" + first[1] + "; ids must be unique");
    }

    @Test
    void anIdUsedInTwoFilesNamesTheOtherFile() {
        Fixtures.write(dir.resolve("more.json"), "{ \"schemaVersion\": 1,\n  \"sources\": [ { \"id\": \"source-b\", "
                + "\"title\": \"T\", \"publisher\": \"P\", \"kind\": \"other\" } ] }");
        int[] first = Fixtures.locate(dir.resolve("core.json"), "\"source-b\", \"title\"");
        DatasetProblem p = onlyProblemAt("more.json", "\"source-b\"", "$.sources[0].id", "source-b");
        assertThat(p.message()).isEqualTo("in source 'source-b': the id 'source-b' is already used by the source at core.json:"
                + first[0] + ":" + first[1] + "; ids must be unique");
    }

    @Test
    void theSameIdForRecordsOfDifferentKindsIsAllowed() {
        Fixtures.edit(dir, "core.json", "\"id\": \"city-b\"", "\"id\": \"missile-two\"");
        Fixtures.edit(dir, "core.json", "\"representativePoint\": \"city-b\"", "\"representativePoint\": \"missile-two\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void aLatitudeBeyondThePoleIsLocated() {
        Fixtures.edit(dir, "core.json", "\"lat\": 33.72", "\"lat\": 95");
        DatasetProblem p = onlyProblemAt("core.json", "95", "$.places[0].lat", "city-a");
        assertThat(p.message()).isEqualTo("in place 'city-a': latitude 95 is outside -90 to 90 degrees");
    }

    @Test
    void aLongitudeBeyondTheAntimeridianIsLocated() {
        Fixtures.edit(dir, "core.json", "\"lon\": -180,", "\"lon\": -180.5,");
        DatasetProblem p = onlyProblemAt("core.json", "-180.5", "$.places[1].lon", "city-b");
        assertThat(p.message()).isEqualTo("in place 'city-b': longitude -180.5 is outside -180 to 180 degrees");
    }

    @Test
    void aHeadlineRangeOfZeroIsImpossible() {
        Fixtures.edit(dir, "systems.json", "\"value\": 450.5, \"basis\"", "\"value\": 0.0, \"basis\"");
        DatasetProblem p = onlyProblemAt("systems.json", "0.0, \"basis\"", "$.systems[1].figures.rangeKm.value", "missile-two");
        assertThat(p.message()).contains("a range of 0 km is impossible").contains("20,037.5 km");
    }

    @Test
    void aClaimedRangeLongerThanHalfTheEarthIsImpossible() {
        Fixtures.edit(dir, "systems.json", "\"max\": 3000,", "\"max\": 20037.6,");
        DatasetProblem p = onlyProblemAt("systems.json", "20037.6", "$.systems[0].figures.rangeKm.claims[1].max", "missile-one");
        assertThat(p.message()).contains("a range of 20,037.6 km is impossible");
    }

    @Test
    void aClaimedRangeOfHalfTheEarthIsAllowed() {
        Fixtures.edit(dir, "systems.json", "\"max\": 3000,", "\"max\": 20037.5,");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void aNegativeClaimedMinimumRangeIsImpossible() {
        Fixtures.edit(dir, "systems.json", "\"min\": 2500,", "\"min\": -1,");
        DatasetProblem p = onlyProblemAt("systems.json", "-1,", "$.systems[0].figures.rangeKm.claims[1].min", "missile-one");
        assertThat(p.message()).contains("a range of -1 km is impossible");
    }

    @Test
    void aPayloadOfZeroIsImpossible() {
        Fixtures.edit(dir, "systems.json", "{ \"min\": 500, \"max\": 1000, \"qualifier\"", "{ \"min\": 0, \"max\": 1000, \"qualifier\"");
        DatasetProblem p = onlyProblemAt("systems.json", "0, \"max\": 1000, \"qualifier\"",
                "$.systems[0].figures.payloadKg.claims[0].min", "missile-one");
        assertThat(p.message()).contains("a payload of 0 kg is impossible");
    }

    @Test
    void aMinimumAboveTheMaximumIsLocatedAtTheMinimum() {
        Fixtures.edit(dir, "systems.json", "\"min\": 2500, \"max\": 3000,", "\"min\": 3500, \"max\": 3000,");
        DatasetProblem p = onlyProblemAt("systems.json", "3500", "$.systems[0].figures.rangeKm.claims[1].min", "missile-one");
        assertThat(p.message()).isEqualTo("in system 'missile-one': min 3,500 is greater than max 3,000");
    }

    @Test
    void aHeadlineOutsideItsClaimsIsAnError() {
        Fixtures.edit(dir, "systems.json", "\"value\": 450.5, \"basis\"", "\"value\": 500, \"basis\"");
        DatasetProblem p = onlyProblemAt("systems.json", "500, \"basis\"", "$.systems[1].figures.rangeKm.value", "missile-two");
        assertThat(p.message()).isEqualTo("in system 'missile-two': the headline 500 lies outside what the claims say "
                + "(only 450.5); a headline must be within the span of its claims");
    }

    @Test
    void aHeadlineSpanReachingBelowItsClaimsIsLocatedAtItsMinimum() {
        Fixtures.edit(dir, "systems.json", "\"payloadKg\": { \"min\": 500,", "\"payloadKg\": { \"min\": 400,");
        DatasetProblem p = onlyProblemAt("systems.json", "400", "$.systems[0].figures.payloadKg.min", "missile-one");
        assertThat(p.message()).contains("the headline 400 to 1,000 lies outside what the claims say (from 500 to 1,000)");
    }

    @Test
    void aDateThatIsNotOnTheCalendarIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"asOf\": \"2019-07\"", "\"asOf\": \"2023-02-30\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"2023-02-30\"", "$.systems[0].figures.rangeKm.claims[2].asOf", "missile-one");
        assertThat(p.message()).isEqualTo("in system 'missile-one': '2023-02-30' is not a real calendar date");
    }

    @Test
    void aFirstTestInMonthThirteenIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"firstTest\": { \"value\": \"2015-03-09\"", "\"firstTest\": { \"value\": \"2015-13\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"2015-13\"", "$.systems[0].figures.firstTest.value", "missile-one");
        assertThat(p.message()).endsWith("'2015-13' is not a real calendar date");
    }

    @Test
    void aClaimDatedInTheFutureIsLocated() {
        Fixtures.edit(dir, "systems.json", "\"asOf\": \"2016\"", "\"asOf\": \"2027\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"2027\"", "$.systems[1].figures.rangeKm.claims[0].asOf", "missile-two");
        assertThat(p.message()).isEqualTo("in system 'missile-two': the date '2027' is in the future (today is 2026-11-29)");
    }

    @Test
    void aSourcePublishedNextMonthIsInTheFuture() {
        Fixtures.edit(dir, "core.json", "\"published\": \"2015-03-09\"", "\"published\": \"2026-12\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"2026-12\"", "$.sources[0].published", "source-a");
        assertThat(p.message()).contains("the date '2026-12' is in the future");
    }

    @Test
    void aSourcePublishedThisMonthIsNotInTheFuture() {
        Fixtures.edit(dir, "core.json", "\"published\": \"2015-03-09\"", "\"published\": \"2026-11\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void aQuoteOfTwentySixWordsIsTooLong() {
        String words = "word ".repeat(25) + "end";
        Fixtures.edit(dir, "systems.json", "\"quote\": \"up to 450.5 km\"", "\"quote\": \"" + words + "\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"" + words + "\"", "$.systems[1].figures.rangeKm.claims[0].quote", "missile-two");
        assertThat(p.message()).contains("the quote has 26 words; at most 25 are allowed");
    }

    @Test
    void aQuoteOfTwentyFiveWordsIsAllowed() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"up to 450.5 km\"", "\"quote\": \"" + "word ".repeat(24) + "end\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void aWebAddressWithCharactersNoAddressHasIsLocated() {
        Fixtures.edit(dir, "core.json", "\"https://example.org/a\"", "\"https://exa|mple.org/a\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"https://exa|mple.org/a\"", "$.sources[0].url", "source-a");
        assertThat(p.message()).contains("is not a valid web address");
    }

    @Test
    void aWebAddressWithoutAHostNameIsLocated() {
        Fixtures.edit(dir, "core.json", "\"https://example.org/a\"", "\"https://:80/a\"");
        DatasetProblem p = onlyProblemAt("core.json", "\"https://:80/a\"", "$.sources[0].url", "source-a");
        assertThat(p.message()).contains("has no host name");
    }

    @Test
    void aSecondDatasetBlockNamesTheFirst() {
        Fixtures.write(dir.resolve("more.json"), "{ \"schemaVersion\": 1,\n  \"dataset\": { \"name\": \"N\", \"version\": \"2\" } }");
        int[] first = Fixtures.locate(dir.resolve("core.json"), "{ \"name\": \"Test fixture dataset\"");
        DatasetProblem p = onlyProblemAt("more.json", "\"dataset\"", "$.dataset", null);
        assertThat(p.message()).isEqualTo("there is a second 'dataset' block; the first is at core.json:"
                + first[0] + ":" + first[1] + " (a dataset has at most one)");
    }

    @Test
    void aSourceThatNoClaimCitesIsLocatedAtItsId() {
        Fixtures.edit(dir, "core.json", "\"sources\": [", "\"sources\": [\n    { \"id\": \"source-c\", \"title\": \"Never cited\","
                + " \"publisher\": \"Example Gazette\", \"kind\": \"news\" },");
        DatasetProblem p = onlyProblemAt("core.json", "\"source-c\"", "$.sources[0].id", "source-c");
        assertThat(p.message()).isEqualTo("in source 'source-c': source 'source-c' is not cited by any claim; remove it or cite it");
    }

    @Test
    void aSourceCitedOnlyByAnEventIsCited() {
        Fixtures.edit(dir, "systems.json", "\"source\": \"source-a\",\n          \"quote\": \"we note the test\"",
                "\"source\": \"source-c\",\n          \"quote\": \"we note the test\"");
        Fixtures.edit(dir, "core.json", "\"sources\": [", "\"sources\": [\n    { \"id\": \"source-c\", \"title\": \"Cited by an event\","
                + " \"publisher\": \"Example Gazette\", \"kind\": \"government\" },");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void anOpinionClaimFromANewsSourceIsLocatedAtItsClaimantKind() {
        Fixtures.edit(dir, "systems.json", "\"claimantKind\": \"media\"", "\"claimantKind\": \"opinion\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"opinion\"", "$.systems[1].figures.rangeKm.claims[0].claimantKind",
                "missile-two");
        assertThat(p.message()).isEqualTo("in system 'missile-two': claimant kind 'opinion' needs a source of kind 'opinion',"
                + " but source 'source-a' is of kind 'news'; cite the opinion piece itself, or give the claimant's real kind");
    }

    @Test
    void aMediaClaimFromAnOpinionPieceIsLocatedAtItsClaimantKind() {
        Fixtures.edit(dir, "core.json", "\"kind\": \"news\"", "\"kind\": \"opinion\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"media\"", "$.systems[1].figures.rangeKm.claims[0].claimantKind",
                "missile-two");
        assertThat(p.message()).isEqualTo("in system 'missile-two': source 'source-a' is an opinion piece, not news reporting;"
                + " a claim it makes is its author's: claimant kind 'opinion', not 'media'");
    }

    @Test
    void anOpinionClaimFromAnOpinionPieceIsAllowed() {
        Fixtures.edit(dir, "core.json", "\"kind\": \"news\"", "\"kind\": \"opinion\"");
        Fixtures.edit(dir, "systems.json", "\"claimantKind\": \"media\"", "\"claimantKind\": \"opinion\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void aQuoteCitedTwiceForOneFigureIsLocatedAtTheRepeat() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"más de 2000 km\"", "\"quote\": \" between 2,500  and 3,000 km\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\" between 2,500  and 3,000 km\"",
                "$.systems[0].figures.rangeKm.claims[2].quote", "missile-one");
        assertThat(p.message()).isEqualTo("in system 'missile-one': this quote is already cited for rangeKm by claims[1];"
                + " one originating claim is recorded once per figure (keep one claim, or quote the words each source adds)");
    }

    @Test
    void theSameQuoteForAnotherFigureIsAllowed() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"roughly 500 to 1000 kg\"", "\"quote\": \"a range of 2750 kilometres\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void anOfficialClaimWhosePageWasNotSeenIsLocatedAtItsReading() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"we note the test\", \"asOf\": \"2016-05\", \"reading\": \"quoteOnPage\"",
                "\"quote\": \"we note the test\", \"asOf\": \"2016-05\", \"reading\": \"pageNotSeen\"");
        DatasetProblem p = onlyProblemAt("systems.json", "\"pageNotSeen\"", "$.events[0].claims[0].reading", "event-later");
        assertThat(p.message()).isEqualTo("in event 'event-later': an official's claim (claimant kind 'otherGovernment')"
                + " must carry a quote the second reading found on the cited page (reading 'quoteOnPage'); this one is"
                + " marked 'pageNotSeen': cite a page that was seen, or give the claimant's real kind");
    }

    @Test
    void anOfficialClaimWithoutAReadingIsLocatedAtTheClaim() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"a range of 2750 kilometres\", \"asOf\": \"2015-03-09\", \"reading\": \"quoteOnPage\" }",
                "\"quote\": \"a range of 2750 kilometres\", \"asOf\": \"2015-03-09\" }");
        DatasetProblem p = onlyProblemAt("systems.json", "{ \"value\": 2750, \"claimant\": \"Ministry A, as reported",
                "$.systems[0].figures.rangeKm.claims[0]", "missile-one");
        assertThat(p.message()).endsWith("(reading 'quoteOnPage'); this one has no reading");
    }

    @Test
    void aMediaClaimWhosePageWasNotSeenIsAllowed() {
        Fixtures.edit(dir, "systems.json", "\"quote\": \"up to 450.5 km\", \"asOf\": \"2016\"",
                "\"quote\": \"up to 450.5 km\", \"asOf\": \"2016\", \"reading\": \"pageNotSeen\"");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }

    @Test
    void anIndependentClaimWithoutAReadingIsAllowed() {
        // the rule is for officials' words only; an analyst's claim not yet read again still loads
        assertThat(Fixtures.problems(dir)).isEmpty();
        Fixtures.edit(dir, "systems.json", "\"claimantKind\": \"ownGovernment\", \"source\": \"source-a\",\n              \"quote\": \"a range of 2750 kilometres\", \"asOf\": \"2015-03-09\", \"reading\": \"quoteOnPage\" }",
                "\"claimantKind\": \"independentAnalysis\", \"source\": \"source-a\",\n              \"quote\": \"a range of 2750 kilometres\", \"asOf\": \"2015-03-09\" }");
        assertThat(Fixtures.problems(dir)).isEmpty();
    }
}
