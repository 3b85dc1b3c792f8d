package org.balanceexplorer.export;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.balanceexplorer.map.paint.MapColours;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.Surface;
import org.balanceexplorer.map.paint.TextAlign;
import org.balanceexplorer.map.paint.TextStyle;

/**
 * The painters' {@link Surface} over a PDFBox page content stream: the map as vector paths and its
 * text as text (selectable, searchable, in the embedded export typeface, {@link ExportFonts}).
 *
 * <h2>How the calls map</h2>
 * <ul>
 *   <li>The page's y axis points up; the constructor flips it once, so painters keep drawing with
 *       y downwards from a top-left origin, in points. Text is set with a text matrix that flips it
 *       back upright.</li>
 *   <li>A path is kept until it is filled or stroked, and written out for each: in PDF a path is
 *       consumed by the operator that paints it, while painters fill and then stroke the same one.
 *       Fills are even-odd ({@code f*}).</li>
 *   <li>Opacity goes into an extended graphics state (fill and stroke alpha), one per value.</li>
 *   <li>Ovals are four Bézier curves; a cleared rectangle is painted white.</li>
 *   <li>Label halos: painters draw a halo as the label's text filled in the halo colour at eight
 *       small offsets. As text, a PDF would hold each label nine times (and copying it would give
 *       nine copies), so here the halo is drawn once, as the glyphs' outlines stroked in white under
 *       the label, as paths that no text extraction sees.</li>
 * </ul>
 *
 * <p>Thread safety: one thread at a time. Close it (or the content stream) before saving the document.
 */
public final class PdfSurface implements Surface, AutoCloseable {

    /** Half the halo's width each side of a glyph's outline, as the painters' offsets (1.2 px). */
    private static final float HALO_WIDTH = 2.4f;
    /** Bézier control-point distance for a quarter circle. */
    private static final double KAPPA = 0.5522847498;

    /** The typeface embedded in one document, regular and bold. */
    public static final class Fonts {
        private final PDType0Font regular;
        private final PDType0Font bold;

        /**
         * Embeds the export typeface (as subsets) in a document. Glyph substitution (GSUB) is off:
         * with it, PDFBox sets "fi" as the ligature glyph, which text extraction gives back as U+FB01,
         * so a search for "fires" in the handout would miss; and the widths would no longer be those
         * {@link ExportFonts} measured.
         */
        public Fonts(PDDocument doc) {
            regular = load(doc, false);
            bold = load(doc, true);
        }

