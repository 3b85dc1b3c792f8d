package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code checks} as a user runs it: every check with its measurements, in three formats. */
class ChecksCommandTest {

    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = DatasetLoader.load(BundledData.datasetFolder());
    }

    private static double islamabadToWashingtonKm() {
        GeoPoint a = dataset.place("islamabad").map(Place::location).orElseThrow();
        GeoPoint b = dataset.place("washington").map(Place::location).orElseThrow();
        return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12 / 1000;
    }

    @Test
    void theTableListsEveryCheckWithItsStatementClaimantAndMeasurements() {
        CliTest.Result r = CliTest.run("checks");
        assertThat(r.code()).as(r.err()).isZero();
        for (ClaimCheck c : dataset.claimChecks()) {
            assertThat(r.out()).contains("[" + c.id() + "] ").contains("claimant: " + c.statement().claimant());
        }
        long measured = dataset.claimChecks().stream().mapToLong(c -> c.measurements().size()).sum();
        assertThat(r.lines().stream().filter(l -> l.startsWith("    from ")).count()).isEqualTo(measured);
        assertThat(r.out()).contains(String.format(Locale.ROOT, "distance to Washington, D.C.: %,.0f km",
                islamabadToWashingtonKm()));
        assertThat(r.out().toLowerCase(Locale.ROOT)).doesNotContain(" true").doesNotContain("false")
                .doesNotContain("confirmed");
    }

    @Test
    void csvHasOneRowPerMeasurement() {
        CliTest.Result r = CliTest.run("checks", "--format", "csv");
        assertThat(r.code()).isZero();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("check_id,claimant,claimant_kind,source_id,as_of,quote,measurement_kind,"
                + "measured,launch_point,result");
        long measured = dataset.claimChecks().stream().mapToLong(c -> c.measurements().size()).sum();
        assertThat(lines).hasSize((int) measured + 1);
        assertThat(lines).anyMatch(l -> l.startsWith("opinion-shaheen-3-deter-only-india,Nawal Nawaz (CISS),opinion,"
                + "ciss-nawaz-american-sanctions,,") && l.contains(",territoryShare,"));
    }

    @Test
    void jsonCarriesTheNumbersByName() throws Exception {
        CliTest.Result r = CliTest.run("checks", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.size()).isEqualTo(dataset.claimChecks().size());
        JsonNode finer = doc.get(0);
        assertThat(finer.get("id").asText()).isEqualTo("finer-beyond-south-asia");
        assertThat(finer.at("/statement/claimant_kind").asText()).isEqualTo("otherGovernment");
        JsonNode distance = finer.at("/measurements/0");
        assertThat(distance.get("kind").asText()).isEqualTo("distance");
        assertThat(distance.get("distance_km").asDouble()).isCloseTo(islamabadToWashingtonKm(), within(0.001));
        assertThat(distance.get("range_km").asDouble()).isEqualTo(3000.0);
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliTest.Result r = CliTest.run("checks", "--format", "xml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format must be table, csv or json");
    }
}
