package org.balanceexplorer.map;

import javafx.scene.paint.Color;
import org.balanceexplorer.map.paint.RingStyle;

/** Ring colours as JavaFX colours, for views beside the map (the systems list); see {@link RingStyle}. */
public final class Palette {

    private Palette() {
    }

    /** The colour of a style index's ring. */
    public static Color colour(int styleIndex) {
        return FxSurface.fx(RingStyle.of(styleIndex).colour());
    }
}
