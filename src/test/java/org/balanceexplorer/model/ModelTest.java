package org.balanceexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {

    static Claim claim(ClaimValue value, Qualifier q, String claimant) {
        return new Claim(value, q, claimant, ClaimantKind.MEDIA, "src", "quote", null, null,
                PartialDate.parse("2020"), null);
    }

    static Figure figure(FigureKind kind, ClaimValue... values) {
        List<Claim> claims = java.util.Arrays.stream(values).map(v -> claim(v, Qualifier.EXACT, "c" + v)).toList();
        return new Figure(kind, values[0], "test", claims);
    }

    @Nested
    class TheClassificationRule {
        /** The rule as the product brief states it: CRBM < 300, SRBM 300-1,000, MRBM 1,000-3,000, IRBM 3,000-5,500, ICBM > 5,500. */
        @ParameterizedTest
        @CsvSource({"60,CRBM", "299.9,CRBM", "300,SRBM", "999,SRBM", "1000,MRBM", "2750,MRBM", "3000,IRBM",
                "5000,IRBM", "5500,IRBM", "5500.1,ICBM", "12000,ICBM"})
        void classesARangeByTheStatedBoundaries(double km, RangeClass expected) {
            assertThat(RangeClass.of(km)).isEqualTo(expected);
        }

        @Test
        void refusesRangesThatAreNotPositive() {
            assertThatThrownBy(() -> RangeClass.of(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RangeClass.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void doesNotClassCruiseMissiles() {
            Figure range = figure(FigureKind.RANGE_KM, new ClaimValue.Amount(450));
            WeaponSystem cruise = new WeaponSystem("c", "C", null, "PAK", Category.CRUISE, List.of(Basing.LAND),
                    Map.of(FigureKind.RANGE_KM, range), null);
            WeaponSystem ballistic = new WeaponSystem("b", "B", null, "PAK", Category.BALLISTIC, List.of(Basing.LAND),
                    Map.of(FigureKind.RANGE_KM, range), null);
            assertThat(cruise.ruleClass()).isEmpty();
            assertThat(ballistic.ruleClass()).contains(RangeClass.SRBM);
        }
    }

    @Nested
    class PartialDates {
        @ParameterizedTest
        @ValueSource(strings = {"2015", "2015-03", "2015-03-09", "2024-02-29"})
        void roundTripTheIsoText(String text) {
            assertThat(PartialDate.parse(text)).hasToString(text);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "15", "2015-3", "2015-13", "2023-02-29", "2015-03-32", "2015/03/09", "March 2015",
                "2015-00", "2015-03-09T10:00"})
        void refuseWhatIsNotARealIsoDate(String text) {
            assertThat(PartialDate.isValid(text)).isFalse();
        }

        @Test
        void orderUnknownPartsFirst() {
            assertThat(PartialDate.parse("2015")).isLessThan(PartialDate.parse("2015-01"));
            assertThat(PartialDate.parse("2015-12-31")).isLessThan(PartialDate.parse("2016"));
        }
    }

    @Nested
    class Disagreement {
        @Test
        void differentNumbersDisagree() {
            assertThat(figure(FigureKind.RANGE_KM, new ClaimValue.Amount(2000), new ClaimValue.Amount(1500)).disputed())
                    .isTrue();
        }

        @Test
        void theSameNumberWithAnotherQualifierIsNoDisagreement() {
            Figure f = new Figure(FigureKind.RANGE_KM, new ClaimValue.Amount(5000), "b", List.of(
                    claim(new ClaimValue.Amount(5000), Qualifier.EXACT, "DRDO"),
                    claim(new ClaimValue.Amount(5000), Qualifier.AT_LEAST, "ACA")));
            assertThat(f.disputed()).isFalse();
            assertThat(f.claimantCount()).isEqualTo(2);
        }

        @Test
        void aSpanDisagreesWithASingleNumberInsideIt() {
            assertThat(figure(FigureKind.RANGE_KM, new ClaimValue.Amount(3000), new ClaimValue.Span(3000, 3500))
                    .disputed()).isTrue();
        }

        @Test
        void aMonthAndADayInThatMonthAgree() {
            assertThat(figure(FigureKind.FIRST_TEST, new ClaimValue.DateValue(PartialDate.parse("2012-04-19")),
                    new ClaimValue.DateValue(PartialDate.parse("2012-04"))).disputed()).isFalse();
            assertThat(figure(FigureKind.FIRST_TEST, new ClaimValue.DateValue(PartialDate.parse("2012-04-19")),
                    new ClaimValue.DateValue(PartialDate.parse("2021"))).disputed()).isTrue();
        }

        @Test
        void classWordingsOfTheSameClassAgreeAndDifferentClassesDisagree() {
            assertThat(figure(FigureKind.CLASS, new ClaimValue.Text("IRBM"),
                    new ClaimValue.Text("Intermediate Range Ballistic Missile")).disputed()).isFalse();
            assertThat(figure(FigureKind.CLASS, new ClaimValue.Text("IRBM"), new ClaimValue.Text("ICBM")).disputed())
                    .isTrue();
        }

        @Test
        void theClaimedSpanRunsFromTheLowestToTheHighestClaim() {
            Figure f = figure(FigureKind.RANGE_KM, new ClaimValue.Amount(5000), new ClaimValue.Span(5000, 8000),
                    new ClaimValue.Amount(5500));
            assertThat(f.lowestClaimed()).hasValue(5000);
            assertThat(f.highestClaimed()).hasValue(8000);
        }
    }

    @Test
    void valuesReadAsPeopleWriteThem() {
        assertThat(new ClaimValue.Amount(2750).display()).isEqualTo("2,750");
        assertThat(new ClaimValue.Span(3000, 3500).display()).isEqualTo("3,000\u20133,500");
        assertThat(new ClaimValue.Span(150, 150).display()).isEqualTo("150");
        assertThat(claim(new ClaimValue.Amount(5000), Qualifier.AT_LEAST, "x").displayValue("km"))
                .isEqualTo("at least 5,000 km");
    }

    @Test
    void quotesAreCountedInWords() {
        assertThat(Claim.wordCount("  The surface-to-surface Agni-V is capable  ")).isEqualTo(5);
        assertThat(Claim.wordCount("")).isZero();
    }

    @Test
    void pointsOutsideTheGlobeAreRefused() {
        assertThatThrownBy(() -> new GeoPoint(90.1, 0)).hasMessageContaining("latDeg");
        assertThatThrownBy(() -> new GeoPoint(0, 180.5)).hasMessageContaining("lonDeg");
        assertThat(GeoPoint.wrapped(10, 190).lonDeg()).isEqualTo(-170);
    }

    @Test
    void aSystemWithoutARangeIsRefused() {
        assertThatThrownBy(() -> new WeaponSystem("x", "X", null, "PAK", Category.BALLISTIC, List.of(), Map.of(), null))
                .hasMessageContaining("rangeKm");
    }
}
