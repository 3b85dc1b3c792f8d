package org.balanceexplorer.map.paint;

import java.util.List;

/**
 * The colours and dash patterns ring styles are drawn from. A style index takes the palette's
 * colours first, then its next dash pattern once every colour is used, so each palette gives at
 * least 21 distinct styles (no country of the dataset has more systems).
 *
 * <h2>Colour vision</h2>
 * Both palettes are checked by {@code RingPaletteColourVisionTest} against the simulation of
 * protanopia, deuteranopia and tritanopia of Machado, Oliveira and Fernandes (2009, severity 1),
 * with colour differences in CIEDE2000:
 * <ul>
 * <li>{@link #STANDARD}: seven Okabe-Ito colours (Okabe and Ito, "Color Universal Design", 2008;
 *     yellow left out, it does not read on a light map). Its closest pair under a simulation is
 *     10.9 (reddish purple and orange, tritanopia); its closest pair for normal vision is 22.2.</li>
 * <li>{@link #COLOUR_BLIND_SAFE}: five colours chosen from the Okabe-Ito and Paul Tol sets so that
 *     every pair stays at least 20 apart for normal vision and under each of the three simulations
 *     (closest: 21.3), and five dash patterns to tell more rings apart without colour.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum RingPalette {

    /** Okabe-Ito without yellow, three dash patterns: the default. */
    STANDARD(List.of(
            Rgba.web("#0072B2"), // blue
            Rgba.web("#D55E00"), // vermillion
            Rgba.web("#009E73"), // bluish green
            Rgba.web("#CC79A7"), // reddish purple
            Rgba.web("#E69F00"), // orange
            Rgba.web("#56B4E9"), // sky blue
            Rgba.web("#000000")), // black
            new double[][] {{}, {10, 4}, {10, 3, 2, 3}}),

    /**
     * Fewer colours, further apart under every common colour-vision deficiency, and more dash
     * patterns: orange and sky blue (Okabe-Ito), black, Tol's indigo, and brown.
     */
    COLOUR_BLIND_SAFE(List.of(
            Rgba.web("#E69F00"), // orange
            Rgba.web("#56B4E9"), // sky blue
            Rgba.web("#000000"), // black
            Rgba.web("#332288"), // indigo (Tol)
            Rgba.web("#994F00")), // brown
            new double[][] {{}, {10, 4}, {10, 3, 2, 3}, {3, 3}, {14, 4, 2, 4, 2, 4}});

    private final List<Rgba> colours;
    private final double[][] dashes;

    RingPalette(List<Rgba> colours, double[][] dashes) {
        this.colours = colours;
        this.dashes = dashes;
    }

    /** The palette's colours, in the order style indices take them. */
    public List<Rgba> colours() {
        return colours;
    }

    /** How many distinct styles there are (colours times dash patterns). */
    public int count() {
        return colours.size() * dashes.length;
    }

    /** The style for a style index (0 or more); indices past {@link #count()} wrap round. */
    public RingStyle style(int styleIndex) {
        int i = Math.floorMod(styleIndex, count());
        return new RingStyle(colours.get(i % colours.size()), dashes[i / colours.size()]);
    }
}
