package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The disagreements listed in shared/sources/facts-notes.md stay visible in the real dataset: the
 * figures are disputed and the conflicting claims are all kept. Also: the undated opinion article
 * is in the dataset as its author's claims, without a made-up date.
 */
class DisagreementsAreKeptTest {

    static final Dataset DATASET = DatasetLoader.load(Path.of("data", "dataset"));

    static WeaponSystem named(String name) {
        List<WeaponSystem> found = DATASET.systems().stream().filter(s -> s.name().equals(name)).toList();
        assertThat(found).as("one system named %s", name).hasSize(1);
        return found.get(0);
    }

    static List<ClaimValue> rangeValues(String name) {
        return named(name).range().claims().stream().map(Claim::value).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shaheen-II", "Ghauri", "Abdali", "Agni-IV", "Prithvi-II", "Dhanush", "DF-21D", "DF-41",
            "JL-2", "JL-3", "Agni-V"})
    void theRangeFigureIsDisputed(String name) {
        assertThat(named(name).range().disputed()).as("%s range disputed", name).isTrue();
    }

    @Test
    void agniVsClassIsDisputed() {
        assertThat(named("Agni-V").figure(FigureKind.CLASS).orElseThrow().disputed()).isTrue();
    }

    @Test
    void shaheenIIKeepsBoth2000And1500() {
        assertThat(rangeValues("Shaheen-II")).contains(new ClaimValue.Amount(2000), new ClaimValue.Amount(1500));
    }

    @Test
    void abdaliKeepsBoth180And450() {
        assertThat(rangeValues("Abdali")).contains(new ClaimValue.Amount(180), new ClaimValue.Amount(450));
    }

    @Test
    void theOpinionArticlesClaimsAreItsAuthorsAndUndated() {
        String src = "ciss-nawaz-american-sanctions";
        assertThat(DATASET.source(src)).hasValueSatisfying(s -> assertThat(s.publishedDate()).isEmpty());
        List<Claim> claims = new java.util.ArrayList<>();
        DATASET.systems().forEach(s -> s.figures().values().forEach(f -> claims.addAll(f.claims())));
        DATASET.events().forEach(e -> claims.addAll(e.claims()));
        List<Claim> opinion = claims.stream().filter(c -> c.sourceId().equals(src)).toList();
        assertThat(opinion).hasSizeGreaterThanOrEqualTo(4);
        assertThat(opinion).allSatisfy(c -> {
            assertThat(c.claimantKind()).isEqualTo(ClaimantKind.OPINION);
            assertThat(c.claimant()).isEqualTo("Nawal Nawaz (CISS)");
            assertThat(c.asOf()).isNull();
            assertThat(c.asOfDate()).isEmpty();
        });
        assertThat(named("Shaheen-III").range().claims()).anySatisfy(c -> {
            assertThat(c.sourceId()).isEqualTo(src);
            assertThat(c.value()).isEqualTo(new ClaimValue.Amount(2750));
        });
        assertThat(named("Shaheen-III").range().headline()).isEqualTo(new ClaimValue.Amount(2750));
        assertThat(DATASET.event("us-sanctions-ndc-2024-12-18").orElseThrow().claims())
                .anySatisfy(c -> assertThat(c.sourceId()).isEqualTo(src));
        assertThat(DATASET.event("finer-remarks-2024-12-19").orElseThrow().claims())
                .anySatisfy(c -> assertThat(c.sourceId()).isEqualTo(src));
    }
}
