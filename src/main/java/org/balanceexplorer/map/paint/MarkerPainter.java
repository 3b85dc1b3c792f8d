package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.balanceexplorer.model.GeoPoint;

/**
 * Places and paints the markers: launch points (a diamond), capitals (a square) and cities (a
 * dot), each with its name beside it where there is room.
 */
public final class MarkerPainter {

    /** Pixels between a marker's centre and its label: clears the symbol's 9 px room and the label's 2 px margin. */
    public static final double LABEL_GAP = 8;
    /** The side of the square a symbol takes. */
    public static final double SYMBOL_ROOM = 9;

    private MarkerPainter() {
    }

    /**
     * A marker as placed on screen.
     *
     * @param marker     the marker
     * @param x          its symbol's centre
     * @param y          its symbol's centre
     * @param labelShown whether its label found room
     * @param bounds     the room its label takes (where it was tried last when not shown)
     * @param style      its label's font
     */
    public record Placed(Marker marker, double x, double y, boolean labelShown, Box bounds, TextStyle style) {
        /** The room its symbol takes. */
        public Box symbolRoom() {
            return Box.around(x, y, SYMBOL_ROOM);
        }
    }

    /** Launch points first, then capitals, then cities; within each, those inside a ring first. */
    public static final Comparator<Marker> PRIORITY = Comparator.comparingInt((Marker m) -> m.kind().rank())
            .thenComparing(m -> !m.highlighted());

    /** The font of a marker's label. */
    public static TextStyle styleOf(Marker m) {
        return switch (m.kind()) {
            case CITY -> TextStyle.regular(11);
            case CAPITAL -> TextStyle.bold(11);
            case LAUNCH_POINT -> TextStyle.bold(12);
            case REFERENCE_POINT -> TextStyle.regular(11);
        };
    }

    /**
     * Places markers in the order given (sort by {@link #PRIORITY} first): each takes room for its
     * symbol, then for its label, right of the symbol, else left. A lesser marker whose symbol
     * would land on room already taken (Rawalpindi beside Islamabad) is left out; launch points are
     * always drawn.
     *
     * @param project a point's projected coordinate, or null where the projection does not show it
     * @param taken   room already taken; what is placed is appended
     * @return the markers placed, in the order given
     */
    public static List<Placed> place(List<Marker> markers, Viewport v, Function<GeoPoint, Coordinate> project,
                                     TextMeasurer measurer, List<Box> taken) {
        List<Marker> onView = new ArrayList<>();
        List<LabelPlacement.Request> requests = new ArrayList<>();
        List<double[]> at = new ArrayList<>();
        Box right = new Box(-1e9, 0, 1e9 + v.width(), 2e9);
        Box left = new Box(0, 0, 2e9, 2e9);
        for (Marker m : markers) {
            Coordinate c = project.apply(m.location());
            if (c == null) {
                continue;
            }
            double sx = v.screenX(c.x);
            double sy = v.screenY(c.y);
            if (sx < 0 || sy < 0 || sx > v.width() || sy > v.height()) {
                continue;
            }
            TextMeasurer.TextSize size = measurer.measure(m.label(), styleOf(m));
            onView.add(m);
            at.add(new double[] {sx, sy});
            requests.add(new LabelPlacement.Request(Box.around(sx, sy, SYMBOL_ROOM),
                    m.kind() == Marker.Kind.LAUNCH_POINT, List.of(
                            new LabelPlacement.Candidate(Box.ofText(size, sx + LABEL_GAP, sy + 4, TextAlign.LEFT), right),
                            new LabelPlacement.Candidate(Box.ofText(size, sx - LABEL_GAP, sy + 4, TextAlign.RIGHT), left))));
        }
        List<LabelPlacement.Placement> placements = LabelPlacement.place(requests, taken);
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < onView.size(); i++) {
            LabelPlacement.Placement p = placements.get(i);
            if (!p.shown()) {
                continue;
            }
            LabelPlacement.Request r = requests.get(i);
            Box b = r.candidates().get(p.labelled() ? p.candidate() : 1).box();
            out.add(new Placed(onView.get(i), at.get(i)[0], at.get(i)[1], p.labelled(), b, styleOf(onView.get(i))));
        }
        return out;
    }

    /** Symbols first, then labels, so that no symbol covers a label. */
    public static void paint(Surface s, List<Placed> placed) {
        for (Placed p : placed) {
            symbol(s, p);
        }
        for (Placed p : placed) {
            if (p.labelShown()) {
                boolean onRight = p.bounds().x() >= p.x();
                Shapes.haloText(s, p.marker().label(), p.style(), onRight ? p.x() + LABEL_GAP : p.x() - LABEL_GAP,
                        p.y() + 4, onRight ? TextAlign.LEFT : TextAlign.RIGHT,
                        p.marker().highlighted() ? s.theme().highlightText() : s.theme().label());
            }
        }
    }

    private static void symbol(Surface s, Placed p) {
        Marker m = p.marker();
        double x = p.x();
        double y = p.y();
        switch (m.kind()) {
            case LAUNCH_POINT -> {
                s.setFill(s.theme().representative());
                s.setStroke(Rgba.WHITE);
                s.setLineWidth(1.5);
                double r = 7;
                s.beginPath();
                s.moveTo(x, y - r);
                s.lineTo(x + r, y);
                s.lineTo(x, y + r);
                s.lineTo(x - r, y);
                s.closePath();
                s.fillPath();
                s.strokePath();
            }
            case CAPITAL, CITY -> {
                boolean capital = m.kind() == Marker.Kind.CAPITAL;
                s.setFill(m.highlighted() ? s.theme().highlight() : Rgba.WHITE);
                s.setStroke(s.theme().label());
                s.setLineWidth(capital ? 1.5 : 1.2);
                if (capital) {
                    s.fillRect(x - 4, y - 4, 8, 8);
                    s.strokeRect(x - 4, y - 4, 8, 8);
                } else {
                    s.fillOval(x - 3.5, y - 3.5, 7, 7);
                    s.strokeOval(x - 3.5, y - 3.5, 7, 7);
                }
            }
            case REFERENCE_POINT -> {
                // A ring with a cross: a point measured from, not a place.
                s.setStroke(MapColours.REPRESENTATIVE);
                s.setLineWidth(2);
                s.strokeOval(x - 5, y - 5, 10, 10);
                s.beginPath();
                s.moveTo(x - 8, y);
                s.lineTo(x + 8, y);
                s.moveTo(x, y - 8);
                s.lineTo(x, y + 8);
                s.strokePath();
            }
            default -> throw new IllegalStateException("unknown marker kind " + m.kind());
        }
    }
}
