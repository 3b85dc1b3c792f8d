package org.balanceexplorer.map;

import javafx.scene.paint.Color;

/** The map's colours in the default (light) theme. */
final class MapColours {
    /** Behind the map: outside the world's outline (round the globe, past Mercator's cut). */
    static final Color BACKDROP = Color.web("#f7f7f7");
    static final Color SEA = Color.web("#dfeaf2");
    static final Color LAND = Color.web("#f4f1ea");
    static final Color LAND_FOCUS = Color.web("#e9dfc7");
    static final Color BORDER = Color.web("#8a8577");
    static final Color GRATICULE = Color.web("#b9c7d3");
    static final Color LABEL = Color.web("#2b2b2b");
    static final Color HIGHLIGHT = Color.web("#D55E00");
    static final Color HIGHLIGHT_TEXT = Color.web("#8a3200");
    static final Color REPRESENTATIVE = Color.web("#222222");
    /** Disputed lines: dashed, in a purple no ring colour uses at full strength. */
    static final Color DISPUTED = Color.web("#7b2d8e");
    static final Color MEASURE = Color.web("#1a1a1a");

    private MapColours() {
    }
}
