package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "As known in year Y" on the bundled dataset. Every expected value below was worked out by hand
 * from the claims in {@code data/dataset/systems-*.json} and {@code events.json} (claimant, value,
 * {@code asOf}), by the rules written in {@link KnownDataset} and {@link HeadlineRule}.
 */
class KnownDatasetTest {

    private static Dataset full;

    @BeforeAll
    static void loadTheBundledDataset() {
        full = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    private static KnownDataset knownIn(int year) {
        return KnownDataset.of(full, new TimeSettings(year, year));
    }

    private static WeaponSystem system(KnownDataset k, String id) {
        return k.dataset().system(id).orElseThrow(() -> new AssertionError(id + " is absent: " + k.absence(id)));
    }

    private static double rangeKm(KnownDataset k, String id) {
        return system(k, id).headlineRangeKm();
    }

    @Test
    void withNoTimeLimitTheDatasetIsTheWholeOneItself() {
        KnownDataset k = KnownDataset.of(full, TimeSettings.LATEST);
        assertThat(k.dataset()).isSameAs(full);
        assertThat(k.absent()).isEmpty();
        assertThat(k.hiddenClaimCount()).isZero();
    }

    @Test
    void inTheDatasetsOwnYearEveryClaimIsKnownAndNoHeadlineChanges() {
        // dataset.json: updated 2026-12-04; the latest claim (ORRG's class rule) is of 2026-01-22.
        KnownDataset k = KnownDataset.of(full, new TimeSettings(2026, 2026));
        assertThat(k.absent()).isEmpty();
        assertThat(k.hiddenClaimCount()).isZero();
        for (WeaponSystem s : full.systems()) {
            assertThat(k.dataset().system(s.id())).contains(s);
        }
    }

    @Test
    void theSliderStartsAtAgniOneTheEarliestFirstTest() {
        // agni-1 firstTest "1989" (Xinhua); every other first-test headline is later.
        assertThat(KnownDataset.earliestFirstTest(full)).hasValue(1989);
    }

    @Test
    void agniFiveIsAbsentBeforeItsFirstTestIn2012AndPresentFromThatYear() {
        assertThat(KnownDataset.of(full, new TimeSettings(2011, null)).dataset().system("agni-5")).isEmpty();
        assertThat(KnownDataset.of(full, new TimeSettings(2011, null)).absence("agni-5"))
                .hasValue("first tested in 2012, after 2011");
        assertThat(KnownDataset.of(full, new TimeSettings(2012, null)).dataset().system("agni-5")).isPresent();
    }

    @Test
    void theFirstTestYearIsTheHeadlinesYearWhenTheFirstTestClaimsDifferInPrecision() {
        // shaheen-3 firstTest: ISPR 2015-03-09, AP 2015-03, Al Mayadeen 2015-03; headline 2015-03-09.
        WeaponSystem s = full.system("shaheen-3").orElseThrow();
        assertThat(KnownDataset.firstYear(s)).hasValue(2015);
        assertThat(KnownDataset.of(full, new TimeSettings(2014, null)).absence("shaheen-3")).isPresent();
    }

    @Test
    void aSystemWithoutAFirstTestFigureAppearsInTheYearOfItsEarliestDatedClaim() {
        // df-26 has no firstTest figure; its earliest dated claims are CSIS (2018) and AP (2018-04-26).
        WeaponSystem df26 = full.system("df-26").orElseThrow();
        assertThat(KnownDataset.hasFirstTest(df26)).isFalse();
        assertThat(KnownDataset.firstYear(df26)).hasValue(2018);
        assertThat(KnownDataset.of(full, new TimeSettings(2017, null)).absence("df-26"))
                .hasValue("no first-test figure; its earliest dated claim is of 2018, after 2017");
        assertThat(KnownDataset.of(full, new TimeSettings(2018, null)).dataset().system("df-26")).isPresent();
    }

    @Test
    void theYearAloneHidesNoClaim() {
        KnownDataset k = KnownDataset.of(full, new TimeSettings(2016, null));
        assertThat(system(k, "shaheen-2")).isEqualTo(full.system("shaheen-2").orElseThrow());
        assertThat(k.hiddenClaimCount()).isZero();
    }

    @Test
    void shaheenTwoFollowsPakistansOwnFigureAsItChanged() {
        // rangeKm basis: the launching state's most recent own figure. Own claims: Foreign Office
        // 2,000 (2004-03-09), military statement 2,500 (2006-04-29), spokesman 2,000 (2007-02-24),
        // ISPR up to 1,500 (2019-05-23). Dataset headline 1,500.
        assertThat(rangeKm(knownIn(2004), "shaheen-2")).isEqualTo(2000);
        assertThat(rangeKm(knownIn(2006), "shaheen-2")).isEqualTo(2500);
        assertThat(rangeKm(knownIn(2010), "shaheen-2")).isEqualTo(2000);
        assertThat(rangeKm(knownIn(2018), "shaheen-2")).isEqualTo(2000);
        assertThat(rangeKm(knownIn(2019), "shaheen-2")).isEqualTo(1500);

        KnownDataset.FigureThen f = knownIn(2006).figure("shaheen-2", FigureKind.RANGE_KM).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.RECOMPUTED);
        assertThat(f.rule()).isEqualTo(HeadlineRule.OWN_LATEST);
        assertThat(f.datasetHeadline()).isEqualTo(new ClaimValue.Amount(1500));
        // hidden in 2006: 2007-02-24, Dawn 2015-03-09, ISPR 2019-05-23, NASIC 2020, oldest first
        assertThat(f.hidden()).extracting(c -> c.asOf().toString())
                .containsExactly("2007-02-24", "2015-03-09", "2019-05-23", "2020");
        // the claims left: 2004 Foreign Office, 2004 newspaper (up to 3,000), 2006 military statement
        assertThat(system(knownIn(2006), "shaheen-2").range().claims()).hasSize(3);
        assertThat(system(knownIn(2006), "shaheen-2").range().basis())
                .isEqualTo(full.system("shaheen-2").orElseThrow().range().basis());
    }

