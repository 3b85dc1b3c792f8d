package org.balanceexplorer.map;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balanceexplorer.map.paint.MapTheme;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.Surface;
import org.balanceexplorer.map.paint.TextAlign;
import org.balanceexplorer.map.paint.TextStyle;

/**
 * The painters' {@link Surface} over a JavaFX canvas's {@link GraphicsContext}: the screen's
 * adapter. Text is measured as a {@link Text} node lays it out, so that labels placed here fit
 * what the canvas draws.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class FxSurface implements Surface {

    /** Measures label text; one node serves every measurement. */
    private static final Text MEASURE = new Text();
    private static final Map<TextStyle, Font> FONTS = new HashMap<>();
    /** Measured sizes by text and style: labels repeat from frame to frame (a drag re-places them each step). */
    private static final Map<Measured, TextSize> SIZES = new HashMap<>();
    private static final int MAX_SIZES = 4096;

    private record Measured(String text, TextStyle style) {
    }

    private final GraphicsContext g;
    private final MapTheme theme;

    public FxSurface(GraphicsContext g) {
        this(g, MapTheme.LIGHT, 1);
    }

    /**
     * A surface that paints in a theme, at a UI scale: one unit of the painters is {@code uiScale}
     * pixels of the canvas, so lines, symbols and text grow while staying vector-sharp.
     *
     * @param uiScale canvas pixels per painter unit, positive (1 for 100 %)
     */
    public FxSurface(GraphicsContext g, MapTheme theme, double uiScale) {
        if (!(uiScale > 0)) {
            throw new IllegalArgumentException("uiScale must be positive, was " + uiScale);
        }
        this.g = g;
        this.theme = java.util.Objects.requireNonNull(theme, "theme");
        g.setTransform(uiScale, 0, 0, uiScale, 0, 0);
        g.setFillRule(FillRule.EVEN_ODD);
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public MapTheme theme() {
        return theme;
    }

    /** The JavaFX colour of an {@link Rgba}. */
    public static Color fx(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    /** The family the map's words are set in: the platform's, or a language's shipped face. */
    private static volatile String family = "System";

    /**
     * Sets the map's words in a family (Urdu's Naskh face, say: the platform's fallback for Arabic
     * lacks Urdu's own letter forms); null for the platform's. FX thread, before the map paints.
     * A canvas lays text out left to right (its own orientation, and the map is never mirrored), so
     * the Urdu words the painters use avoid mixing numbers and brackets into Urdu phrases.
     */
    public static void useFamily(String newFamily) {
        String f = newFamily == null ? "System" : newFamily;
        if (!f.equals(family)) {
            family = f;
            FONTS.clear();
            SIZES.clear();
        }
    }

    static Font font(TextStyle style) {
        return FONTS.computeIfAbsent(style, s -> s.bold() ? Font.font(family, FontWeight.BOLD, s.size())
                : Font.font(family, s.size()));
    }

    @Override
    public TextSize measure(String text, TextStyle style) {
        Measured key = new Measured(text, style);
        TextSize known = SIZES.get(key);
        if (known != null) {
            return known;
        }
        MEASURE.setText(text);
        MEASURE.setFont(font(style));
        javafx.geometry.Bounds b = MEASURE.getLayoutBounds();
        TextSize size = new TextSize(b.getWidth(), b.getHeight());
        if (SIZES.size() >= MAX_SIZES) {
            SIZES.clear();
        }
        SIZES.put(key, size);
        return size;
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
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
    public void clipRect(double x, double y, double width, double height) {
        g.beginPath();
        g.rect(x, y, width, height);
        g.clip();
        g.beginPath();
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        g.clearRect(x, y, width, height);
    }

    @Override
    public void setFill(Rgba colour) {
        g.setFill(fx(colour));
    }

    @Override
    public void setStroke(Rgba colour) {
        g.setStroke(fx(colour));
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        g.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setLineCap(LineCap cap) {
        g.setLineCap(switch (cap) {
            case BUTT -> StrokeLineCap.BUTT;
            case ROUND -> StrokeLineCap.ROUND;
            case SQUARE -> StrokeLineCap.SQUARE;
        });
    }

    @Override
    public void setLineJoin(LineJoin join) {
        g.setLineJoin(switch (join) {
            case MITER -> StrokeLineJoin.MITER;
            case ROUND -> StrokeLineJoin.ROUND;
            case BEVEL -> StrokeLineJoin.BEVEL;
        });
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fillPath() {
        g.fill();
    }

    @Override
    public void strokePath() {
        g.stroke();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        g.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        g.strokeRect(x, y, width, height);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        g.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        g.strokeOval(x, y, width, height);
    }

    @Override
    public void fillText(String text, double x, double baselineY, TextStyle style, TextAlign align) {
        g.setFont(font(style));
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.fillText(text, x, baselineY);
    }
}
