package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rings computed on the dataset as known in a year: a system absent then has no ring, a headline
 * recomputed from the claims known then is the ring's radius (checked on the ring's vertices with
 * GeographicLib), style indices do not move with the year, and no year is served another's ring.
 */
class RingsFollowTheYearTest {

    /** Vertices are on the geodesic circle to about 1e-8 m; SIS and GeographicLib agree well under 1 mm. */
    private static final double VERTEX_TOLERANCE_METERS = 0.001;

    private static Dataset dataset;

    @BeforeAll
    static void loadTheBundledDataset() {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
    }

    private static ViewState everySystemIn(Integer year, Integer knownIn) {
        ViewState s = ViewState.initial();
        for (WeaponSystem w : dataset.systems()) {
            s = s.withShown(w.id(), true);
        }
        return s.withTime(new TimeSettings(year, knownIn));
    }

    private static RingResults compute(RingComputation c, ViewState s, boolean preview) {
        return c.compute(s, preview, () -> false, RingComputation.Progress.NONE);
    }

    private static RingResults.ComputedRing ring(RingResults r, String id) {
        return r.rings().stream().filter(c -> c.system().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shaheenTwosRingAsKnownIn2006HasPakistansFigureOfThenAsItsRadius() {
        RingComputation c = new RingComputation(dataset, Map.of());
        ViewState s = ViewState.initial().withShown("shaheen-2", true).withTime(new TimeSettings(2006, 2006));
        RingResults.ComputedRing r = ring(compute(c, s, false), "shaheen-2");
        assertThat(r.ring().radiusMeters()).isEqualTo(2_500_000);
        GeoPoint centre = dataset.representativePoint("PAK").location();
        for (GeoPoint v : r.ring().vertices()) {
            double d = Geodesic.WGS84.Inverse(centre.latDeg(), centre.lonDeg(), v.latDeg(), v.lonDeg()).s12;
            assertThat(d).isCloseTo(2_500_000, within(VERTEX_TOLERANCE_METERS));
        }
        // the year on, back, and on again: each year its own radius, never another year's cached ring
        assertThat(ring(compute(c, s.withTime(new TimeSettings(2019, 2019)), false), "shaheen-2")
                .ring().radiusMeters()).isEqualTo(1_500_000);
        assertThat(ring(compute(c, s, false), "shaheen-2").ring().radiusMeters()).isEqualTo(2_500_000);
        assertThat(ring(compute(c, s.withTime(new TimeSettings(2007, 2007)), true), "shaheen-2")
                .ring().radiusMeters()).isEqualTo(2_000_000);
    }

    @Test
    void systemsNotYetTestedHaveNoRingAndEveryRingKeepsItsStyle() {
        RingComputation c = new RingComputation(dataset, Map.of());
        RingResults now = compute(c, everySystemIn(null, null), false);
        RingResults in2011 = compute(c, everySystemIn(2011, null), false);
        assertThat(now.rings()).hasSize(dataset.systems().size());
        assertThat(in2011.rings()).noneMatch(r -> r.system().id().equals("agni-5") || r.system().id().equals("shaheen-3"));
        assertThat(in2011.rings()).anyMatch(r -> r.system().id().equals("shaheen-2"));
        for (RingResults.ComputedRing r : in2011.rings()) {
            assertThat(r.styleIndex()).isEqualTo(ring(now, r.system().id()).styleIndex());
        }
        // every system present in 2011 by the rule: first-test (or earliest claim) year 2011 or before
        assertThat(in2011.rings()).allMatch(r -> KnownDataset.firstYear(r.system()).orElse(0) <= 2011);
    }
}