    @Test
    void agniFiveIn2012HasTheFiveThousandKilometresOfItsFirstTestByTheMostCommonFigure() {
        // rangeKm basis: the figure most often given by distinct claimants. Known in 2012: PTI at
        // least 5,000 (2012-04-19) and Kristensen & Norris at least 5,000 (2012-07-26).
        KnownDataset k = knownIn(2012);
        assertThat(rangeKm(k, "agni-5")).isEqualTo(5000);
        assertThat(system(k, "agni-5").range().claims()).hasSize(2);
        // payloadKg, same rule: only PTI's "at least 1,000" is known in 2012 (dataset headline 1,500)
        assertThat(system(k, "agni-5").figure(FigureKind.PAYLOAD_KG).orElseThrow().headline())
                .isEqualTo(new ClaimValue.Amount(1000));
    }

    @Test
    void aFigureWithEveryClaimDatedLaterIsLeftOut() {
        // agni-5 class: ORRG 2026-01-22, ACA 2018-10, CACNP 2024-03: nothing known in 2017.
        KnownDataset k = knownIn(2017);
        assertThat(system(k, "agni-5").figure(FigureKind.CLASS)).isEmpty();
        assertThat(k.figure("agni-5", FigureKind.CLASS).orElseThrow().outcome()).isEqualTo(Outcome.NOTHING_KNOWN);
        // in 2019 only ACA's "ICBM" is known; status: ACA "under development" (2018-10), not yet
        // Moneycontrol's "operational" (2021-06)
        WeaponSystem in2019 = system(knownIn(2019), "agni-5");
        assertThat(in2019.figure(FigureKind.CLASS).orElseThrow().headline()).isEqualTo(new ClaimValue.Text("ICBM"));
        assertThat(in2019.figure(FigureKind.STATUS).orElseThrow().headline())
                .isEqualTo(new ClaimValue.Text("under development"));
    }