        private static PDType0Font load(PDDocument doc, boolean bold) {
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ExportFonts.trueType(bold)));
                ttf.setEnableGsub(false);
                doc.registerTrueTypeFontForClosing(ttf);
                return PDType0Font.load(doc, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException("could not embed the export typeface", e);
            }
        }

        PDType0Font of(TextStyle style) {
            return style.bold() ? bold : regular;
        }
    }

    private record Segment(char op, double x, double y) {
    }

    private record Halo(String text, TextStyle style, TextAlign align, double x, double baselineY) {
    }

    private final PDPageContentStream cs;
    private final Fonts fonts;
    private final double pageHeight;
    private final Map<Float, PDExtendedGraphicsState> fillAlphas = new HashMap<>();
    private final Map<Float, PDExtendedGraphicsState> strokeAlphas = new HashMap<>();
    private final List<Segment> path = new ArrayList<>();
    private Rgba fill = Rgba.BLACK;
    /** The fill colour at each {@link #save()}: restored with the page's graphics state. */
    private final java.util.ArrayDeque<Rgba> savedFills = new java.util.ArrayDeque<>();
    private Halo pendingHalo;

    /**
     * A surface on a page whose content stream is open.
     *
     * @param doc        the document the page belongs to
     * @param cs         the page's content stream, closed by {@link #close()}
     * @param fonts      the typeface embedded in {@code doc}
     * @param pageHeight the page's height in points (for the flip of the y axis)
     */
    public PdfSurface(PDDocument doc, PDPageContentStream cs, Fonts fonts, double pageHeight) {
        Objects.requireNonNull(doc, "doc");
        this.cs = Objects.requireNonNull(cs, "cs");
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.pageHeight = pageHeight;
        run(() -> cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    /** A PDF operation that may fail with an I/O error, rethrown unchecked (the stream writes to memory). */
    @FunctionalInterface
    private interface Op {
        void run() throws IOException;
    }

    private static void run(Op op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write to the PDF page", e);
        }
    }

    @Override
    public TextSize measure(String text, TextStyle style) {
        return ExportFonts.measure(text, style);
    }

    @Override
    public void save() {
        flushHalo();
        savedFills.push(fill);
        run(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        flushHalo();
        fill = savedFills.pop();
        run(cs::restoreGraphicsState);
    }

    @Override
    public void scale(double sx, double sy) {
        run(() -> cs.transform(Matrix.getScaleInstance((float) sx, (float) sy)));
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> cs.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        run(() -> {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.clip();
        });
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        flushHalo();
        run(() -> {
            cs.saveGraphicsState();
            cs.setGraphicsStateParameters(alpha(fillAlphas, 1f, true));
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
            cs.restoreGraphicsState();
        });
    }

    @Override
    public void setFill(Rgba c) {
        fill = c;
        if (c.equals(MapColours.HALO)) {
            return; // a halo's colour is set when the halo is drawn
        }
        run(() -> {
            cs.setNonStrokingColor((float) c.red(), (float) c.green(), (float) c.blue());
            cs.setGraphicsStateParameters(alpha(fillAlphas, (float) c.alpha(), true));
        });
    }

    @Override
    public void setStroke(Rgba c) {
        run(() -> {
            cs.setStrokingColor((float) c.red(), (float) c.green(), (float) c.blue());
            cs.setGraphicsStateParameters(alpha(strokeAlphas, (float) c.alpha(), false));
        });
    }

    private PDExtendedGraphicsState alpha(Map<Float, PDExtendedGraphicsState> known, float a, boolean forFill) {
        return known.computeIfAbsent(a, v -> {
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            if (forFill) {
                gs.setNonStrokingAlphaConstant(v);
            } else {
                gs.setStrokingAlphaConstant(v);
            }
            return gs;
        });
    }

    @Override
    public void setLineWidth(double w) {
        run(() -> cs.setLineWidth((float) w));
    }

    @Override
    public void setLineDashes(double... d) {
        float[] pattern = new float[d == null ? 0 : d.length];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (float) d[i];
        }
        run(() -> cs.setLineDashPattern(pattern, 0));
    }

    @Override
    public void setLineCap(LineCap c) {
        run(() -> cs.setLineCapStyle(switch (c) {
            case BUTT -> 0;
            case ROUND -> 1;
            case SQUARE -> 2;
        }));
    }

    @Override
    public void setLineJoin(LineJoin j) {
        run(() -> cs.setLineJoinStyle(switch (j) {
            case MITER -> 0;
            case ROUND -> 1;
            case BEVEL -> 2;
        }));
    }

    @Override
    public void beginPath() {
        path.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        path.add(new Segment('m', x, y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.add(new Segment(path.isEmpty() ? 'm' : 'l', x, y));
    }

    @Override
    public void closePath() {
        if (!path.isEmpty()) {
            path.add(new Segment('h', 0, 0));
        }
    }

    private void writePath() throws IOException {
        for (Segment s : path) {
            switch (s.op()) {
                case 'm' -> cs.moveTo((float) s.x(), (float) s.y());
                case 'l' -> cs.lineTo((float) s.x(), (float) s.y());
                default -> cs.closePath();
            }
        }
    }

    @Override
    public void fillPath() {
        flushHalo();
        if (path.isEmpty()) {
            return;
        }
        run(() -> {
            writePath();
            cs.fillEvenOdd();
        });
    }

    @Override
    public void strokePath() {
        flushHalo();
        if (path.isEmpty()) {
            return;
        }
        run(() -> {
            writePath();
            cs.stroke();
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        flushHalo();
        run(() -> {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        flushHalo();
        run(() -> {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            cs.stroke();
        });
    }

    private void oval(double x, double y, double w, double h) throws IOException {
        float rx = (float) (w / 2);
        float ry = (float) (h / 2);
        float cx = (float) (x + rx);
        float cy = (float) (y + ry);
        float kx = (float) (KAPPA * rx);
        float ky = (float) (KAPPA * ry);
        cs.moveTo(cx + rx, cy);
        cs.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        cs.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        cs.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        cs.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        cs.closePath();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        flushHalo();
        run(() -> {
            oval(x, y, w, h);
            cs.fill();
        });
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        flushHalo();
        run(() -> {
            oval(x, y, w, h);
            cs.stroke();
        });
    }

    @Override
    public void fillText(String text, double x, double baselineY, TextStyle style, TextAlign align) {
        if (fill.equals(MapColours.HALO)) {
            Halo h = pendingHalo;
            if (h == null || !h.text().equals(text) || !h.style().equals(style) || h.align() != align) {
                flushHalo();
                pendingHalo = new Halo(text, style, align, x, baselineY);
            }
            return;
        }
        Halo h = pendingHalo;
        pendingHalo = null;
        if (h != null) {
            boolean same = h.text().equals(text) && h.style().equals(style) && h.align() == align;
            drawHalo(same ? new Halo(text, style, align, x, baselineY) : h);
        }
        String t = ExportFonts.printable(text);
        float left = (float) left(t, x, style, align);
        run(() -> {
            cs.beginText();
            cs.setFont(fonts.of(style), (float) style.size());
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, left, (float) baselineY));
            cs.showText(t);
            cs.endText();
        });
    }

    private static double left(String t, double x, TextStyle style, TextAlign align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - ExportFonts.measure(t, style).width() / 2;
            case RIGHT -> x - ExportFonts.measure(t, style).width();
        };
    }

    private void flushHalo() {
        Halo h = pendingHalo;
        pendingHalo = null;
        if (h != null) {
            drawHalo(h);
        }
    }

    /** The halo as the glyphs' outlines, filled and stroked wide in the halo's white: paths, not text. */
    private void drawHalo(Halo h) {
        String t = ExportFonts.printable(h.text());
        Shape outline = ExportFonts.font(h.style()).createGlyphVector(ExportFonts.CONTEXT, t)
                .getOutline((float) left(t, h.x(), h.style(), h.align()), (float) h.baselineY());
        run(() -> {
            cs.saveGraphicsState();
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.setStrokingColor(1f, 1f, 1f);
            cs.setGraphicsStateParameters(alpha(fillAlphas, 1f, true));
            cs.setGraphicsStateParameters(alpha(strokeAlphas, 1f, false));
            cs.setLineWidth(HALO_WIDTH);
            cs.setLineJoinStyle(1);
            cs.setLineDashPattern(new float[0], 0);
            writeShape(outline);
            cs.fillAndStrokeEvenOdd();
            cs.restoreGraphicsState();
        });
    }

    private void writeShape(Shape shape) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic as a cubic: control points two thirds of the way to the quadratic's.
                    cs.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> cs.closePath();
            }
        }
    }

    /** Draws any halo still waiting and closes the content stream. */
    @Override
    public void close() {
        flushHalo();
        run(cs::close);
    }

    /** The page's height in points. */
    double pageHeight() {
        return pageHeight;
    }
}
