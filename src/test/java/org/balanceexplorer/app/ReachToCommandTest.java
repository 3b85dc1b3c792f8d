package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code reach --to PLACE_ID}: which systems reach a place, against GeographicLib; its usage errors. */
class ReachToCommandTest {

    /** CSV prints kilometres to 3 decimals: a metre. */
    private static final double ONE_METRE_IN_KM = 0.001;

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = DatasetLoader.load(BundledData.datasetFolder());
    }

    private static double oracleKm(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12 / 1000;
    }

    @Test
    void csvListsEverySystemWithItsDistanceFromItsRepresentativePointAndWhetherEachClaimReaches() {
        CliTest.Result r = CliTest.run("reach", "--to", "port-blair", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("system_id,system_name,country,from,distance_km,lowest_km,headline_km,"
                + "highest_km,reaches_lowest,reaches_headline,reaches_highest,margin_headline_km");
        assertThat(lines).hasSize(dataset.systems().size() + 1);
        Place portBlair = dataset.place("port-blair").orElseThrow();
        double previousMargin = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            var system = dataset.system(f[0]).orElseThrow();
            double oracle = oracleKm(dataset.representativePoint(system.country()).location(), portBlair.location());
            assertThat(Double.parseDouble(f[4])).isCloseTo(oracle, within(ONE_METRE_IN_KM));
            assertThat(Boolean.parseBoolean(f[9])).isEqualTo(oracle <= system.headlineRangeKm());
            assertThat(Boolean.parseBoolean(f[10])).isEqualTo(oracle <= system.range().highestClaimed().getAsDouble());
            double margin = Double.parseDouble(f[11]);
            assertThat(margin).isLessThanOrEqualTo(previousMargin);
            previousMargin = margin;
        }
        assertThat(lines).anyMatch(l -> l.startsWith("agni-2,Agni-II,IND,New Delhi (representative point),")
                && l.contains(",false,false,true,"));
    }

    @Test
    void theTableSaysHowManyReachByTheirHeadlineRange() {
        CliTest.Result r = CliTest.run("reach", "--to", "washington");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Which systems reach Washington");
        // Beijing to Washington is about 11,150 km: DF-41 (15,000 km) alone reaches it by its headline.
        assertThat(r.lines()).last().isEqualTo("1 of " + dataset.systems().size()
                + " systems reach it by their headline range");
    }

    @Test
    void jsonNamesThePlaceAndEverySystem() {
        CliTest.Result r = CliTest.run("reach", "--to", "colombo", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"to\"", "\"colombo\"", "\"reaches_headline\"", "\"shaheen-3\"");
    }

    @Test
    void anUnknownPlaceOrAMixOfDirectionsIsBadUsage() {
        CliTest.Result unknown = CliTest.run("reach", "--to", "atlantis");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--to 'atlantis' is not a place id of the dataset");
        CliTest.Result mixed = CliTest.run("reach", "--to", "colombo", "--from", "islamabad");
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("--to lists every system");
        CliTest.Result neither = CliTest.run("reach", "--format", "csv");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("give --system ID or --radius-km R with --from, or --to PLACE_ID");
    }
}
