package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Paints range rings: for each, its territory envelope, its claim band, the ring of its headline
 * range, a thin ring per claimed range and the naive circle, as the options asked. Areas are
 * filled (when {@code fill}) and their true outlines stroked (never the edges a cut added at the
 * antimeridian, a pole or a globe's horizon). Also says where each ring's labels may go; they are
 * placed with every other label ({@link LabelPlacement}) and drawn by {@link LabelPainter}.
 */
public final class RingPainter {

    /** Rings, bands and envelopes are shaded while at most this many systems are shown: past a few, only outlines. */
    public static final int MAX_FILLED_RINGS = 8;
    /** The font of ring labels. */
    public static final TextStyle LABEL_STYLE = TextStyle.bold(12);

    private RingPainter() {
    }

    /**
     * Paints a set of rings.
     *
     * @param projected each ring's projected parts (null: not projected yet, skipped)
     * @param fill      whether areas are shaded (see {@link #MAX_FILLED_RINGS})
     */
    public static void paint(Surface s, Viewport v, List<RingOverlay> rings,
                             Function<RingOverlay, ProjectedCache.ProjectedRing> projected, boolean fill) {
        Envelope visible = v.visible();
        for (RingOverlay ring : rings) {
            ProjectedCache.ProjectedRing pr = projected.apply(ring);
            if (pr == null) {
                continue;
            }
            RingStyle style = s.theme().ringStyle(ring.styleIndex());
            Rgba c = style.colour();
            // The territory envelope, then the band from the lowest to the highest claim.
            shaded(s, v, visible, fill ? pr.envelope() : null, pr.envelopeOutline(), c.derive(1, 0.08),
                    c.derive(1, 0.7), 1.2, 2, 3);
            shaded(s, v, visible, fill ? pr.band() : null, pr.bandOutline(), c.derive(1, 0.16), c.derive(1, 0.55),
                    1, 5, 4);
            if (visible(pr.mainOutline(), visible)) {
                area(s, v, fill, pr.main(), c.derive(1, 0.07));
                s.setStroke(c);
                s.setLineWidth(2.2);
                s.setLineDashes(style.dashes());
                Shapes.draw(s, v, pr.mainOutline(), false, true);
            }
            s.setStroke(c.derive(0.8, 0.9));
            s.setLineWidth(1.2);
            s.setLineDashes(1, 3);
            for (Geometry line : pr.claimRingLines()) {
                if (visible(line, visible)) {
                    Shapes.draw(s, v, line, false, true);
                }
            }
            if (visible(pr.naiveLine(), visible)) {
                s.setStroke(s.theme().naive());
                s.setLineWidth(1.6);
                s.setLineDashes(8, 5);
                Shapes.draw(s, v, pr.naiveLine(), false, true);
            }
            s.setLineDashes();
        }
    }

    private static boolean visible(Geometry g, Envelope visible) {
        return g != null && !g.isEmpty() && g.getEnvelopeInternal().intersects(visible);
    }

    /** An area shaded (when given) and its outline stroked dashed, if the outline is in view. */
    private static void shaded(Surface s, Viewport v, Envelope visible, Geometry area, Geometry outline, Rgba fill,
                               Rgba stroke, double width, double... dashes) {
        if (visible(outline, visible)) {
            area(s, v, area != null, area, fill);
            s.setStroke(stroke);
            s.setLineWidth(width);
            s.setLineDashes(dashes);
            Shapes.draw(s, v, outline, false, true);
        }
    }

    private static void area(Surface s, Viewport v, boolean fill, Geometry area, Rgba colour) {
        if (fill && area != null) {
            s.setFill(colour);
            Shapes.draw(s, v, area, true, false);
        }
    }

    /**
     * Where the labels of a set of rings may go, in order: each ring's own label, then one per
     * claimed range. A label may stand at the ring's top-most visible point, else its bottom-most,
     * east-most or west-most one, kept within the view; a ring with no visible point has no
     * label request.
     */
    public static List<LabelPainter.Label> labels(Viewport v, List<RingOverlay> rings,
                                                  Function<RingOverlay, ProjectedCache.ProjectedRing> projected,
                                                  TextMeasurer measurer) {
        List<LabelPainter.Label> out = new ArrayList<>();
        // Labels take their ring's colour in the palette of the surface that measures them.
        MapTheme theme = measurer instanceof Surface surface ? surface.theme() : MapTheme.LIGHT;
        for (RingOverlay ring : rings) {
            ProjectedCache.ProjectedRing pr = projected.apply(ring);
            if (pr == null) {
                continue;
            }
            Rgba c = theme.ringStyle(ring.styleIndex()).colour();
            if (pr.mainOutline() != null && pr.mainOutline().getEnvelopeInternal().intersects(v.visible())) {
                label(v, ring.label(), pr.mainOutline(), c.darker(), measurer, out);
            }
            for (int i = 0; i < pr.claimRingLines().size() && i < ring.claimRings().size(); i++) {
                Geometry line = pr.claimRingLines().get(i);
                if (line != null && line.getEnvelopeInternal().intersects(v.visible())) {
                    label(v, ring.claimRings().get(i).label(), line, c.derive(0.7, 1).darker(), measurer, out);
                }
            }
        }
        return out;
    }

    private static void label(Viewport v, String text, Geometry line, Rgba colour, TextMeasurer measurer,
                              List<LabelPainter.Label> out) {
        TextMeasurer.TextSize size = measurer.measure(text, LABEL_STYLE);
        double half = size.width() / 2;
        Coordinate top = null;
        Coordinate bottom = null;
        Coordinate east = null;
        Coordinate west = null;
        for (Coordinate p : line.getCoordinates()) {
            double sx = v.screenX(p.x);
            double sy = v.screenY(p.y);
            if (sx < 0 || sx > v.width() || sy < 0 || sy > v.height()) {
                continue;
            }
            top = top == null || sy < v.screenY(top.y) ? p : top;
            bottom = bottom == null || sy > v.screenY(bottom.y) ? p : bottom;
            east = east == null || sx > v.screenX(east.x) ? p : east;
            west = west == null || sx < v.screenX(west.x) ? p : west;
        }
        if (top == null) {
            return;
        }
        double[][] anchors = {
            {v.screenX(top.x), v.screenY(top.y) - 5},
            {v.screenX(bottom.x), v.screenY(bottom.y) + size.height()},
            {v.screenX(east.x) - half - 6, v.screenY(east.y) + 4},
            {v.screenX(west.x) + half + 6, v.screenY(west.y) + 4},
        };
        List<LabelPainter.Spot> spots = new ArrayList<>();
        for (double[] a : anchors) {
            double sx = Math.max(half + 4, Math.min(v.width() - half - 4, a[0]));
            double sy = Math.max(size.height(), Math.min(v.height() - 4, a[1]));
            spots.add(new LabelPainter.Spot(sx, sy, TextAlign.CENTER,
                    LabelPlacement.Candidate.anywhere(Box.ofText(size, sx, sy, TextAlign.CENTER))));
        }
        out.add(new LabelPainter.Label(text, LABEL_STYLE, colour, spots));
    }
}
