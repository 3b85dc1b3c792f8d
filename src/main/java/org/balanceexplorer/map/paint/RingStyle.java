package org.balanceexplorer.map.paint;

import java.util.List;

/**
 * How a system's ring looks: a colour of the Okabe-Ito palette, distinguishable under the common
 * colour-vision deficiencies (Okabe and Ito, "Color Universal Design", 2008; yellow left out, it
 * does not read on a light map), then a dash pattern once the seven colours are used.
 *
 * <p>The style comes from a system's <em>style index</em>: its position among its own country's
 * systems in the dataset. Every ring from one launch point is of one country, so no two of them
 * look alike (seven colours times three patterns: 21 styles, and no country has more systems), and
 * each system keeps its style whatever else is shown.
 *
 * @param colour the line's colour
 * @param dashes the main ring's dash pattern, pixels on and off; empty for a solid line
 */
public record RingStyle(Rgba colour, double[] dashes) {

    private static final List<Rgba> COLOURS = List.of(
            Rgba.web("#0072B2"), // blue
            Rgba.web("#D55E00"), // vermillion
            Rgba.web("#009E73"), // bluish green
            Rgba.web("#CC79A7"), // reddish purple
            Rgba.web("#E69F00"), // orange
            Rgba.web("#56B4E9"), // sky blue
            Rgba.web("#000000")); // black
    /** Solid, long dashes, dash-dot: each reads at the main ring's 2.2 px width. */
    private static final double[][] DASHES = {{}, {10, 4}, {10, 3, 2, 3}};

    public RingStyle {
        dashes = dashes.clone();
    }

    /** The style for a style index; indices past 21 wrap round. */
    public static RingStyle of(int styleIndex) {
        int i = Math.floorMod(styleIndex, COLOURS.size() * DASHES.length);
        return new RingStyle(COLOURS.get(i % COLOURS.size()), DASHES[i / COLOURS.size()]);
    }

    /** How many distinct styles there are. */
    public static int count() {
        return COLOURS.size() * DASHES.length;
    }

    @Override
    public double[] dashes() {
        return dashes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RingStyle r && r.colour.equals(colour) && java.util.Arrays.equals(r.dashes, dashes);
    }

    @Override
    public int hashCode() {
        return colour.hashCode() * 31 + java.util.Arrays.hashCode(dashes);
    }

    @Override
    public String toString() {
        return "RingStyle[" + colour.hex() + ", " + java.util.Arrays.toString(dashes) + "]";
    }
}
