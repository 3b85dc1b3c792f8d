package org.balanceexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.GisLayer;
import org.balanceexplorer.model.Claim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported files opened by the tools people use: GDAL's {@code ogrinfo} (the library under
 * QGIS; for KML its LIBKML driver, which reads ExtendedData) and poppler's {@code pdftotext}.
 * Needs {@code gdal-bin} and {@code poppler-utils}: run with {@code mvn -Pexternal-tools test}
 * (the CI script installs them); a plain {@code mvn verify} leaves these out.
 */
@Tag("external-tools")
class ExternalToolsTest {

    @TempDir
    static Path dir;
    private static GisLayer layer;

    @BeforeAll
    static void export() {
        layer = GisExport.layer(ExportFixtures.context(), ExportFixtures.world(), "world rings");
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return out;
    }

    /** Every feature's flat attributes, as ogrinfo prints them ("  name (Type) = value"). */
    private static void assertEveryFeatureAndAttribute(String info) {
        assertThat(info).contains("Feature Count: " + layer.features().size());
        for (GisLayer.Feature f : layer.features()) {
            for (var a : f.attributes().entrySet()) {
                if (a.getValue() instanceof String s) {
                    // GDAL reads a date-like text ("2015-03-09") as a Date and prints it 2015/03/09.
                    String value = s.matches("\\d{4}(-\\d{2}){0,2}") ? s.replace("-", "[-/]")
                            : java.util.regex.Pattern.quote(s);
                    assertThat(info).as("%s of %s", a.getKey(), f.id()).containsPattern(
                            "\\n\\s+" + a.getKey() + " \\([^)]*\\) = " + value + "\\n");
                }
            }
        }
    }

    @Test
    void ogrinfoReadsEveryGeoJsonFeatureWithItsAttributesAndClaims() throws Exception {
        Path file = dir.resolve("rings.geojson");
        org.balanceexplorer.data.GeoJsonWriter.write(layer, file);
        String info = run("ogrinfo", "-ro", "-al", "-geom=SUMMARY", file.toString());
        assertThat(info).contains("using driver `GeoJSON'");
        assertEveryFeatureAndAttribute(info);
        assertThat(info).contains("headline_range_km (Real) = 2750", "claim_count (Integer) = ");
        // The claims in full arrive as a JSON field; every claimant of Shaheen-III is in it.
        for (Claim c : ExportFixtures.context().dataset().system("shaheen-3").orElseThrow().range().claims()) {
            assertThat(info).contains(c.claimant().replace("\"", "\\\""));
        }
    }

    @Test
    void ogrinfoWithLibkmlReadsEveryKmlPlacemarkWithItsExtendedData() throws Exception {
        Path file = dir.resolve("rings.kml");
        org.balanceexplorer.data.KmlWriter.write(layer, file);
        String formats = run("ogrinfo", "--formats");
        assertThat(formats).as("GDAL built with LIBKML").contains("LIBKML");
        String info = run("ogrinfo", "-ro", "-al", "-geom=SUMMARY", "--config", "OGR_SKIP", "KML", file.toString());
        assertThat(info).contains("using driver `LIBKML'");
        assertEveryFeatureAndAttribute(info);
        assertThat(info).contains("claim_2_claimant (String) = ISPR, as reported by Dawn");
        // The time slider's start: Shaheen-III's first test.
        assertThat(info).containsPattern("begin \\(DateTime\\) = 2015/03/09");
    }

    @Test
    void pdftotextOfTheHandoutHoldsEveryCitation() throws Exception {
        Path file = dir.resolve("handout.pdf");
        List<Page> pages = List.of(ExportFixtures.citingPage(), Page.of(ExportFixtures.world()));
        PdfHandout.write(ExportFixtures.context(), pages, new PdfHandout.Options(PdfHandout.Paper.A4, false,
                "Handout", "A seminar"), file);
        run("pdftotext", "-enc", "UTF-8", file.toString(), dir.resolve("handout.txt").toString());
        String text = java.nio.file.Files.readString(dir.resolve("handout.txt"));
        String flat = text.replaceAll("\\s+", "");
        References refs = new References(ExportFixtures.context().dataset());
        List<References.Reference> all = new ArrayList<>();
        var computation = new org.balanceexplorer.state.RingComputation(ExportFixtures.context().dataset(),
                ExportFixtures.context().territories());
        for (int i = 0; i < pages.size(); i++) {
            MapRender.prepare(ExportFixtures.context(), computation, pages.get(i), 900, 600, refs, "page " + i);
        }
        all.addAll(refs.all());
        assertThat(all).hasSizeGreaterThan(20);
        for (References.Reference r : all) {
            assertThat(flat).as("reference %d", r.number()).contains((r.number() + "." + r.claimant())
                    .replaceAll("\\s+", ""));
            assertThat(flat).contains(r.sourceText().replaceAll("\\s+", ""));
            assertThat(flat).contains(r.date().replaceAll("\\s+", ""));
            assertThat(flat).contains(r.address().replaceAll("\\s+", ""));
        }
    }
}
