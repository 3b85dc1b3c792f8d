package org.balanceexplorer.map;

import javafx.scene.paint.Color;

/**
 * Ring colours: the Okabe-Ito palette, distinguishable under the common colour-vision
 * deficiencies (Okabe and Ito, "Color Universal Design", 2008). Yellow is left out: it does not
 * read on a light map.
 */
public final class Palette {

    private static final Color[] COLOURS = {
        Color.web("#0072B2"), // blue
        Color.web("#D55E00"), // vermillion
        Color.web("#009E73"), // bluish green
        Color.web("#CC79A7"), // reddish purple
        Color.web("#E69F00"), // orange
        Color.web("#56B4E9"), // sky blue
        Color.web("#000000"), // black
    };

    private Palette() {
    }

    /** The colour for an index; indices wrap around. */
    public static Color colour(int index) {
        return COLOURS[Math.floorMod(index, COLOURS.length)];
    }

    public static int size() {
        return COLOURS.length;
    }
}
