package org.balanceexplorer.map.paint;

import java.util.function.BiFunction;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.model.GeoPoint;

/**
 * The scale bar: a bar of a round length, measured geodesically across the centre of the view,
 * with a note that it holds there only (no projection offered keeps one scale across a map this
 * size). It stands 20 px from the right edge and 24 px up from the bottom.
 */
public final class ScaleBarPainter {

    static final TextStyle LENGTH_STYLE = TextStyle.regular(11);
    static final TextStyle NOTE_STYLE = TextStyle.regular(10);

    private ScaleBarPainter() {
    }

    /**
     * A scale bar.
     *
     * @param km its length on the ground
     * @param px its length on screen
     * @param x0 its left end
     * @param y0 its line's height
     * @param words the language of its length and note
     */
    public record ScaleBar(double km, double px, double x0, double y0, Words words) {

        public String length() {
            return words.text("map.scale.length", km);
        }

        /** The note under it: the scale holds at the centre only. */
        public String note() {
            return words.text("map.scale.note");
        }

        /** The room it takes, its texts included, for labels to keep clear of. */
        public Box room(TextMeasurer measurer) {
            Box length = Box.ofText(measurer.measure(length(), LENGTH_STYLE), x0 + px / 2, y0 - 6, TextAlign.CENTER);
            Box note = Box.ofText(measurer.measure(note(), NOTE_STYLE), x0 + px, y0 + 14, TextAlign.RIGHT);
            double minX = Math.min(x0 - 2, Math.min(length.x(), note.x()));
            double minY = Math.min(y0 - 6, length.y());
            double maxX = Math.max(x0 + px + 2, Math.max(length.maxX(), note.maxX()));
            double maxY = Math.max(y0 + 6, note.maxY());
            return new Box(minX, minY, maxX - minX, maxY - minY);
        }
    }

    /**
     * The scale bar for a view, or null when the centre is off the map (beside the globe).
     *
     * @param toGeographic the geographic point under a view position, or null off the map
     */
    public static ScaleBar of(Viewport v, BiFunction<Double, Double, GeoPoint> toGeographic) {
        return of(v, toGeographic, Words.ENGLISH);
    }

    /** The scale bar for a view, its texts in the language of {@code words}. */
    public static ScaleBar of(Viewport v, BiFunction<Double, Double, GeoPoint> toGeographic, Words words) {
        double cx = v.width() / 2;
        double cy = v.height() / 2;
        GeoPoint a = toGeographic.apply(cx - 50, cy);
        GeoPoint b = toGeographic.apply(cx + 50, cy);
        if (a == null || b == null) {
            return null;
        }
        double kmPer100px = Geodesy.inverse(a, b).distanceMeters() / 1000;
        if (!(kmPer100px > 0)) {
            return null;
        }
        double target = kmPer100px * 1.5;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double nice = target / pow >= 5 ? 5 * pow : target / pow >= 2 ? 2 * pow : pow;
        double px = nice / kmPer100px * 100;
        return new ScaleBar(nice, px, v.width() - px - 20, v.height() - 24, words);
    }

    public static void paint(Surface s, ScaleBar bar) {
        double x0 = bar.x0();
        double y0 = bar.y0();
        double px = bar.px();
        s.setStroke(s.theme().label());
        s.setLineWidth(2);
        s.setLineDashes();
        line(s, x0, y0, x0 + px, y0);
        line(s, x0, y0 - 4, x0, y0 + 4);
        line(s, x0 + px, y0 - 4, x0 + px, y0 + 4);
        Shapes.haloText(s, bar.length(), LENGTH_STYLE, x0 + px / 2, y0 - 6, TextAlign.CENTER, s.theme().label());
        Shapes.haloText(s, bar.note(), NOTE_STYLE, x0 + px, y0 + 14, TextAlign.RIGHT, s.theme().label());
    }

    private static void line(Surface s, double x0, double y0, double x1, double y1) {
        s.beginPath();
        s.moveTo(x0, y0);
        s.lineTo(x1, y1);
        s.strokePath();
    }
}
