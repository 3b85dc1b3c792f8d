package org.balanceexplorer.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.balanceexplorer.data.AtomicFiles;
import org.balanceexplorer.map.paint.MapColours;
import org.balanceexplorer.map.paint.MapPainter;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.Surface;
import org.balanceexplorer.map.paint.TextStyle;
import org.balanceexplorer.state.RingComputation;

/**
 * A page as a PNG image: its title (if any), the map as the window paints it (legend, scale bar,
 * labels; each ring's label with the numbers of the claims behind it), the caption (if any) with the
 * numbers of the claims it cites, and a footer listing those numbers: claimant, source, date. The
 * view's size is in pixels at 1x; the image is that times the scale (1 to 4), drawn, not enlarged.
 *
 * <p>Thread safety: one export per call; safe on any thread (no toolkit).
 */
public final class PngExport {

    /** The smallest and largest scale offered. */
    public static final int MIN_SCALE = 1;
    public static final int MAX_SCALE = 4;

    static final TextStyle TITLE = TextStyle.bold(16);
    static final TextStyle CAPTION = TextStyle.regular(13);
    static final TextStyle FOOTER_HEADING = TextStyle.bold(11);
    static final TextStyle FOOTER = TextStyle.regular(10);
    static final double MARGIN = 12;
    /**
     * The PNG writer's "quality" 0.8 is deflate level 1 (the JDK maps quality q to level (1 - q) x 9):
     * measured on a 2x South Asia picture, about half the default level's time for a file about 11 %
     * larger.
     */
    private static final float FAST_DEFLATE_QUALITY = 0.8f;
    static final String ATTRIBUTION = "Map: South Asia Strategic Balance Explorer. Basemap: Natural Earth (public "
            + "domain), de facto boundaries. Places: GeoNames (CC BY 4.0). Every figure is a claim of the source "
            + "listed; rings are geodesic on WGS 84 around representative points, not launch sites.";

    private PngExport() {
    }

    /**
     * Draws a page.
     *
     * @param width  the map's width in pixels at 1x, positive
     * @param height the map's height in pixels at 1x, positive
     * @param scale  {@value #MIN_SCALE} to {@value #MAX_SCALE}
     * @throws IllegalArgumentException on a scale or size out of range, or a cited claim the dataset lacks
     */
    public static BufferedImage render(ExportContext ctx, Page page, int width, int height, int scale) {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            throw new IllegalArgumentException("the scale must be 1 to 4, was " + scale);
        }
        if (width < 200 || height < 150 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("the size must be 200x150 to 4000x4000 pixels, was " + width + "x"
                    + height);
        }
        References refs = new References(ctx.dataset());
        MapRender.Prepared p = MapRender.prepare(ctx, new RingComputation(ctx.dataset(), ctx.territories()), page,
                width, height, refs, page.title().isEmpty() ? "the view" : "'" + page.title() + "'");
        double textWidth = width - 2 * MARGIN;
        List<String> title = page.title().isEmpty() ? List.of() : TextBlock.wrap(page.title(), TITLE, textWidth);
        String captionText = page.caption() + (p.cited().isEmpty() ? "" : " " + References.marks(p.cited()));
        List<String> caption = captionText.isBlank() ? List.of() : TextBlock.wrap(captionText.strip(), CAPTION,
                textWidth);
        List<String> footer = new ArrayList<>();
        for (References.Reference r : refs.all()) {
            footer.addAll(TextBlock.wrap(r.line(), FOOTER, textWidth));
        }
        List<String> attribution = TextBlock.wrap(ATTRIBUTION, FOOTER, textWidth);

        double top = title.isEmpty() ? 0 : MARGIN + TextBlock.height(title.size(), TITLE) + MARGIN / 2;
        double below = MARGIN + (caption.isEmpty() ? 0 : TextBlock.height(caption.size(), CAPTION) + MARGIN / 2)
                + (footer.isEmpty() ? 0 : TextBlock.height(1, FOOTER_HEADING) + TextBlock.height(footer.size(), FOOTER)
                + MARGIN / 2) + TextBlock.height(attribution.size(), FOOTER) + MARGIN;
        int totalHeight = (int) Math.ceil(top + height + below);
        BufferedImage image = Java2dSurface.image(width, totalHeight, scale);
        Graphics2D g = image.createGraphics();
        try {
            Java2dSurface s = new Java2dSurface(g);
            s.scale(scale, scale);
            s.setFill(Rgba.WHITE);
            s.fillRect(0, 0, width, totalHeight);
            if (!title.isEmpty()) {
                TextBlock.draw(s, title, MARGIN, MARGIN, TITLE, MapColours.LABEL);
            }
            paintMap(s, p, 0, top, width, height);
            double y = top + height + MARGIN;
            if (!caption.isEmpty()) {
                y = TextBlock.draw(s, caption, MARGIN, y, CAPTION, MapColours.LABEL) + MARGIN / 2;
            }
            if (!footer.isEmpty()) {
                y = TextBlock.draw(s, List.of("Sources (numbers as marked on the map and in the caption)"), MARGIN, y,
                        FOOTER_HEADING, MapColours.LABEL);
                y = TextBlock.draw(s, footer, MARGIN, y, FOOTER, MapColours.LABEL) + MARGIN / 2;
            }
            TextBlock.draw(s, attribution, MARGIN, y, FOOTER, MapColours.MUTED);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints a prepared map into a rectangle of a surface, clipped to it. */
    static MapPainter.Painted paintMap(Surface s, MapRender.Prepared p, double x, double y, double w, double h) {
        s.save();
        s.translate(x, y);
        s.clipRect(0, 0, w, h);
        MapPainter.Painted painted = MapPainter.paint(s, p.picture());
        s.restore();
        s.setStroke(MapColours.LEGEND_EDGE);
        s.setLineWidth(0.75);
        s.setLineDashes();
        s.strokeRect(x, y, w, h);
        return painted;
    }

    /** The image as PNG bytes. */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(FAST_DEFLATE_QUALITY);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Draws a page and writes it to a file atomically. */
    public static void write(ExportContext ctx, Page page, int width, int height, int scale, Path target)
            throws IOException {
        AtomicFiles.write(target, encode(render(ctx, page, width, height, scale)));
    }
}