    @Test
    void df26In2018TakesAPsFigureTheMostRecentOfThreeEachGivenOnce() {
        // rangeKm, most often given: known in 2018 are CSIS 3,000-4,000 (2018), AP up to 4,000
        // (2018-04-26) and SouthFront 3,000-5,741 (undated, counted as older than any dated claim).
        // Each is given once, none by another government: the most recent, AP, 4,000 km.
        // NASIC's at least 4,000 (2020) and Asianet's 4,000 (2024) are hidden.
        KnownDataset k = knownIn(2018);
        Figure range = system(k, "df-26").range();
        assertThat(range.headline()).isEqualTo(new ClaimValue.Amount(4000));
        assertThat(range.claims()).hasSize(3);
        assertThat(k.figure("df-26", FigureKind.RANGE_KM).orElseThrow().hidden()).hasSize(2);
        // class, most common: only AP's "intermediate-range ballistic missile" is known: written IRBM
        assertThat(system(k, "df-26").figure(FigureKind.CLASS).orElseThrow().headline())
                .isEqualTo(new ClaimValue.Text("IRBM"));
    }

    @Test
    void shaheenThreeIn2015HasIsprsFigureAndTheOnlyClassKnownThen() {
        KnownDataset k = knownIn(2015);
        WeaponSystem s = system(k, "shaheen-3");
        // rangeKm, own most recent: ISPR via Dawn 2,750 (2015-03-09); ISPR 2022 and NASIC 2020 hidden
        assertThat(s.headlineRangeKm()).isEqualTo(2750);
        assertThat(k.figure("shaheen-3", FigureKind.RANGE_KM).orElseThrow().hidden()).hasSize(2);
        // class, most common: only intellnews.ro's "intermediate-range" (2015-12) is known: IRBM
        // (the dataset's headline today is MRBM, from ORRG's rule of 2026 and Al Mayadeen of 2022)
        assertThat(s.figure(FigureKind.CLASS).orElseThrow().headline()).isEqualTo(new ClaimValue.Text("IRBM"));
        // firstTest, own: ISPR 2015-03-09
        assertThat(s.figure(FigureKind.FIRST_TEST).orElseThrow().headline())
                .isEqualTo(new ClaimValue.DateValue(PartialDate.parse("2015-03-09")));
    }

    @Test
    void anUndatedClaimIsNeverHiddenWhateverTheYear() {
        // shaheen-3 rangeKm: Nawal Nawaz (CISS), 2,750, undated (the opinion article)
        for (int year : new int[] {2015, 2020, 2026}) {
            assertThat(system(knownIn(year), "shaheen-3").range().claims())
                    .anyMatch(c -> c.asOf() == null && c.claimant().startsWith("Nawal Nawaz"));
        }
        // known in 2014 (year left open) only the undated claim is left: the launching state's rule
        // cannot be applied to it, so the headline is that latest claim, and the outcome says so
        KnownDataset k = KnownDataset.of(full, new TimeSettings(null, 2014));
        assertThat(system(k, "shaheen-3").range().claims()).singleElement()
                .satisfies(c -> assertThat(c.asOf()).isNull());
        assertThat(k.figure("shaheen-3", FigureKind.RANGE_KM).orElseThrow().outcome())
                .isEqualTo(Outcome.LATEST_EARLIER_CLAIM);
    }

    @Test
    void aSystemWithNoRangeClaimKnownYetIsAbsent() {
        // agni-prime (first test 2021-06-28): its range claims are all of 2021 or later
        KnownDataset k = KnownDataset.of(full, new TimeSettings(null, 2020));
        assertThat(k.dataset().system("agni-prime")).isEmpty();
        assertThat(k.absence("agni-prime")).hasValue("no claim of its range dated 2020 or earlier");
    }

