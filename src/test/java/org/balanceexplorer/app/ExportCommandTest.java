package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code export} command: files written, exit codes like validate's, no display, no JavaFX. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path scene() {
        try {
            return Path.of(ExportCommandTest.class.getResource("/org/balanceexplorer/export/south-asia.scene.json")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The command in a JVM of its own, with no DISPLAY in its environment, logging each class it
     * loads: a PNG at 2x is written, and not one JavaFX class was loaded.
     */
    @Test
    void aSceneIsRenderedToPngInAProcessWithNoDisplayAndNoJavaFx() throws IOException, InterruptedException {
        Path png = dir.resolve("scene.png");
        Path classes = dir.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "export", "--scene", scene().toString(), "--format", "png", "--scale", "2",
                "--size", "900x600", "--out", png.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("wrote " + png);
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1800);
        assertThat(Files.readAllLines(classes)).noneMatch(l -> l.contains(" javafx.") || l.contains("com.sun.javafx"));
    }

    @Test
    void geoJsonKmlAndPdfAreWrittenWithExitZero() throws IOException {
        for (String format : List.of("geojson", "kml", "pdf")) {
            Path out = dir.resolve("scene." + format);
            Result r = run("export", "--scene", scene().toString(), "--format", format, "--out", out.toString(),
                    "--title", "Two rings");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(Files.size(out)).isGreaterThan(1000);
        }
    }

    @Test
    void badUsageExitsTwoWithAPlainMessage() {
        Path out = dir.resolve("x.png");
        Result scale = run("export", "--scene", scene().toString(), "--format", "png", "--scale", "5", "--out",
                out.toString());
        assertThat(scale.code()).isEqualTo(2);
        assertThat(scale.err()).contains("--scale must be 1 to 4");
        Result format = run("export", "--scene", scene().toString(), "--format", "svg", "--out", out.toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be png, pdf, geojson or kml");
        Result size = run("export", "--scene", scene().toString(), "--format", "png", "--size", "big", "--out",
                out.toString());
        assertThat(size.code()).isEqualTo(2);
        Result both = run("export", "--scene", scene().toString(), "--lecture", lecture().toString(), "--format", "pdf",
                "--out", out.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--scene FILE or --lecture FILE");
        assertThat(run("export", "--format", "png").code()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedSceneExitsOneWithItsLocationAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.scene.json");
        Files.writeString(bad, "{\n  \"format\": \"view-state\",\n  \"version\": 1,\n  \"projection\": 5\n}\n");
        Path out = dir.resolve("bad.png");
        Result r = run("export", "--scene", bad.toString(), "--format", "png", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bad.scene.json:4:");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    static Path lecture() {
        return Path.of("data", "scenes", "december-2024-sanctions-debate.lecture.json");
    }

    /**
     * A shipped lecture to a handout: a page per scene, then the references, which hold every claim
     * the scenes cite (the lecture's ids resolved), as pdftotext-free text from PDFBox.
     */
    @Test
    void aLectureBecomesAHandoutOfOnePagePerSceneWithItsCitedClaims() throws IOException {
        Path out = dir.resolve("lecture.pdf");
        Result r = run("export", "--lecture", lecture().toString(), "--format", "pdf", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        org.balanceexplorer.state.Lecture l = org.balanceexplorer.data.LectureJson.read(lecture());
        org.balanceexplorer.model.Dataset d = org.balanceexplorer.data.DatasetLoader.load(
                org.balanceexplorer.data.BundledData.datasetFolder());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(l.scenes().size());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            for (var scene : l.scenes()) {
                assertThat(text).contains(scene.title());
                for (String id : scene.claimIds()) {
                    var claim = org.balanceexplorer.model.ClaimIds.find(d, id).orElseThrow();
                    assertThat(text.replaceAll("\\s+", " ")).as(id).contains(claim.claimant().replaceAll("\\s+", " "));
                }
            }
        }
    }

    @Test
    void aLectureToPngGivesOneNumberedFilePerScene() throws IOException {
        Path out = dir.resolve("slides.png");
        Result r = run("export", "--lecture", lecture().toString(), "--format", "png", "--size", "600x400", "--out",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        int scenes = org.balanceexplorer.data.LectureJson.read(lecture()).scenes().size();
        for (int i = 1; i <= scenes; i++) {
            assertThat(ImageIO.read(dir.resolve(String.format("slides-%02d.png", i)).toFile()).getWidth()).isEqualTo(600);
        }
        assertThat(dir.resolve(String.format("slides-%02d.png", scenes + 1))).doesNotExist();
    }

    @Test
    void aSceneSavedFromTheWindowIsExportedWithItsTitle() throws IOException {
        Path saved = dir.resolve("mine.scene.json");
        org.balanceexplorer.data.SceneJson.save(new org.balanceexplorer.state.Scene("Shaheen-III from Islamabad",
                "A caption", new org.balanceexplorer.state.DatasetRef("South Asia Strategic Balance Explorer dataset", "1.3.0"),
                org.balanceexplorer.data.ViewStateJson.read(scene())), saved);
        Path out = dir.resolve("mine.pdf");
        Result r = run("export", "--scene", saved.toString(), "--format", "pdf", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Shaheen-III from Islamabad")
                    .contains("A caption");
        }
    }
}
