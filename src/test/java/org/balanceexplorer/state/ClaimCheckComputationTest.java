package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.TerritoryShareTest;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.RangeUse;
import org.locationtech.jts.geom.Geometry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each kind of measurement on the bundled dataset, against values from outside the code:
 * GeographicLib distances, ranges read off the dataset by hand, and an independent sampling of
 * the territory share.
 */
class ClaimCheckComputationTest {

    /** Distances in the results are GeographicLib's to well under a metre (SIS, as GeodesyTest shows). */
    private static final double KM = 1e-3;

    static Dataset dataset;
    static Map<String, Geometry> territories;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
        try (InputStream in = BundledData.basemap(BundledData.Resolution.COARSE)) {
            territories = ClaimCheckComputation.territoriesOf(dataset, Basemap.read(in));
        }
    }

    private static MeasureResult measure(Measure m, ViewState state) {
        return new ClaimCheckComputation(territories).measure(m, dataset, state);
    }

    private static GeoPoint at(String placeId) {
        return dataset.place(placeId).map(Place::location).orElseThrow();
    }

    private static double geographicLibKm(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12 / 1000;
    }

    @Test
    void everyBundledCheckIsMeasuredWithNothingUnavailable() {
        List<CheckResult> all = new ClaimCheckComputation(territories).compute(dataset, ViewState.initial());
        assertThat(all).hasSize(dataset.claimChecks().size()).hasSizeGreaterThanOrEqualTo(10);
        all.forEach(r -> r.measurements().forEach(m -> assertThat(m.result()).as(r.check().id())
                .doesNotContain("not available")));
    }

    @Test
    void theDistanceToWashingtonStandsBesideTheLongestRangeAnySourceClaimsForAPakistaniSystem() {
        MeasureResult r = measure(new Measure.Distance("washington", RangeRef.longestOf("PAK", RangeUse.HIGHEST_CLAIM)),
                ViewState.initial());
        double expected = geographicLibKm(at("islamabad"), at("washington"));
        assertThat((double) r.values().get("distance_km")).isCloseTo(expected, within(KM));
        // Read off the dataset: Shaheen-II's claims run up to 3,000 km, above Shaheen-III's 2,750.
        assertThat(r.values()).containsEntry("range_system", "shaheen-2").containsEntry("range_km", 3000.0);
        assertThat((double) r.values().get("range_minus_distance_km")).isCloseTo(3000 - expected, within(KM));
        assertThat(r.launchLabel()).isEqualTo("Islamabad (representative point)");
    }

    @Test
    void aMovedLaunchPointIsWhereTheDistanceIsMeasuredFrom() {
        GeoPoint karachi = at("karachi");
        ViewState moved = ViewState.initial().withLaunchPoint("PAK", karachi);
        MeasureResult r = measure(new Measure.Distance("washington", RangeRef.system("shaheen-3", RangeUse.HEADLINE)), moved);
        assertThat((double) r.values().get("distance_km")).isCloseTo(geographicLibKm(karachi, at("washington")), within(KM));
        assertThat(r.launchLabel()).startsWith("a user-chosen point");
    }

    @Test
    void theShareOfIndiaWithinShaheenThreeAgreesWithAnIndependentSampling() {
        MeasureResult r = measure(new Measure.TerritoryShare("IND", RangeRef.system("shaheen-3", RangeUse.HEADLINE)),
                ViewState.initial());
        double sampled = TerritoryShareTest.sample(territories.get("IND"), at("islamabad"), 2_750_000).fraction();
        assertThat((double) r.values().get("share_percent")).isCloseTo(100 * sampled, within(0.3));
        assertThat(r.result()).contains("% of India's territory").contains("Shaheen-III, headline 2,750 km");
    }

    @Test
    void theCapitalsWithinRangeAreThoseGeographicLibPutsWithinItOutsideTheLaunchingCountry() {
        MeasureResult r = measure(new Measure.PlacesInRange(RangeRef.system("shaheen-3", RangeUse.HEADLINE), true, null),
                ViewState.initial());
        List<String> expected = dataset.places().stream()
                .filter(p -> p.kind() == PlaceKind.CAPITAL && !p.country().equals("PAK"))
                .filter(p -> geographicLibKm(at("islamabad"), p.location()) <= 2750)
                .sorted(java.util.Comparator.comparingDouble(p -> geographicLibKm(at("islamabad"), p.location())))
                .map(Place::id).toList();
        assertThat(r.values().get("places_within")).isEqualTo(expected);
        assertThat(expected).contains("new-delhi", "kabul").doesNotContain("beijing", "washington", "islamabad");
    }

    @Test
    void placesOfOneCountryAreCountedAgainstThatCountryOnly() {
        MeasureResult r = measure(new Measure.PlacesInRange(RangeRef.system("agni-5", RangeUse.LOWEST_CLAIM), false, "CHN"),
                ViewState.initial());
        long chinese = dataset.places().stream().filter(p -> p.country().equals("CHN")).count();
        assertThat((double) r.values().get("places_considered_count")).isEqualTo((double) chinese);
        assertThat(r.result()).startsWith(((List<?>) r.values().get("places_within")).size() + " of " + chinese + " places");
    }

    @Test
    void aComparisonListsEachRangeAsTheDatasetGivesIt() {
        MeasureResult r = measure(new Measure.RangeComparison(List.of(RangeRef.longestOf("IND", RangeUse.HEADLINE),
                RangeRef.longestOf("IND", RangeUse.HIGHEST_CLAIM), RangeRef.system("shaheen-3", RangeUse.HEADLINE))),
                ViewState.initial());
        // Read off the dataset: Agni-V's headline 5,000 km and highest claim 8,000 km; Shaheen-III's 2,750 km.
        assertThat(r.values()).containsEntry("range_1_system", "agni-5").containsEntry("range_1_km", 5000.0)
                .containsEntry("range_2_system", "agni-5").containsEntry("range_2_km", 8000.0)
                .containsEntry("range_3_system", "shaheen-3").containsEntry("range_3_km", 2750.0);
        assertThat(r.result()).isEqualTo("Agni-V, headline 5,000 km; Agni-V, highest claim 8,000 km;"
                + " Shaheen-III, headline 2,750 km");
    }

    @Test
    void aDatasetWithoutTheSystemSaysTheRangeIsNotAvailableInsteadOfFailing() {
        Dataset withoutPakistan = new Dataset(dataset.info(), dataset.sources(), dataset.countries(), dataset.places(),
                dataset.systems().stream().filter(s -> !s.country().equals("PAK")).toList(), dataset.events(),
                dataset.claimChecks());
        MeasureResult r = new ClaimCheckComputation(territories).measure(
                new Measure.Distance("washington", RangeRef.longestOf("PAK", RangeUse.HIGHEST_CLAIM)), withoutPakistan,
                ViewState.initial());
        assertThat(r.result()).isEqualTo("not available: no system of PAK in the data");
        assertThat(r.values()).isEmpty();
    }
}
