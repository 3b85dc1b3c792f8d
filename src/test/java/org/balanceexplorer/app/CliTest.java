package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user runs it: output, exit codes, and distances against GeographicLib. */
class CliTest {

    /** The promise: reach distances agree with GeographicLib to 1 m. CSV prints metres to 3 decimals. */
    private static final double ONE_METRE_IN_KM = 0.001;

    private static Dataset dataset;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void loadTheBundledDataset() {
        dataset = DatasetLoader.load(BundledData.datasetFolder());
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateAcceptsTheBundledDatasetWithExitZero() {
        Result r = run("validate");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).startsWith("valid: ");
    }

    @Test
    void validateRejectsABrokenDatasetWithOneLocatedLinePerProblemAndExitOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"places\": [ {\"id\": \"x\"\n");
        Result r = run("validate", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).isNotEmpty().allMatch(l -> l.matches("broken\\.json:\\d+:\\d+: \\$\\S*: .+"));
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyInOneLineAndExitsOne(@TempDir Path dir) {
        Path output = dir.resolve("gone").resolve("report.md");
        Result r = run("report", "--output", output.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("balance-explorer: The file 'report.md' could not be written: the folder '"
                + output.getParent() + "' does not exist. Choose another folder. No file was made." + System.lineSeparator());
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void validateWithTwoFoldersIsBadUsageWithExitTwo(@TempDir Path dir) {
        assertThat(run("validate", dir.toString(), dir.toString()).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void reachCsvHasTheDocumentedColumnsNearestFirst() {
        WeaponSystem s = dataset.systems().get(0);
        Place from = dataset.representativePoint(s.country());
        Result r = run("reach", "--system", s.id(), "--from", from.id(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines().get(0)).isEqualTo("place_id,place_name,country,distance_km,within");
        double last = -1;
        for (String line : r.lines().subList(1, r.lines().size())) {
            String[] f = line.split(",");
            double km = Double.parseDouble(f[f.length - 2]);
            assertThat(km).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(s.headlineRangeKm());
            assertThat(f[f.length - 1]).isEqualTo("true");
            assertThat(f[f.length - 2]).matches("\\d+\\.\\d{3}");
            last = km;
        }
    }

    @Test
    void reachWithAllListsEveryPlaceWithItsWithinFlag() {
        Result r = run("reach", "--radius-km", "1000", "--from", "islamabad", "--all", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).hasSize(dataset.places().size() + 1);
        assertThat(r.lines()).anyMatch(l -> l.endsWith(",false")).anyMatch(l -> l.endsWith(",true"));
    }

    /** From points near the poles, on the antimeridian, and random ones: every distance as GeographicLib gives it. */
    @ParameterizedTest
    @ValueSource(strings = {"33.72,73.04", "89.99,0", "-89.99,179.99", "0,180", "0,-179.999", "51.5,-0.13",
            "-33.87,151.21", "64.8,-147.7", "-28.61,-102.79"})
    void reachDistancesAgreeWithGeographicLibToOneMetre(String from) {
        assertAgreesWithGeographicLib(from);
    }

    @Test
    void reachDistancesAgreeWithGeographicLibFromSeededRandomPoints() {
        Random random = new Random(20261129);
        for (int i = 0; i < 25; i++) {
            double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
            double lon = -180 + 360 * random.nextDouble();
            assertAgreesWithGeographicLib(String.format(java.util.Locale.ROOT, "%.6f,%.6f", lat, lon));
        }
    }

    private static void assertAgreesWithGeographicLib(String from) {
        Result r = run("reach", "--radius-km", "20037.5", "--from", from, "--all", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        double[] ll = Arrays.stream(from.split(",")).mapToDouble(Double::parseDouble).toArray();
        for (String line : r.lines().subList(1, r.lines().size())) {
            String id = line.substring(0, line.indexOf(','));
            String[] f = line.split(",");
            Place p = dataset.place(id).orElseThrow();
            double expectedKm = Geodesic.WGS84.Inverse(ll[0], ll[1], p.location().latDeg(), p.location().lonDeg()).s12
                    / 1000;
            assertThat(Double.parseDouble(f[f.length - 2])).as("%s to %s", from, id)
                    .isCloseTo(expectedKm, within(ONE_METRE_IN_KM));
        }
    }

    @Test
    void reachRejectsUnknownSystemsAndPlacesAsBadUsage() {
        Result r = run("reach", "--system", "no-such-system", "--from", "islamabad");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-system");
        assertThat(run("reach", "--radius-km", "100", "--from", "atlantis").code()).isEqualTo(2);
        assertThat(run("reach", "--radius-km", "0", "--from", "islamabad").code()).isEqualTo(2);
        assertThat(run("reach", "--radius-km", "100", "--from", "95,10").code()).isEqualTo(2);
        assertThat(run("reach", "--from", "islamabad").code()).isEqualTo(2);
    }

    @Test
    void reachJsonIsMachineReadable() {
        Result r = run("reach", "--radius-km", "700", "--from", "islamabad", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"places\"").contains("\"new-delhi\"").contains("\"distance_km\"");
    }
}
