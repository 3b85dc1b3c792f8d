package org.balanceexplorer.map.paint;

/**
 * What the painters draw on: paths, fills, strokes, dashes, text, a clip and a transform, and
 * nothing more. One adapter per target: the screen's canvases ({@code map.FxSurface} over a
 * JavaFX {@code GraphicsContext}), and, for exports, a Java2D image and a PDF page, which use the
 * same calls (a path is moveTo/lineTo/closePath, filled even-odd; text is one line at a baseline;
 * state is saved and restored as a stack, as in Java2D, PDFBox's content stream and the canvas).
 *
 * <p>Coordinates are view pixels, y downwards, before the surface's own transform. Colours are
 * {@link Rgba}; a dash pattern of no values is a solid line.
 *
 * <p>Thread safety: an adapter is used from one thread at a time (the screen's from the FX thread).
 */
public interface Surface extends TextMeasurer {

    /** Line ends. */
    enum LineCap { BUTT, ROUND, SQUARE }

    /** Line joins. */
    enum LineJoin { MITER, ROUND, BEVEL }

    /**
     * The colours and ring palette painters draw in on this surface; {@link MapTheme#LIGHT} unless
     * the surface was given another (the screen's follows its stylesheet and the user's palette).
     */
    default MapTheme theme() {
        return MapTheme.LIGHT;
    }

    /** Pushes the drawing state (colours, line style, clip, transform). */
    void save();

    /** Pops the drawing state pushed by the matching {@link #save()}. */
    void restore();

    /** Scales what follows about the origin (an export at 2x scales by 2). */
    void scale(double sx, double sy);

    /** Moves what follows. */
    void translate(double dx, double dy);

    /** Limits what follows to a rectangle (intersected with the clip in force). */
    void clipRect(double x, double y, double width, double height);

    /** Makes a rectangle transparent (on the screen's layers) or paper-white (on a page). */
    void clearRect(double x, double y, double width, double height);

    void setFill(Rgba colour);

    void setStroke(Rgba colour);

    void setLineWidth(double width);

    /** Dash lengths, on and off alternately, in pixels; none for a solid line. */
    void setLineDashes(double... dashes);

    void setLineCap(LineCap cap);

    void setLineJoin(LineJoin join);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Fills the current path with the even-odd rule (holes stay holes). */
    void fillPath();

    void strokePath();

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** Draws one line of text with its baseline at {@code baselineY}. */
    void fillText(String text, double x, double baselineY, TextStyle style, TextAlign align);
}