    @Test
    void eventsAfterTheYearAreLeftOutAndTheirLaterClaimsHidden() {
        KnownDataset k = knownIn(2010);
        assertThat(k.dataset().events()).allMatch(e -> e.date().year() <= 2010);
        assertThat(k.dataset().event("beca-2020-10-27")).isEmpty();
        // NSG waiver (2008-09-06): claims of 2008-09-06 (two), 2011-08-11 and one undated; in 2010
        // the 2011 claim is hidden, the undated one stays
        Event nsg = k.dataset().event("nsg-waiver-2008-09-06").orElseThrow();
        assertThat(nsg.claims()).hasSize(3);
        assertThat(nsg.claims()).anyMatch(c -> c.asOf() == null);
    }

    @Test
    void everyMechanicalBasisGivesBackTheDatasetsHeadlineFromAllItsClaims() {
        // The rule read from each basis, applied to all of a figure's claims, must give the
        // headline the dataset chose on that basis: this is what checks that bases are read right.
        // Status headlines are the editor's short words for the chosen claim ("in service" for "in
        // service with the PLA Rocket Force"), so for them the rule must choose a claim at all.
        List<String> mismatches = new ArrayList<>();
        int applied = 0;
        for (WeaponSystem s : full.systems()) {
            for (Figure f : s.figures().values()) {
                HeadlineRule rule = HeadlineRule.of(f);
                if (rule == HeadlineRule.NOT_MECHANICAL) {
                    continue;
                }
                applied++;
                var got = rule.apply(f.kind(), f.claims());
                if (f.kind() == FigureKind.STATUS && got.isPresent()) {
                    continue;
                }
                if (got.isEmpty() || !HeadlineRule.key(f.kind(), got.get()).equals(HeadlineRule.key(f.kind(), f.headline()))) {
                    mismatches.add(s.id() + " " + f.kind() + " (" + rule + "): " + got.map(ClaimValue::display)
                            .orElse("none") + " vs " + f.headline().display());
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(applied).isGreaterThan(100);
    }

    @Test
    void theBasesOfTheDatasetReadAsTheirWordsSay() {
        assertThat(HeadlineRule.of("the launching state's most recent own figure (ISPR, April 2022)"))
                .isEqualTo(HeadlineRule.OWN_LATEST);
        assertThat(HeadlineRule.of("no launching-state figure in the sources; the figure most often given by distinct "
                + "claimants (5,000 km: NASIC via ORRG, PTI)")).isEqualTo(HeadlineRule.MOST_COMMON);
        assertThat(HeadlineRule.of("the most recent status claim (Moneycontrol, June 2021)")).isEqualTo(HeadlineRule.LATEST);
        assertThat(HeadlineRule.of("the only payload claim (CSIS)")).isEqualTo(HeadlineRule.ONLY);
        assertThat(HeadlineRule.of("the claims differ on the day (test of Saturday 7 January, announced Monday 9 "
                + "January 2017); the month they agree on")).isEqualTo(HeadlineRule.ALL_AGREE);
        assertThat(HeadlineRule.of("no launching-state figure in the sources; NASIC via ORRG (the other claim is for "
                + "the DF-21A/E variants)")).isEqualTo(HeadlineRule.NOT_MECHANICAL);
    }

    @Test
    void aClaimOfAMonthIsKnownInItsYear() {
        Claim c = full.system("agni-5").orElseThrow().figure(FigureKind.STATUS).orElseThrow().claims().stream()
                .filter(x -> "2021-06".equals(String.valueOf(x.asOf()))).findFirst().orElseThrow();
        assertThat(KnownDataset.hides(new TimeSettings(null, 2021), c)).isFalse();
        assertThat(KnownDataset.hides(new TimeSettings(null, 2020), c)).isTrue();
    }
}
