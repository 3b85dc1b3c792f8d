package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.RangeClass;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.SystemFilter.Option;
import org.balanceexplorer.state.SystemFilter.Part;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The filter rule on the bundled dataset. Expected lists are worked by hand from the dataset files
 * (data/dataset/systems-*.json: headline ranges, basings, class and status claims) and the stated
 * classification rule (CRBM &lt; 300 km, SRBM &lt; 1,000, MRBM &lt; 3,000, IRBM up to 5,500, ICBM above).
 */
class SystemFilterTest {

    private static Dataset dataset;

    @BeforeAll
    static void loadTheBundledDataset() {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    private static List<String> listed(Filters f) {
        return SystemFilter.listed(dataset, f).stream().map(WeaponSystem::id).toList();
    }

    private static Filters none() {
        return Filters.NONE;
    }

    @Test
    void noFilterListsEverySystem() {
        assertThat(listed(none())).hasSize(40);
    }

    @Test
    void landBasedIrbmsAndIcbmsByTheRuleAreTheSixLandSystemsFromThreeThousandKilometresUp() {
        Filters f = new Filters("", Set.of(), EnumSet.of(RangeClass.IRBM, RangeClass.ICBM), EnumSet.of(Basing.LAND),
                Set.of(), Set.of());
        // IRBM: DF-26 4,000, Agni-V 5,000, Agni-III 3,000 (a boundary belongs to the class above), Agni-IV 3,500
        // ICBM: DF-31A/AG 11,000, DF-41 15,000; K-4, JL-2 and JL-3 are submarine-launched.
        assertThat(listed(f)).containsExactlyInAnyOrder("df-26", "df-31a-ag", "df-41", "agni-5", "agni-3", "agni-4");
    }

    @Test
    void searchingForAClassNameFindsSystemsClassedSoByTheRuleOrByASource() {
        // MRBM by the rule (1,000 to under 3,000 km, not cruise): DF-17, DF-21, DF-21D, Agni-II, Agni-Prime,
        // Shaheen-III, Shaheen-II, Ababeel, Ghauri; by a source's words only: Agni-I and Shaheen-I
        // ("medium-range ballistic missile"). Nirbhay (1,000 km) is a cruise missile: no rule class.
        assertThat(listed(none().withSearch("MRBM"))).containsExactlyInAnyOrder("df-17", "df-21", "df-21d", "agni-2",
                "agni-prime", "shaheen-3", "shaheen-2", "ababeel", "ghauri", "agni-1", "shaheen-1");
        assertThat(listed(none().withSearch("intercontinental"))).containsExactlyInAnyOrder("df-31a-ag", "df-41",
                "jl-2", "jl-3", "agni-5");
    }

    @Test
    void searchWordsMustEachOccurInANameOrAliasIgnoringCase() {
        assertThat(listed(none().withSearch("hatf"))).containsExactlyInAnyOrder("shaheen-2", "nasr", "abdali",
                "ghaznavi", "shaheen-1", "ghauri", "babur", "raad");
        assertThat(listed(none().withSearch("  AGNI  5 "))).containsExactly("agni-5");
        assertThat(listed(none().withSearch("sagarika"))).containsExactly("k-15");
    }

    @Test
    void aSourcesOwnClassIsAFilterOfItsOwn() {
        Filters f = SystemFilter.with(none(), Part.CLAIMED_CLASS, Set.of("IRBM"));
        // "IRBM" or "intermediate-range ..." in a class claim: three of them are MRBMs by the rule.
        assertThat(listed(f)).containsExactlyInAnyOrder("df-26", "agni-5", "agni-3", "agni-4", "shaheen-3",
                "shaheen-2", "shaheen-1");
    }

    @Test
    void classWordingsReduceToTheirAcronym() {
        assertThat(SystemFilter.claimedClass("intermediate-range ballistic missile")).isEqualTo("IRBM");
        assertThat(SystemFilter.claimedClass("Intermediate Range Ballistic Missile")).isEqualTo("IRBM");
        assertThat(SystemFilter.claimedClass("submarine-launched ballistic missile (SLBM)")).isEqualTo("SLBM");
        assertThat(SystemFilter.claimedClass("medium-range")).isEqualTo("MRBM");
        assertThat(SystemFilter.claimedClass("ICBM")).isEqualTo("ICBM");
        assertThat(SystemFilter.claimedClass("tactical")).isEqualTo("tactical");
    }

    @Test
    void aSystemWithSeveralBasingsIsListedUnderEach() {
        for (Basing b : List.of(Basing.LAND, Basing.SEA, Basing.AIR)) {
            assertThat(listed(SystemFilter.with(none(), Part.BASING, Set.of(b.name())))).contains("brahmos");
        }
        assertThat(listed(SystemFilter.with(none(), Part.BASING, Set.of("SEA"))))
                .containsExactlyInAnyOrder("dhanush", "brahmos");
    }

    @Test
    void eachOptionCountsWhatChoosingItAloneWouldList() {
        List<Option> basings = SystemFilter.options(dataset, none(), Part.BASING);
        assertThat(basings).extracting(Option::key, Option::count).containsExactly(
                tuple("LAND", 32), tuple("SEA", 2),
                tuple("SUBMARINE", 5), tuple("AIR", 3));
        Filters irbm = SystemFilter.with(none(), Part.RULE_CLASS, Set.of("IRBM"));
        assertThat(SystemFilter.options(dataset, irbm, Part.COUNTRY)).extracting(Option::key, Option::count)
                .containsExactly(tuple("IND", 4),
                        tuple("PAK", 0), tuple("CHN", 1));
        // Within its own part an option's count ignores the other options chosen there.
        List<Option> classes = SystemFilter.options(dataset, irbm, Part.RULE_CLASS);
        assertThat(classes).filteredOn(Option::chosen).extracting(Option::key).containsExactly("IRBM");
        assertThat(classes).filteredOn(o -> o.key().equals("ICBM")).extracting(Option::count).containsExactly(4);
        for (Part p : Part.values()) {
            for (Option o : SystemFilter.options(dataset, none(), p)) {
                assertThat(o.count()).as(p + " " + o.key())
                        .isEqualTo(listed(SystemFilter.toggled(none(), p, o.key(), true)).size());
            }
        }
    }

    @Test
    void systemsWithoutAStatusCanBeChosenAsNotStated() {
        Filters f = SystemFilter.with(none(), Part.STATUS, Set.of("operational"));
        assertThat(listed(f)).containsExactlyInAnyOrder("agni-5", "agni-3", "brahmos");
        assertThat(SystemFilter.options(dataset, none(), Part.STATUS)).extracting(Option::key)
                .contains(SystemFilter.NO_STATUS, "in service", "under development");
        assertThat(listed(SystemFilter.with(none(), Part.STATUS, Set.of(SystemFilter.NO_STATUS)))).contains("df-21", "nasr")
                .doesNotContain("agni-5");
    }

    @Test
    void anEmptyResultSaysWhichFiltersAndWhatEachLeavesAlone() {
        Filters f = new Filters("", Set.of("PAK"), EnumSet.of(RangeClass.ICBM), Set.of(), Set.of(), Set.of());
        assertThat(listed(f)).isEmpty();
        assertThat(SystemFilter.whyEmpty(dataset, f))
                .isEqualTo("Country: Pakistan (17 alone); Class by the rule: ICBM (4 alone)");
        assertThat(SystemFilter.whyEmpty(dataset, none().withSearch("xyz")))
                .isEqualTo("search \u201cxyz\u201d (0 alone)");
        assertThat(SystemFilter.whyEmpty(dataset, none())).isEmpty();
    }
}
