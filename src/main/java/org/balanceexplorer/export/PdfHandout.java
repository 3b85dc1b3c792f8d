package org.balanceexplorer.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.balanceexplorer.data.AtomicFiles;
import org.balanceexplorer.map.paint.MapColours;
import org.balanceexplorer.map.paint.MapPainter;
import org.balanceexplorer.map.paint.TextAlign;
import org.balanceexplorer.map.paint.TextStyle;
import org.balanceexplorer.state.RingComputation;

/**
 * A handout as a PDF: a page per {@link Page} (the handout's title and byline at the head, the
 * page's title, its map as vector paths with selectable text, its caption, the page number at the
 * foot), then references pages that resolve every number marked on a map (each ring's label carries
 * the numbers of the claims behind it) or in a caption: claimant, what is claimed, source, date,
 * address. The map is the very picture the window paints ({@link MapRender}, {@link MapPainter}),
 * drawn at {@value #MAP_VIEW_WIDTH} view pixels across and scaled to the page.
 *
 * <p>Thread safety: one export per call; safe on any thread (no toolkit).
 */
public final class PdfHandout {

    /** Paper sizes, in points. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }
    }

    /**
     * How the handout is set.
     *
     * @param paper     A4 or Letter
     * @param landscape whether the long side is across
     * @param title     the handout's title, on every page's head and in the file's properties
     * @param byline    who made it, and when (or an empty string)
     */
    public record Options(Paper paper, boolean landscape, String title, String byline) {
        public Options {
            Objects.requireNonNull(paper, "paper");
            title = title == null || title.isBlank() ? "South Asia Strategic Balance Explorer" : title.strip();
            byline = byline == null ? "" : byline.strip();
        }
    }

    /** The map's width in view pixels: it is drawn as the window would draw it this wide, then scaled to the page. */
    static final double MAP_VIEW_WIDTH = 900;
    private static final double MARGIN = 42;
    private static final TextStyle HEAD = TextStyle.bold(11);
    private static final TextStyle BYLINE = TextStyle.regular(8.5);
    private static final TextStyle PAGE_TITLE = TextStyle.bold(15);
    private static final TextStyle CAPTION = TextStyle.regular(10.5);
    private static final TextStyle FOOT = TextStyle.regular(8);
    private static final TextStyle REF_HEAD = TextStyle.bold(9);
    private static final TextStyle REF = TextStyle.regular(9);

    private PdfHandout() {
    }

