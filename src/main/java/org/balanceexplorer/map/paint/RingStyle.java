package org.balanceexplorer.map.paint;

/**
 * How a system's ring looks: a colour of a {@link RingPalette} (by default the Okabe-Ito colours,
 * distinguishable under the common colour-vision deficiencies), then a dash pattern once the
 * palette's colours are used.
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

    public RingStyle {
        dashes = dashes.clone();
    }

    /** The style for a style index in the standard palette; indices past 21 wrap round. */
    public static RingStyle of(int styleIndex) {
        return RingPalette.STANDARD.style(styleIndex);
    }

    /** How many distinct styles the standard palette has. */
    public static int count() {
        return RingPalette.STANDARD.count();
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
