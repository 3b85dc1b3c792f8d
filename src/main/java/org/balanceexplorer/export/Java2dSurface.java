package org.balanceexplorer.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.Surface;
import org.balanceexplorer.map.paint.TextAlign;
import org.balanceexplorer.map.paint.TextStyle;

/**
 * The painters' {@link Surface} over a Java2D {@link Graphics2D}, for PNG exports and the headless
 * command line: antialiased shapes and text, paths filled even-odd, text in the bundled export
 * typeface ({@link ExportFonts}), which is also what measures it. No JavaFX toolkit is needed, nor a
 * display ({@code java.awt.headless} is enough).
 *
 * <p>Java2D has no save/restore of its whole state, so this adapter keeps a stack of its own
 * (colours, stroke, transform, clip). A cleared rectangle is painted white (an image has no layers
 * below it).
 *
 * <p>Thread safety: one thread at a time.
 */
public final class Java2dSurface implements Surface {

    private record State(Color fill, Color stroke, float width, float[] dashes, int cap, int join,
                         AffineTransform transform, Shape clip) {
    }

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float width = 1;
    private float[] dashes;
    private int cap = BasicStroke.CAP_SQUARE;
    private int join = BasicStroke.JOIN_MITER;
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);

    /** A surface over a graphics context (antialiasing is switched on here). */
    public Java2dSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
    }

    /**
     * A white RGB image of a size in pixels, with a surface over it scaled by {@code scale} (so the
     * painters keep drawing in view pixels).
     *
     * @param width  view width, pixels at 1x, positive
     * @param height view height, pixels at 1x, positive
     * @param scale  1 to 4
     */
    public static BufferedImage image(int width, int height, double scale) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("width and height must be positive, were " + width + " x " + height);
        }
        return new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
    }

    static Color awt(Rgba c) {
        return new Color((float) c.red(), (float) c.green(), (float) c.blue(), (float) c.alpha());
    }

    @Override
    public TextSize measure(String text, TextStyle style) {
        return ExportFonts.measure(text, style);
    }

    @Override
    public void save() {
        saved.push(new State(fill, stroke, width, dashes, cap, join, g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        fill = s.fill();
        stroke = s.stroke();
        width = s.width();
        dashes = s.dashes();
        cap = s.cap();
        join = s.join();
        g.setTransform(s.transform());
        g.setClip(s.clip());
        applyStroke();
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void setFill(Rgba colour) {
        fill = awt(colour);
    }

    @Override
    public void setStroke(Rgba colour) {
        stroke = awt(colour);
    }

    @Override
    public void setLineWidth(double w) {
        width = (float) w;
        applyStroke();
    }

    @Override
    public void setLineDashes(double... d) {
        if (d == null || d.length == 0 || java.util.Arrays.stream(d).allMatch(v -> v == 0)) {
            dashes = null;
        } else {
            dashes = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                dashes[i] = (float) d[i];
            }
        }
        applyStroke();
    }

    @Override
    public void setLineCap(LineCap c) {
        cap = switch (c) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        applyStroke();
    }

    @Override
    public void setLineJoin(LineJoin j) {
        join = switch (j) {
            case MITER -> BasicStroke.JOIN_MITER;
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
        };
        applyStroke();
    }

    private void applyStroke() {
        g.setStroke(new BasicStroke(width, cap, join, 10f, dashes, 0f));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void fillPath() {
        g.setColor(fill);
        g.fill(path);
    }

    @Override
    public void strokePath() {
        g.setColor(stroke);
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.setColor(stroke);
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.setColor(stroke);
        g.draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillText(String text, double x, double baselineY, TextStyle style, TextAlign align) {
        String t = ExportFonts.printable(text);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - measure(t, style).width() / 2;
            case RIGHT -> x - measure(t, style).width();
        };
        g.setColor(fill);
        g.setFont(ExportFonts.font(style));
        g.drawString(t, (float) left, (float) baselineY);
    }
}
