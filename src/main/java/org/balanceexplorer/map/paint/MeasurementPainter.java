package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.geo.GeodesicPath;
import org.locationtech.jts.geom.Geometry;

/**
 * Paints the measure tool: the first point while a measurement is begun (with a dashed line to
 * the pointer), and a measured geodesic with its end points and its distance and bearing.
 */
public final class MeasurementPainter {

    public static final TextStyle TEXT_STYLE = TextStyle.bold(12);

    private MeasurementPainter() {
    }

    /** "1,234.5 km, initial bearing 123.4°" */
    public static String text(GeodesicPath path) {
        return text(path, Words.ENGLISH);
    }

    /** A measurement's words in the language of {@code words}. */
    public static String text(GeodesicPath path, Words words) {
        return words.text("map.measure", path.distanceMeters() / 1000, path.initialBearingDeg());
    }

    /** A measurement begun: its first point, and the pointer if a line should follow it (either may be null). */
    public static void paintStart(Surface s, double[] start, double[] pointer) {
        if (start == null) {
            return;
        }
        s.setFill(s.theme().measure());
        s.fillOval(start[0] - 4, start[1] - 4, 8, 8);
        if (pointer != null) {
            s.setStroke(s.theme().measure());
            s.setLineWidth(1);
            s.setLineDashes(4, 4);
            s.beginPath();
            s.moveTo(start[0], start[1]);
            s.lineTo(pointer[0], pointer[1]);
            s.strokePath();
            s.setLineDashes();
        }
    }

    /**
     * Paints a measured path and its text beside its end point, on the first side where the text
     * covers nothing taken (a place or ring label) and stays in the view (above right, above left,
     * below right, below left); above right when none is free, since the measurement is what the
     * user is looking at.
     *
     * @param projected the path projected, or null where not visible
     * @param from      the start's view position, or null off the map
     * @param to        the end's view position, or null off the map
     * @param taken     labels to keep clear of
     * @return the room the text takes, or null when the end is off the map
     */
    public static Box paint(Surface s, Viewport v, GeodesicPath path, Geometry projected, double[] from, double[] to,
                            List<Box> taken) {
        return paint(s, v, path, projected, from, to, taken, Words.ENGLISH);
    }

    /** As {@link #paint(Surface, Viewport, GeodesicPath, Geometry, double[], double[], List)}, in the language of {@code words}. */
    public static Box paint(Surface s, Viewport v, GeodesicPath path, Geometry projected, double[] from, double[] to,
                            List<Box> taken, Words words) {
        s.setStroke(s.theme().measure());
        s.setLineWidth(2.5);
        s.setLineDashes();
        if (projected != null) {
            Shapes.draw(s, v, projected, false, true);
        }
        s.setFill(s.theme().measure());
        for (double[] p : new double[][] {from, to}) {
            if (p != null) {
                s.fillOval(p[0] - 4, p[1] - 4, 8, 8);
            }
        }
        if (to == null) {
            return null;
        }
        String text = text(path, words);
        TextMeasurer.TextSize size = s.measure(text, TEXT_STYLE);
        Box view = new Box(0, 0, v.width(), v.height());
        double[][] spots = {
            {to[0] + 8, to[1] - 8, 0}, {to[0] - 8, to[1] - 8, 1}, {to[0] + 8, to[1] + 18, 0}, {to[0] - 8, to[1] + 18, 1},
        };
        List<LabelPainter.Spot> candidates = new ArrayList<>();
        for (double[] c : spots) {
            TextAlign align = c[2] == 0 ? TextAlign.LEFT : TextAlign.RIGHT;
            candidates.add(new LabelPainter.Spot(c[0], c[1], align,
                    new LabelPlacement.Candidate(Box.ofText(size, c[0], c[1], align), view)));
        }
        LabelPainter.Label label = new LabelPainter.Label(text, TEXT_STYLE, s.theme().measure(), candidates);
        List<LabelPainter.Placed> placed = LabelPainter.place(List.of(label), new ArrayList<>(taken));
        LabelPainter.Placed chosen = placed.isEmpty() ? new LabelPainter.Placed(label, candidates.get(0)) : placed.get(0);
        LabelPainter.paint(s, List.of(chosen));
        return chosen.box();
    }
}
