package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;

/** Places free-standing labels (ring labels, the measurement's text) and paints them on their halo. */
public final class LabelPainter {

    private LabelPainter() {
    }

    /**
     * A place a label's text may be drawn at.
     *
     * @param x         the text's x (see {@code align})
     * @param baselineY its baseline
     * @param align     how it stands on x
     * @param candidate the room it would take, and the bound it must keep to
     */
    public record Spot(double x, double baselineY, TextAlign align, LabelPlacement.Candidate candidate) {
    }

    /**
     * A label with the spots it may take, in order of preference.
     *
     * @param text   what it says
     * @param style  its font
     * @param colour its text colour
     * @param spots  where it may go
     */
    public record Label(String text, TextStyle style, Rgba colour, List<Spot> spots) {
        public Label {
            spots = List.copyOf(spots);
        }
    }

    /**
     * A label placed.
     *
     * @param label the label
     * @param spot  the spot it took
     */
    public record Placed(Label label, Spot spot) {
        /** The room it takes. */
        public Box box() {
            return spot.candidate().box();
        }
    }

    /**
     * Places labels in order, each at its first spot that is free ({@link LabelPlacement}); a label
     * with no free spot is left out.
     *
     * @param taken room already taken; what is placed is appended
     */
    public static List<Placed> place(List<Label> labels, List<Box> taken) {
        List<LabelPlacement.Request> requests = new ArrayList<>(labels.size());
        for (Label l : labels) {
            requests.add(LabelPlacement.Request.label(l.spots().stream().map(Spot::candidate).toList()));
        }
        List<LabelPlacement.Placement> placements = LabelPlacement.place(requests, taken);
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            LabelPlacement.Placement p = placements.get(i);
            if (p.labelled()) {
                out.add(new Placed(labels.get(i), labels.get(i).spots().get(p.candidate())));
            }
        }
        return out;
    }

    public static void paint(Surface s, List<Placed> placed) {
        for (Placed p : placed) {
            Shapes.haloText(s, p.label().text(), p.label().style(), p.spot().x(), p.spot().baselineY(),
                    p.spot().align(), p.label().colour());
        }
    }
}
