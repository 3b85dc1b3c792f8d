package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balanceexplorer.export.ExportContext;
import org.balanceexplorer.export.Java2dSurface;
import org.balanceexplorer.export.MapRender;
import org.balanceexplorer.export.Page;
import org.balanceexplorer.export.PdfSurface;
import org.balanceexplorer.export.References;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export surfaces draw what the painters ask: the South Asia view is painted once through a
 * recorder that forwards every call to the surface under test (so labels are placed with that
 * surface's own measurements), then the image's pixels and the PDF's text are checked against the
 * recorded calls.
 */
class ExportSurfacesTest {

    private static final int W = 1000;
    private static final int H = 700;
    private static ExportContext ctx;
    private static MapRender.Prepared prepared;

    @BeforeAll
    static void prepare() {
        ctx = ExportContext.load(null);
        ViewState state = ViewState.initial().withShown("shaheen-3", true).withShown("agni-5", true);
        prepared = MapRender.prepare(ctx, new RingComputation(ctx.dataset(), ctx.territories()), Page.of(state), W, H,
                new References(ctx.dataset()), "the view");
    }

    private static RingOverlay shaheen() {
        return prepared.picture().rings().stream().filter(r -> r.systemId().equals("shaheen-3")).findFirst()
                .orElseThrow();
    }

    @Test
    void theJava2dImageHasTheRingColourWhereTheRingWasStroked() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        RecordingSurface rec = new RecordingSurface();
        MapPainter.Painted painted = MapPainter.paint(new Tee(new Java2dSurface(g), rec), prepared.picture());
        g.dispose();

        Rgba colour = shaheen().style().colour();
        List<double[]> points = new ArrayList<>();
        rec.strokes(colour, 2.2).forEach(c -> c.parts().forEach(points::addAll));
        assertThat(points).hasSizeGreaterThan(50);
        int onMap = 0;
        int matching = 0;
        for (double[] p : points) {
            int x = (int) Math.round(p[0]);
            int y = (int) Math.round(p[1]);
            if (x < 1 || y < 1 || x >= W - 1 || y >= H - 1 || painted.legend().frame().contains(x, y)) {
                continue;
            }
            onMap++;
            if (near(img, x, y, colour)) {
                matching++;
            }
        }
        // Labels may stand on the line here and there; nearly every vertex shows the ring's colour.
        assertThat(onMap).isGreaterThan(30);
        assertThat((double) matching / onMap).isGreaterThan(0.9);
    }

    private static boolean near(BufferedImage img, int x, int y, Rgba c) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int rgb = img.getRGB(x + dx, y + dy);
                double dr = ((rgb >> 16) & 0xff) / 255.0 - c.red();
                double dg = ((rgb >> 8) & 0xff) / 255.0 - c.green();
                double db = (rgb & 0xff) / 255.0 - c.blue();
                if (Math.sqrt(dr * dr + dg * dg + db * db) < 0.12) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void thePdfPageHoldsEveryLabelAsTextOnceAndTheMapAsVectorPaths() throws IOException {
        RecordingSurface rec = new RecordingSurface();
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            try (PdfSurface s = new PdfSurface(doc, new PDPageContentStream(doc, page), new PdfSurface.Fonts(doc), H)) {
                MapPainter.paint(new Tee(s, rec), prepared.picture());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            // Vector: nothing on the page is an image.
            assertThat(page.getResources().getXObjectNames()).isEmpty();
            String text = new PDFTextStripper().getText(doc);
            List<String> labels = rec.texts.stream().filter(t -> !t.colour().equals(MapColours.HALO))
                    .map(RecordingSurface.TextCall::text).toList();
            assertThat(labels).contains("Kathmandu", "Islamabad (representative point)");
            for (String label : labels) {
                assertThat(text).as("the page's text").contains(label);
            }
            // Each label's halo was drawn eight times as text by the painters; the page holds the label once.
            assertThat(text.split("Kathmandu", -1)).hasSize(2);
        }
    }

    /** Forwards every call to a surface and records it too; measures as the surface does. */
    private record Tee(Surface target, RecordingSurface rec) implements Surface {
        @Override public TextSize measure(String text, TextStyle style) {
            return target.measure(text, style);
        }
        @Override public void save() { target.save(); rec.save(); }
        @Override public void restore() { target.restore(); rec.restore(); }
        @Override public void scale(double sx, double sy) { target.scale(sx, sy); rec.scale(sx, sy); }
        @Override public void translate(double dx, double dy) { target.translate(dx, dy); rec.translate(dx, dy); }
        @Override public void clipRect(double x, double y, double w, double h) {
            target.clipRect(x, y, w, h);
            rec.clipRect(x, y, w, h);
        }
        @Override public void clearRect(double x, double y, double w, double h) {
            target.clearRect(x, y, w, h);
            rec.clearRect(x, y, w, h);
        }
        @Override public void setFill(Rgba c) { target.setFill(c); rec.setFill(c); }
        @Override public void setStroke(Rgba c) { target.setStroke(c); rec.setStroke(c); }
        @Override public void setLineWidth(double w) { target.setLineWidth(w); rec.setLineWidth(w); }
        @Override public void setLineDashes(double... d) { target.setLineDashes(d); rec.setLineDashes(d); }
        @Override public void setLineCap(LineCap c) { target.setLineCap(c); rec.setLineCap(c); }
        @Override public void setLineJoin(LineJoin j) { target.setLineJoin(j); rec.setLineJoin(j); }
        @Override public void beginPath() { target.beginPath(); rec.beginPath(); }
        @Override public void moveTo(double x, double y) { target.moveTo(x, y); rec.moveTo(x, y); }
        @Override public void lineTo(double x, double y) { target.lineTo(x, y); rec.lineTo(x, y); }
        @Override public void closePath() { target.closePath(); rec.closePath(); }
        @Override public void fillPath() { target.fillPath(); rec.fillPath(); }
        @Override public void strokePath() { target.strokePath(); rec.strokePath(); }
        @Override public void fillRect(double x, double y, double w, double h) {
            target.fillRect(x, y, w, h);
            rec.fillRect(x, y, w, h);
        }
        @Override public void strokeRect(double x, double y, double w, double h) {
            target.strokeRect(x, y, w, h);
            rec.strokeRect(x, y, w, h);
        }
        @Override public void fillOval(double x, double y, double w, double h) {
            target.fillOval(x, y, w, h);
            rec.fillOval(x, y, w, h);
        }
        @Override public void strokeOval(double x, double y, double w, double h) {
            target.strokeOval(x, y, w, h);
            rec.strokeOval(x, y, w, h);
        }
        @Override public void fillText(String text, double x, double y, TextStyle style, TextAlign align) {
            target.fillText(text, x, y, style, align);
            rec.fillText(text, x, y, style, align);
        }
    }
}