    /**
     * Makes the handout.
     *
     * @param pages at least one
     * @return the PDF file's bytes
     * @throws IllegalArgumentException when there is no page, or a page cites a claim the dataset lacks
     */
    public static byte[] render(ExportContext ctx, List<Page> pages, Options options) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a handout needs at least one page");
        }
        PDRectangle size = options.landscape()
                ? new PDRectangle(options.paper().size.getHeight(), options.paper().size.getWidth())
                : options.paper().size;
        double pw = size.getWidth();
        double ph = size.getHeight();
        double textWidth = pw - 2 * MARGIN;
        References refs = new References(ctx.dataset());
        RingComputation computation = new RingComputation(ctx.dataset(), ctx.territories());

        // Lay out every page first: the references (and so the page count) depend on all of them.
        List<Laid> laid = new ArrayList<>();
        double top = MARGIN + TextBlock.height(1, HEAD) + TextBlock.height(options.byline().isEmpty() ? 0 : 1, BYLINE)
                + 8;
        double bottom = ph - MARGIN;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            List<String> title = page.title().isEmpty() ? List.of() : TextBlock.wrap(page.title(), PAGE_TITLE,
                    textWidth);
            double mapTop = top + TextBlock.height(title.size(), PAGE_TITLE) + (title.isEmpty() ? 0 : 6);
            // The caption's room is reserved from a first guess at the map's marks, then set for real.
            String captionGuess = page.caption() + " [00\u201300]";
            List<String> guess = TextBlock.wrap(captionGuess, CAPTION, textWidth);
            double captionRoom = page.caption().isEmpty() && page.citedClaimIds().isEmpty() ? 0
                    : TextBlock.height(guess.size(), CAPTION) + 10;
            double mapHeight = Math.min(textWidth * (options.landscape() ? 0.75 : 0.9),
                    bottom - 20 - captionRoom - mapTop);
            double k = textWidth / MAP_VIEW_WIDTH;
            String name = "page " + (i + 1) + (page.title().isEmpty() ? "" : " ('" + page.title() + "')");
            MapRender.Prepared p = MapRender.prepare(ctx, computation, page, MAP_VIEW_WIDTH, mapHeight / k, refs, name);
            String caption = (page.caption() + (p.cited().isEmpty() ? "" : " " + References.marks(p.cited()))).strip();
            laid.add(new Laid(title, p, mapTop, mapHeight, k,
                    caption.isEmpty() ? List.of() : TextBlock.wrap(caption, CAPTION, textWidth)));
        }
        List<List<String[]>> refPages = referencePages(refs.all(), textWidth, bottom - 20 - top - 24);
        int total = laid.size() + refPages.size();

        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(options.title());
            if (!options.byline().isEmpty()) {
                info.setAuthor(options.byline());
            }
            info.setCreator("South Asia Strategic Balance Explorer");
            PdfSurface.Fonts fonts = new PdfSurface.Fonts(doc);
            int number = 0;
            for (Laid l : laid) {
                number++;
                try (PdfSurface s = surface(doc, size, fonts)) {
                    head(s, options, pw, number, total);
                    double y = TextBlock.draw(s, l.title(), MARGIN, top, PAGE_TITLE, MapColours.LABEL);
                    s.save();
                    s.translate(MARGIN, l.mapTop());
                    s.scale(l.k(), l.k());
                    PngExport.paintMap(s, l.map(), 0, 0, MAP_VIEW_WIDTH, l.mapHeight() / l.k());
                    s.restore();
                    y = l.mapTop() + l.mapHeight() + 8;
                    TextBlock.draw(s, l.caption(), MARGIN, y, CAPTION, MapColours.LABEL);
                }
            }
            boolean first = true;
            for (List<String[]> refPage : refPages) {
                number++;
                try (PdfSurface s = surface(doc, size, fonts)) {
                    head(s, options, pw, number, total);
                    double y = top;
                    if (first) {
                        y = TextBlock.draw(s, List.of("References"), MARGIN, y, PAGE_TITLE, MapColours.LABEL);
                        y = TextBlock.draw(s, TextBlock.wrap("Numbers as marked on the maps (after each ring's "
                                + "name) and in the captions. Each is a claim of the claimant named, not a fact.", REF,
                                textWidth), MARGIN, y, REF, MapColours.MUTED) + 4;
                        first = false;
                    }
                    for (String[] line : refPage) {
                        if (line[0].equals("end")) {
                            y += 4;
                            continue;
                        }
                        TextStyle style = line[0].equals("h") ? REF_HEAD : REF;
                        y = TextBlock.draw(s, List.of(line[1]), MARGIN + (line[0].equals("h") ? 0 : 14), y, style,
                                line[0].equals("a") ? MapColours.MUTED : MapColours.LABEL);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the handout", e);
        }
    }

    /** A page laid out, before it is drawn. */
    private record Laid(List<String> title, MapRender.Prepared map, double mapTop, double mapHeight, double k,
                        List<String> caption) {
    }

    private static PdfSurface surface(PDDocument doc, PDRectangle size, PdfSurface.Fonts fonts) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        PDPageContentStream cs = new PDPageContentStream(doc, page);
        return new PdfSurface(doc, cs, fonts, size.getHeight());
    }

    private static void head(PdfSurface s, Options o, double pw, int number, int total) {
        double y = TextBlock.draw(s, List.of(o.title()), MARGIN, MARGIN - 14, HEAD, MapColours.LABEL);
        if (!o.byline().isEmpty()) {
            TextBlock.draw(s, List.of(o.byline()), MARGIN, y, BYLINE, MapColours.MUTED);
        }
        double ph = s.pageHeight();
        s.setFill(MapColours.MUTED);
        s.fillText(String.format(Locale.ROOT, "page %d of %d", number, total), pw - MARGIN, ph - MARGIN + 16, FOOT,
                TextAlign.RIGHT);
        s.fillText("Natural Earth basemap (public domain), de facto boundaries; GeoNames places (CC BY 4.0)", MARGIN,
                ph - MARGIN + 16, FOOT, TextAlign.LEFT);
    }

    /**
     * The references, broken into lines and pages: per reference a heading line ("3. ISPR, as
     * reported by Dawn"), what is claimed, the source and date, the address.
     *
     * @return per page, its lines as (kind, text): "h" heading, "t" text, "a" address, "end" after a reference
     */
    private static List<List<String[]>> referencePages(List<References.Reference> refs, double width, double room) {
        List<List<String[]>> pages = new ArrayList<>();
        List<String[]> page = new ArrayList<>();
        double used = 40; // the first page's heading and note
        for (References.Reference r : refs) {
            List<String[]> lines = new ArrayList<>();
            TextBlock.wrap(r.number() + ". " + r.claimant(), REF_HEAD, width).forEach(t -> lines.add(new String[] {"h", t}));
            TextBlock.wrap(r.what(), REF, width - 14).forEach(t -> lines.add(new String[] {"t", t}));
            TextBlock.wrap(r.sourceText() + " \u2014 " + r.date(), REF, width - 14)
                    .forEach(t -> lines.add(new String[] {"t", t}));
            if (!r.address().isEmpty()) {
                TextBlock.wrap(r.address(), REF, width - 14).forEach(t -> lines.add(new String[] {"a", t}));
            }
            double h = lines.size() * REF.size() * TextBlock.LEADING + 4;
            if (used + h > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.addAll(lines);
            page.add(new String[] {"end", ""});
            used += h;
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** Makes the handout and writes it to a file atomically. */
    public static void write(ExportContext ctx, List<Page> pages, Options options, Path target) throws IOException {
        AtomicFiles.write(target, render(ctx, pages, options));
    }
}
