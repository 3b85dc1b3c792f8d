package org.balanceexplorer.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.balanceexplorer.data.LectureJson;
import org.balanceexplorer.data.SceneJson;
import org.balanceexplorer.data.ViewStateJson;
import org.balanceexplorer.export.ExportContext;
import org.balanceexplorer.export.GisExport;
import org.balanceexplorer.export.Page;
import org.balanceexplorer.export.PdfHandout;
import org.balanceexplorer.export.PngExport;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.Scene;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: renders a saved scene (a view-state file) to PNG, a PDF handout page, GeoJSON or
 * KML, with no window and no JavaFX toolkit (Java2D and PDFBox draw; AWT runs headless), so it runs
 * on a server with no display. Exit codes as {@code validate}'s: 0 written, 1 failed (a malformed
 * scene, with its located problems; a file that could not be written), 2 bad usage.
 *
 * <p>{@code --scene} reads a scene saved from the window ({@code *.scene.json}, its title and
 * caption used unless {@code --title}/{@code --caption} are given) or a bare view-state file.
 * {@code --lecture} exports a lecture: a PDF handout of one page per scene (title, caption, the
 * claims it cites on the references pages), or, for PNG, GeoJSON and KML, one file per scene named
 * {@code OUT-01.png}, {@code OUT-02.png}, ... beside {@code --out}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Renders a scene file to PNG, PDF, GeoJSON or KML without a window. Exit 0 when written, "
                + "1 when the scene or the export fails, 2 on bad usage.")
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--scene", paramLabel = "FILE", description = "a scene (view-state) file to export")
    Path scene;

    @Option(names = "--lecture", paramLabel = "FILE",
            description = "a lecture file: a PDF of one page per scene, or one PNG/GeoJSON/KML per scene (OUT-01, OUT-02, ...)")
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
        if ((scene == null) == (lecture == null)) {
            throw new Cli.UsageException("give one thing to export: --scene FILE or --lecture FILE");
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
        // A missing dataset folder is a dataset problem (exit 1), as for every command.
        List<Page> pages = lecture != null ? lecturePages(LectureJson.read(lecture)) : List.of(scenePage(scene));
        String name = title != null && !title.isBlank() ? title.strip()
                : lectureTitle != null ? lectureTitle
                : (lecture != null ? lecture : scene).getFileName().toString().replaceFirst("(\\.scene|\\.lecture)?\\.json$", "");
        ExportContext ctx = ExportContext.load(data);
        PrintWriter o = spec.commandLine().getOut();
        if (fmt.equals("pdf")) {
            PdfHandout.write(ctx, pages, new PdfHandout.Options(pdfPaper, landscape, name,
                    byline != null ? byline : lectureByline), out);
            o.println("wrote " + out + (pages.size() > 1 ? " (" + pages.size() + " scenes)" : ""));
            return Cli.OK;
        }
        for (int i = 0; i < pages.size(); i++) {
            Path file = pages.size() == 1 ? out : numbered(out, i + 1);
            Page page = pages.get(i);
            String layer = pages.size() == 1 ? name : name + " \u2014 " + page.title();
            switch (fmt) {
                case "png" -> PngExport.write(ctx, page, wh[0], wh[1], scale, file);
                case "geojson" -> GisExport.writeGeoJson(ctx, page.state(), layer, file);
                default -> GisExport.writeKml(ctx, page.state(), layer, file);
            }
            o.println("wrote " + file);
        }
        return Cli.OK;
    }

    private String lectureTitle;
    private String lectureByline;

    /** A saved scene (its title and caption unless given) or a bare view-state file. */
    private Page scenePage(Path file) {
        if (SceneJson.isScene(file)) {
            Scene s = SceneJson.read(file);
            return new Page(s.view(), title != null ? title : s.title(), caption != null ? caption : s.caption(),
                    List.of());
        }
        return new Page(ViewStateJson.read(file), title, caption, List.of());
    }

    /** One page per scene of a lecture, with the claims each cites. */
    private List<Page> lecturePages(Lecture l) {
        lectureTitle = l.title();
        lectureByline = l.byline().isBlank() ? null : l.byline();
        List<Page> out = new java.util.ArrayList<>();
        for (LectureScene s : l.scenes()) {
            out.add(new Page(s.view(), s.title(), s.caption(), s.claimIds()));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the lecture '" + l.title() + "' has no scenes to export");
        }
        return out;
    }

    /** {@code map.png} as {@code map-01.png}. */
    static Path numbered(Path out, int n) {
        String file = out.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        String ext = dot > 0 ? file.substring(dot) : "";
        return out.resolveSibling(String.format(Locale.ROOT, "%s-%02d%s", stem, n, ext));
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
