package org.balanceexplorer.data;

import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.Qualifier;
import org.balanceexplorer.model.SourceKind;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidDatasetTest {

    private final Dataset dataset = DatasetLoader.load(Fixtures.validDir(), Fixtures.TODAY);

    @Test
    void theValidFixtureHasNoProblems() {
        assertThat(DatasetLoader.validate(Fixtures.validDir(), Fixtures.TODAY)).isEmpty();
    }

    @Test
    void recordsFromBothFilesAreMergedInFileOrder() {
        assertThat(dataset.sources()).extracting(s -> s.id()).containsExactly("source-a", "source-b");
        assertThat(dataset.countries()).extracting(c -> c.id()).containsExactly("AAA", "BBB");
        assertThat(dataset.places()).extracting(p -> p.id()).containsExactly("city-a", "city-b");
        assertThat(dataset.systems()).extracting(s -> s.id()).containsExactly("missile-one", "missile-two");
    }

    @Test
    void theDatasetBlockBecomesTheInfo() {
        assertThat(dataset.info().name()).isEqualTo("Test fixture dataset");
        assertThat(dataset.info().version()).isEqualTo("0.0.1");
        assertThat(dataset.info().updated()).isEqualTo(new PartialDate(2026, 1, 15));
    }

    @Test
    void sourcesKeepEveryFieldAndLeaveOutWhatIsMissing() {
        var a = dataset.source("source-a").orElseThrow();
        assertThat(a.authors()).containsExactly("A. Writer", "B. Writer");
        assertThat(a.published()).isEqualTo(new PartialDate(2015, 3, 9));
        assertThat(a.url()).isEqualTo("https://example.org/a");
        assertThat(a.accessed()).isEqualTo(new PartialDate(2026, 11, 1));
        assertThat(a.kind()).isEqualTo(SourceKind.NEWS);
        var b = dataset.source("source-b").orElseThrow();
        assertThat(b.authors()).isEmpty();
        assertThat(b.published()).isNull();
        assertThat(b.url()).isNull();
        assertThat(b.note()).isEqualTo("a secondary compilation, for the test");
    }

    @Test
    void placesCarryTheirCoordinatesLatitudeFirst() {
        var a = dataset.place("city-a").orElseThrow();
        assertThat(a.location()).isEqualTo(new GeoPoint(33.72, 73.04));
        assertThat(a.kind()).isEqualTo(PlaceKind.CAPITAL);
        assertThat(dataset.representativePoint("BBB").location()).isEqualTo(new GeoPoint(-12.5, -180));
    }

    @Test
    void aSystemKeepsItsNamesBasingAndCategory() {
        WeaponSystem one = dataset.system("missile-one").orElseThrow();
        assertThat(one.name()).isEqualTo("Missile One");
        assertThat(one.aliases()).containsExactly("M-1", "Old One");
        assertThat(one.category()).isEqualTo(Category.BALLISTIC);
        assertThat(one.basing()).containsExactly(Basing.LAND, Basing.SEA);
        assertThat(one.note()).isEqualTo("fixture system");
        assertThat(dataset.systemsOf("BBB")).extracting(WeaponSystem::id).containsExactly("missile-two");
        assertThat(dataset.system("missile-two").orElseThrow().category()).isEqualTo(Category.CRUISE);
    }

    @Test
    void rangeClaimsKeepValuesAndQualifiersWithDefaults() {
        Figure range = dataset.system("missile-one").orElseThrow().range();
        assertThat(range.headline()).isEqualTo(new ClaimValue.Amount(2750));
        assertThat(range.basis()).isEqualTo("the launching state's own figure");
        assertThat(range.claims()).hasSize(3);
        var exact = range.claims().get(0);
        assertThat(exact.value()).isEqualTo(new ClaimValue.Amount(2750));
        assertThat(exact.qualifier()).as("qualifier defaults to exact").isEqualTo(Qualifier.EXACT);
        assertThat(exact.claimantKind()).isEqualTo(ClaimantKind.OWN_GOVERNMENT);
        assertThat(exact.sourceId()).isEqualTo("source-a");
        assertThat(exact.quoteLanguage()).as("quote language defaults to en").isEqualTo("en");
        assertThat(exact.gloss()).isNull();
        assertThat(exact.asOf()).isEqualTo(new PartialDate(2015, 3, 9));
        var span = range.claims().get(1);
        assertThat(span.value()).isEqualTo(new ClaimValue.Span(2500, 3000));
        assertThat(span.qualifier()).as("qualifier defaults to range for min and max").isEqualTo(Qualifier.RANGE);
        assertThat(span.asOf()).isEqualTo(new PartialDate(2020, 0, 0));
        assertThat(span.note()).isEqualTo("a span, so the qualifier defaults to range");
        var atLeast = range.claims().get(2);
        assertThat(atLeast.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(atLeast.quoteLanguage()).isEqualTo("es");
        assertThat(atLeast.gloss()).isEqualTo("more than 2000 km");
        assertThat(atLeast.asOf()).isEqualTo(new PartialDate(2019, 7, 0));
        assertThat(range.lowestClaimed()).hasValue(2000);
        assertThat(range.highestClaimed()).hasValue(3000);
        assertThat(dataset.system("missile-two").orElseThrow().headlineRangeKm()).isEqualTo(450.5);
    }

    @Test
    void eachFigureKindMapsToItsValueType() {
        var figures = dataset.system("missile-one").orElseThrow().figures();
        assertThat(figures).containsOnlyKeys(FigureKind.values());
        assertThat(figures.get(FigureKind.PAYLOAD_KG).headline()).isEqualTo(new ClaimValue.Span(500, 1000));
        assertThat(figures.get(FigureKind.PAYLOAD_KG).claims().get(0).qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(figures.get(FigureKind.FIRST_TEST).headline())
                .isEqualTo(new ClaimValue.DateValue(new PartialDate(2015, 3, 9)));
        assertThat(figures.get(FigureKind.FIRST_TEST).claims().get(0).value())
                .isEqualTo(new ClaimValue.DateValue(new PartialDate(2015, 3, 9)));
        assertThat(figures.get(FigureKind.CLASS).headline()).isEqualTo(new ClaimValue.Text("MRBM"));
        assertThat(figures.get(FigureKind.STATUS).claims().get(0).value()).isEqualTo(new ClaimValue.Text("operational"));
    }

    @Test
    void eventsAreOldestFirstAndAClaimWithoutValueIsAStatement() {
        assertThat(dataset.events()).extracting(e -> e.id()).containsExactly("event-test", "event-later");
        var later = dataset.event("event-later").orElseThrow();
        assertThat(later.kind()).isEqualTo(EventKind.STATEMENT);
        assertThat(later.date()).isEqualTo(new PartialDate(2016, 5, 0));
        assertThat(later.countries()).containsExactly("AAA", "CCC");
        assertThat(later.systems()).isEmpty();
        assertThat(later.claims().get(0).value()).isInstanceOf(ClaimValue.Statement.class);
        var test = dataset.event("event-test").orElseThrow();
        assertThat(test.kind()).isEqualTo(EventKind.TEST);
        assertThat(test.systems()).containsExactly("missile-one");
        assertThat(test.claims().get(0).value()).isEqualTo(new ClaimValue.Amount(2750));
    }

    @Test
    void aDatasetWithoutADatasetBlockIsUnnamed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Fixtures.copyOfValid(dir);
        Fixtures.edit(dir, "core.json",
                "\"dataset\": { \"name\": \"Test fixture dataset\", \"version\": \"0.0.1\", \"updated\": \"2026-01-15\" },", "");
        assertThat(DatasetLoader.load(dir, Fixtures.TODAY).info()).isEqualTo(org.balanceexplorer.model.DatasetInfo.UNNAMED);
    }
}
