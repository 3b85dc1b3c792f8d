package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.geo.ReachEntry;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rings of view states on the bundled dataset, checked against GeographicLib and the command line's rule. */
class RingComputationTest {

    /**
     * Ring vertices are direct-problem points, on the circle to about 1e-8 m (RangeRing's Accuracy);
     * SIS and GeographicLib agree to well under a millimetre, so 1 mm is room for both.
     */
    private static final double VERTEX_TOLERANCE_METERS = 0.001;
    /** Places nearer than this to a ring's edge may fall either way between two geodesic codes (1 mm, Reach's Accuracy). */
    private static final double EDGE_METERS = 0.001;
    private static final GeoPoint KARACHI = new GeoPoint(24.86, 67.01);

    private static Dataset dataset;
    private RingComputation computation;

    @BeforeAll
    static void loadTheBundledDataset() {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    @BeforeEach
    void newComputation() {
        computation = new RingComputation(dataset, Map.of());
    }

    private static ViewState showing(String... ids) {
        ViewState s = ViewState.initial();
        for (String id : ids) {
            s = s.withShown(id, true);
        }
        return s;
    }

    private RingResults compute(ViewState s, boolean preview) {
        return computation.compute(s, preview, () -> false, RingComputation.Progress.NONE);
    }

    private static RingResults.ComputedRing ringOf(RingResults r, String systemId) {
        return r.rings().stream().filter(c -> c.system().id().equals(systemId)).findFirst().orElseThrow();
    }

    @Test
    void shaheenThreeAndAgniFiveGiveTwoRingsWhoseVerticesAreAtTheHeadlineRange() {
        RingResults r = compute(showing("shaheen-3", "agni-5"), false);
        assertThat(r.rings()).extracting(c -> c.system().id()).containsExactly("shaheen-3", "agni-5");
        assertThat(r.preview()).isFalse();
        for (RingResults.ComputedRing c : r.rings()) {
            GeoPoint centre = dataset.representativePoint(c.system().country()).location();
            assertThat(c.launchPoint()).isEqualTo(centre);
            assertThat(c.ring().toleranceMeters()).isEqualTo(RingComputation.RING_TOLERANCE_METERS);
            double radius = c.system().headlineRangeKm() * 1000;
            assertThat(c.ring().vertices()).hasSizeGreaterThan(32);
            for (GeoPoint v : c.ring().vertices()) {
                double d = Geodesic.WGS84.Inverse(centre.latDeg(), centre.lonDeg(), v.latDeg(), v.lonDeg()).s12;
                assertThat(d).as("%s vertex %s", c.system().id(), v).isCloseTo(radius,
                        org.assertj.core.data.Offset.offset(VERTEX_TOLERANCE_METERS));
            }
        }
        assertThat(ringOf(r, "shaheen-3").ring().radiusMeters()).isEqualTo(2_750_000);
        assertThat(ringOf(r, "agni-5").ring().radiusMeters()).isEqualTo(5_000_000);
        assertThat(ringOf(r, "shaheen-3").launchLabel()).isEqualTo("Islamabad (representative point)");
        assertThat(ringOf(r, "agni-5").launchLabel()).isEqualTo("New Delhi (representative point)");
    }

    @Test
    void placesWithinAreTheUnionOfWhatReachFindsFromEachLaunchPoint() {
        RingResults r = compute(showing("shaheen-3", "agni-5"), false);
        Set<String> expected = new HashSet<>();
        for (RingResults.ComputedRing c : r.rings()) {
            for (ReachEntry e : Reach.from(c.launchPoint(), c.system().headlineRangeKm() * 1000, dataset.places(), false)) {
                expected.add(e.place().id());
            }
        }
        assertThat(r.placesWithin()).isEqualTo(expected).contains("new-delhi", "islamabad").doesNotContain("washington");
    }

    @Test
    void placesWithinAgreeWithGeographicLibAwayFromTheEdge() {
        RingResults r = compute(showing("shaheen-3", "agni-5"), false);
        for (Place p : dataset.places()) {
            boolean inside = false;
            boolean nearEdge = false;
            for (RingResults.ComputedRing c : r.rings()) {
                double d = Geodesic.WGS84.Inverse(c.launchPoint().latDeg(), c.launchPoint().lonDeg(),
                        p.location().latDeg(), p.location().lonDeg()).s12;
                double radius = c.system().headlineRangeKm() * 1000;
                inside |= d <= radius;
                nearEdge |= Math.abs(d - radius) < EDGE_METERS;
            }
            if (!nearEdge) {
                assertThat(r.placesWithin().contains(p.id())).as(p.id()).isEqualTo(inside);
            }
        }
    }

    @Test
    void aMovedLaunchPointMovesTheRingAndItsLabel() {
        RingResults r = compute(showing("shaheen-3").withLaunchPoint("PAK", KARACHI), false);
        RingResults.ComputedRing c = ringOf(r, "shaheen-3");
        assertThat(c.launchPoint()).isEqualTo(KARACHI);
        assertThat(c.ring().centre()).isEqualTo(KARACHI);
        assertThat(c.launchLabel()).isEqualTo("a user-chosen point, 24.86\u00b0N 67.01\u00b0E");
        assertThat(r.placeNotes().get("new-delhi")).endsWith("km from a user-chosen point, 24.86\u00b0N 67.01\u00b0E");
    }

    @Test
    void launchPointsAndLabelsFollowTheStateAsTheViewModelWordedThem() {
        ViewState s = ViewState.initial().withLaunchPoint("IND", new GeoPoint(-12.345, -0.5));
        assertThat(LaunchPoints.launchPoint(dataset, s, "PAK")).isEqualTo(dataset.place("islamabad").orElseThrow().location());
        assertThat(LaunchPoints.moved(s, "PAK")).isFalse();
        assertThat(LaunchPoints.launchLabel(dataset, s, "PAK")).isEqualTo("Islamabad (representative point)");
        assertThat(LaunchPoints.launchPoint(dataset, s, "IND")).isEqualTo(new GeoPoint(-12.345, -0.5));
        assertThat(LaunchPoints.moved(s, "IND")).isTrue();
        assertThat(LaunchPoints.launchLabel(dataset, s, "IND")).isEqualTo("a user-chosen point, 12.35\u00b0S 0.50\u00b0W");
    }

    @Test
    void aPreviewHasNoBandsClaimRingsNaiveCirclesOrPlaceNotes() {
        ViewState s = showing("shaheen-3", "agni-5").withRings(new RingOptions(true, true, false, true));
        RingResults exact = compute(s, false);
        assertThat(exact.rings()).anySatisfy(c -> assertThat(c.band()).isNotNull());
        assertThat(exact.rings()).allSatisfy(c -> {
            assertThat(c.claimRings()).isNotEmpty();
            assertThat(c.naive()).isNotNull();
        });
        assertThat(exact.placeNotes()).hasSize(dataset.places().size());

        RingResults preview = new RingComputation(dataset, Map.of()).compute(s, true, () -> false,
                RingComputation.Progress.NONE);
        assertThat(preview.preview()).isTrue();
        assertThat(preview.placeNotes()).isEmpty();
        assertThat(preview.rings()).hasSize(2).allSatisfy(c -> {
            assertThat(c.band()).isNull();
            assertThat(c.claimRings()).isEmpty();
            assertThat(c.naive()).isNull();
            assertThat(c.envelope()).isNull();
            assertThat(c.ring().toleranceMeters()).isEqualTo(RingComputation.PREVIEW_TOLERANCE_METERS);
        });
    }

    @Test
    void anUnchangedSystemKeepsTheSameRingObjectWhileAnotherCountrysPointIsDragged() {
        ViewState s = showing("shaheen-3", "agni-5");
        RingResults before = compute(s, false);
        RingResults during = compute(s.withLaunchPoint("PAK", KARACHI), true);
        RingResults after = compute(s.withLaunchPoint("PAK", KARACHI), false);
        assertThat(during.rings().get(1)).isSameAs(before.rings().get(1));
        assertThat(after.rings().get(1)).isSameAs(before.rings().get(1));
        assertThat(during.rings().get(0)).isNotSameAs(before.rings().get(0));
        assertThat(during.rings().get(0).launchPoint()).isEqualTo(KARACHI);
        assertThat(after.rings().get(0).ring().toleranceMeters()).isEqualTo(RingComputation.RING_TOLERANCE_METERS);
    }

    @Test
    void aCancelledComputationReturnsNull() {
        AtomicInteger asked = new AtomicInteger();
        RingResults r = computation.compute(showing("shaheen-3", "agni-5"), false, () -> asked.incrementAndGet() > 1,
                RingComputation.Progress.NONE);
        assertThat(r).isNull();
        assertThat(asked).hasValue(2);
    }

    @Test
    void progressCountsTheShownSystemsTheDatasetKnowsAndUnknownIdsAreSkipped() {
        List<long[]> reports = new java.util.ArrayList<>();
        RingResults r = computation.compute(showing("shaheen-3", "no-such-system", "agni-5"), false, () -> false,
                (done, total) -> reports.add(new long[] {done, total}));
        assertThat(r.rings()).extracting(c -> c.system().id()).containsExactly("shaheen-3", "agni-5");
        assertThat(reports).containsExactly(new long[] {1, 2}, new long[] {2, 2});
    }

    @Test
    void nothingShownGivesNoRingsAndNoPlaceWithin() {
        RingResults r = compute(ViewState.initial(), false);
        assertThat(r.rings()).isEmpty();
        assertThat(r.placesWithin()).isEmpty();
    }

    @Test
    void styleIndicesAreDistinctWithinEachCountryAndDifferBetweenTheCountriesFirstSystems() {
        ViewState all = ViewState.initial();
        for (WeaponSystem s : dataset.systems()) {
            all = all.withShown(s.id(), true);
        }
        RingResults r = new RingComputation(dataset, Map.of()).compute(all, true, () -> false,
                RingComputation.Progress.NONE);
        assertThat(r.rings()).hasSize(40);
        int ordinal = 0;
        for (Country country : dataset.countries()) {
            List<WeaponSystem> own = dataset.systemsOf(country.id());
            if (own.isEmpty()) {
                continue;
            }
            Set<Integer> seen = new HashSet<>();
            int offset = ordinal++;
            for (RingResults.ComputedRing c : r.rings()) {
                if (c.system().country().equals(country.id())) {
                    assertThat(c.styleIndex()).isEqualTo((own.indexOf(c.system()) + offset) % 21);
                    assertThat(seen.add(c.styleIndex())).as("index %d used twice in %s", c.styleIndex(), country.id())
                            .isTrue();
                }
            }
        }
        assertThat(r.rings()).extracting(RingResults.ComputedRing::styleIndex).allSatisfy(i -> assertThat(i).isLessThan(21));
        assertThat(computation.styleIndex("shaheen-3")).isNotEqualTo(computation.styleIndex("agni-5"));
    }

    @Test
    void aMeasurementIsTheGeodesicBetweenItsPoints() {
        GeoPoint delhi = dataset.place("new-delhi").orElseThrow().location();
        var path = RingComputation.measure(new Measurement(KARACHI, delhi));
        double expected = Geodesic.WGS84.Inverse(KARACHI.latDeg(), KARACHI.lonDeg(), delhi.latDeg(), delhi.lonDeg()).s12;
        assertThat(path.distanceMeters()).isCloseTo(expected, org.assertj.core.data.Offset.offset(VERTEX_TOLERANCE_METERS));
    }
}
