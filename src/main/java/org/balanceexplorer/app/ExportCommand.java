package org.balanceexplorer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.balanceexplorer.data.ViewStateJson;
import org.balanceexplorer.export.ExportContext;
import org.balanceexplorer.export.GisExport;
import org.balanceexplorer.export.Page;
import org.balanceexplorer.export.PdfHandout;
import org.balanceexplorer.export.PngExport;
import org.balanceexplorer.state.ViewState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: renders a saved scene (a view-state file) to PNG, a PDF handout page, GeoJSON or
 * KML, with no window and no JavaFX toolkit (Java2D and PDFBox draw; AWT runs headless), so it runs
 * on a server with no display. Exit codes as {@code validate}'s: 0 written, 1 failed (a malformed
 * scene, with its located problems; a file that could not be written), 2 bad usage.
 *
 * <p>{@code --lecture} is part of the command's design (a lecture's scenes become the handout's
 * pages, {@link Page}) and is refused until this version reads lecture files.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Renders a scene file to PNG, PDF, GeoJSON or KML without a window. Exit 0 when written, "
                + "1 when the scene or the export fails, 2 on bad usage.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--scene", paramLabel = "FILE", description = "a scene (view-state) file to export")
    Path scene;

    @Option(names = "--lecture", paramLabel = "FILE", description = "a lecture file (not read by this version)")
    Path lecture;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "png, pdf, geojson or kml")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file to write (atomically)")
    Path out;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "1-4", description = "PNG: pixels per view pixel (default 1)")
    int scale;

    @Option(names = "--size", defaultValue = "1200x800", paramLabel = "WxH",
            description = "PNG: the map's size in view pixels (default 1200x800)")
    String size;

    @Option(names = "--title", paramLabel = "TEXT", description = "PNG and PDF: a title; GIS: the layer's name")
    String title;

    @Option(names = "--caption", paramLabel = "TEXT", description = "PNG and PDF: a caption under the map")
    String caption;

    @Option(names = "--byline", paramLabel = "TEXT", description = "PDF: who made the handout, and when")
    String byline;

    @Option(names = "--paper", defaultValue = "a4", paramLabel = "PAPER", description = "PDF: a4 (default) or letter")
    String paper;

    @Option(names = "--landscape", description = "PDF: landscape pages")
    boolean landscape;

    @Option(names = "--data", paramLabel = "DATASET_DIR", description = "the dataset folder (default: bundled)")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        // Java2D draws the PNG; it needs no display, and must not look for one.
        System.setProperty("java.awt.headless", "true");
        if (lecture != null) {
            throw new Cli.UsageException("--lecture: this version does not read lecture files yet; export each "
                    + "scene with --scene");
        }
        if (scene == null) {
            throw new Cli.UsageException("give the scene to export: --scene FILE");
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("png", "pdf", "geojson", "kml").contains(fmt)) {
            throw new Cli.UsageException("--format must be png, pdf, geojson or kml, not '" + format + "'");
        }
        if (scale < PngExport.MIN_SCALE || scale > PngExport.MAX_SCALE) {
            throw new Cli.UsageException("--scale must be 1 to 4, was " + scale);
        }
        int[] wh = size(size);
        PdfHandout.Paper pdfPaper = switch (paper.toLowerCase(Locale.ROOT)) {
            case "a4" -> PdfHandout.Paper.A4;
            case "letter" -> PdfHandout.Paper.LETTER;
            default -> throw new Cli.UsageException("--paper must be a4 or letter, not '" + paper + "'");
        };
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Cli.UsageException("--out " + out + ": the folder " + folder + " does not exist");
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new Cli.UsageException("no dataset folder at " + data);
        }
        ViewState state = ViewStateJson.read(scene);
        ExportContext ctx = ExportContext.load(data);
        Page page = new Page(state, title, caption, List.of());
        String name = title != null && !title.isBlank() ? title.strip()
                : scene.getFileName().toString().replaceFirst("(\\.scene)?\\.json$", "");
        switch (fmt) {
            case "png" -> PngExport.write(ctx, page, wh[0], wh[1], scale, out);
            case "pdf" -> PdfHandout.write(ctx, List.of(page), new PdfHandout.Options(pdfPaper, landscape, name, byline),
                    out);
            case "geojson" -> GisExport.writeGeoJson(ctx, state, name, out);
            default -> GisExport.writeKml(ctx, state, name, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + out);
        return Cli.OK;
    }

    static int[] size(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).strip().split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 200 && h >= 150 && w <= 4000 && h <= 4000) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the usage message
        }
        throw new Cli.UsageException("--size must be WIDTHxHEIGHT in pixels, 200x150 to 4000x4000, not '" + text + "'");
    }
}
