package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.TerritoryDistance;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/**
 * Reach tables on the bundled dataset, with rings computed as the app computes them; distances and
 * "reaches" against GeographicLib; the Port Blair cases worked by hand from the dataset's claims
 * (New Delhi to Port Blair about 2,481 km, Islamabad about 3,165 km, Beijing about 3,906 km).
 */
class ReachTablesTest {

    /** SIS against GeographicLib: well under a millimetre (build notes); 1 mm in km. */
    private static final double KM_TOLERANCE = 1e-6;
    /** Places nearer than this to a range may fall either way between two geodesic codes, km (1 mm). */
    private static final double EDGE_KM = 1e-6;

    private static Dataset dataset;
    private static Map<String, Geometry> territories;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
        Basemap basemap;
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-110m.geojson"))) {
            basemap = Basemap.read(in);
        }
        territories = new HashMap<>();
        for (Country c : dataset.countries()) {
            basemap.byName(c.name()).ifPresent(shape -> territories.put(c.id(), shape.geometry()));
        }
    }

    private static ViewState showing(String... ids) {
        ViewState s = ViewState.initial();
        for (String id : ids) {
            s = s.withShown(id, true);
        }
        return s;
    }

    private static ReachTables.Tables tables(ViewState s) {
        RingResults rings = new RingComputation(dataset, Map.of()).compute(s, false, () -> false,
                RingComputation.Progress.NONE);
        return new ReachTables(dataset, territories).compute(s, rings);
    }

    private static double oracleKm(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12 / 1000;
    }

    private static GeoPoint capital(String country) {
        return dataset.representativePoint(country).location();
    }

    @Test
    void fromIslamabadShaheenThreeListsExactlyThePlacesGeographicLibPutsWithin2750KmNearestFirst() {
        ReachTables.Tables t = tables(showing("shaheen-3"));
        List<String> expected = dataset.places().stream()
                .filter(p -> oracleKm(capital("PAK"), p.location()) <= 2750)
                .sorted(java.util.Comparator.comparingDouble(p -> oracleKm(capital("PAK"), p.location())))
                .map(Place::id).toList();
        assertThat(t.from()).extracting(r -> r.place().id()).containsExactlyElementsOf(expected);
        assertThat(expected).contains("islamabad", "new-delhi", "mumbai").doesNotContain("port-blair", "beijing");
        for (ReachTables.FromRow r : t.from()) {
            assertThat(r.distanceKm()).isCloseTo(oracleKm(capital("PAK"), r.place().location()), within(KM_TOLERANCE));
            assertThat(r.headlineMarginKm()).isCloseTo(2750 - r.distanceKm(), within(1e-9));
            assertThat(r.lowestKm()).isEqualTo(2750);
            assertThat(r.highestKm()).isEqualTo(2750);
            assertThat(r.fromLabel()).isEqualTo("Islamabad (representative point)");
        }
        assertThat(t.from().get(0).place().id()).isEqualTo("islamabad");
        assertThat(t.from().get(0).distanceKm()).isZero();
    }

    @Test
    void marginsUnderTheLowestAndHighestClaimsFollowTheClaims() {
        // Agni-II: headline 2,000 km, claims from 1,500 to 3,500 km.
        ReachTables.Tables t = tables(showing("agni-2"));
        ReachTables.FromRow mumbai = t.from().stream().filter(r -> r.place().id().equals("mumbai")).findFirst()
                .orElseThrow();
        double d = oracleKm(capital("IND"), mumbai.place().location());
        assertThat(mumbai.lowestMarginKm()).isCloseTo(1500 - d, within(KM_TOLERANCE));
        assertThat(mumbai.headlineMarginKm()).isCloseTo(2000 - d, within(KM_TOLERANCE));
        assertThat(mumbai.highestMarginKm()).isCloseTo(3500 - d, within(KM_TOLERANCE));
    }

    @Test
    void forPortBlairEachShownSystemSaysWhetherItsLowestHeadlineAndHighestClaimReachIt() {
        ViewState s = showing("shaheen-3", "agni-2", "df-26", "agni-5")
                .withSelection(new Selection(null, null, "port-blair"));
        ReachTables.Tables t = tables(s);
        assertThat(t.place().id()).isEqualTo("port-blair");
        assertThat(t.to()).extracting(r -> r.system().id()).containsExactly("shaheen-3", "agni-2", "df-26", "agni-5");
        boolean[][] byHand = {
            {false, false, false}, // Shaheen-III 2,750 km, Islamabad about 3,165 km away
            {false, false, true},  // Agni-II 1,500 / 2,000 / 3,500 km, New Delhi about 2,481 km away
            {false, true, true},   // DF-26 3,000 / 4,000 / 5,741 km, Beijing about 3,906 km away
            {true, true, true},    // Agni-V 5,000 / 5,000 / 8,000 km
        };
        for (int i = 0; i < t.to().size(); i++) {
            ReachTables.ToRow r = t.to().get(i);
            double d = oracleKm(r.from(), r.place().location());
            assertThat(r.distanceKm()).isCloseTo(d, within(KM_TOLERANCE));
            assertThat(new boolean[] {r.reachesLowest(), r.reachesHeadline(), r.reachesHighest()})
                    .as(r.system().id()).containsExactly(byHand[i]);
            assertThat(r.reachesHeadline()).isEqualTo(d <= r.headlineKm());
            assertThat(Math.abs(d - r.headlineKm())).isGreaterThan(EDGE_KM);
        }
        assertThat(t.to().get(2).headlineMarginKm()).isCloseTo(4000 - oracleKm(capital("CHN"),
                t.place().location()), within(KM_TOLERANCE)).isPositive();
    }

    @Test
    void withNoPlaceSelectedThereIsNoSecondTable() {
        ReachTables.Tables t = tables(showing("agni-5"));
        assertThat(t.place()).isNull();
        assertThat(t.to()).isEmpty();
        assertThat(t.nearestPoints()).isEmpty();
    }

    @Test
    void inEnvelopeModeDistancesAreFromTheNearestPointOfTheTerritory() {
        ViewState s = showing("shaheen-3", "agni-5").withRings(RingOptions.DEFAULT.withEnvelopes(true))
                .withSelection(new Selection(null, null, "port-blair"));
        ReachTables.Tables t = tables(s);
        assertThat(t.fromTerritory()).isTrue();
        Place portBlair = dataset.place("port-blair").orElseThrow();
        TerritoryDistance.Nearest fromPakistan = new TerritoryDistance(territories.get("PAK")).nearest(portBlair.location());
        assertThat(t.nearestPoints()).containsEntry("PAK", fromPakistan.point()).containsKey("IND");
        ReachTables.ToRow shaheen = t.to().get(0);
        assertThat(shaheen.from()).isEqualTo(fromPakistan.point());
        assertThat(shaheen.distanceKm()).isCloseTo(oracleKm(fromPakistan.point(), portBlair.location()),
                within(KM_TOLERANCE));
        assertThat(shaheen.distanceKm()).isLessThan(oracleKm(capital("PAK"), portBlair.location()));
        assertThat(shaheen.reachesHeadline()).isEqualTo(shaheen.distanceKm() <= 2750);
        assertThat(shaheen.fromLabel()).startsWith("nearest point of Pakistan, ");
        // Karachi is inside Pakistan: 0 km from its own territory, listed first.
        ReachTables.FromRow first = t.from().get(0);
        assertThat(first.system().id()).isEqualTo("shaheen-3");
        assertThat(first.distanceKm()).isZero();
        assertThat(first.fromLabel()).isEqualTo("inside Pakistan");
        assertThat(t.from()).filteredOn(r -> r.system().id().equals("shaheen-3")).extracting(r -> r.place().id())
                .contains("karachi", "lahore", "new-delhi");
    }

    @Test
    void theCommandLineViewMeasuresEverySystemFromItsRepresentativePoint() {
        List<ReachTables.Launcher> all = ReachTables.representative(dataset, dataset.systems());
        assertThat(all).hasSize(dataset.systems().size());
        Place washington = dataset.place("washington").orElseThrow();
        List<ReachTables.ToRow> rows = new ReachTables(dataset, Map.of()).to(all, washington, false);
        // Beijing to Washington is about 11,150 km: only DF-41's 15,000 km headline reaches it.
        assertThat(rows).filteredOn(ReachTables.ToRow::reachesHeadline).extracting(r -> r.system().id())
                .containsExactly("df-41");
        for (ReachTables.ToRow r : rows) {
            assertThat(r.reachesHighest()).isEqualTo(oracleKm(r.from(), washington.location()) <= r.highestKm());
        }
    }
}
