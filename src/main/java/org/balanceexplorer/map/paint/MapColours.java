package org.balanceexplorer.map.paint;

/** The map's colours in the default (light) theme. */
public final class MapColours {
    /** Behind the map: outside the world's outline (round the globe, past Mercator's cut). */
    public static final Rgba BACKDROP = Rgba.web("#f7f7f7");
    public static final Rgba SEA = Rgba.web("#dfeaf2");
    public static final Rgba LAND = Rgba.web("#f4f1ea");
    public static final Rgba LAND_FOCUS = Rgba.web("#e9dfc7");
    public static final Rgba BORDER = Rgba.web("#8a8577");
    public static final Rgba GRATICULE = Rgba.web("#b9c7d3");
    public static final Rgba LABEL = Rgba.web("#2b2b2b");
    public static final Rgba MUTED = Rgba.web("#5f5f5f");
    public static final Rgba HIGHLIGHT = Rgba.web("#D55E00");
    public static final Rgba HIGHLIGHT_TEXT = Rgba.web("#8a3200");
    public static final Rgba REPRESENTATIVE = Rgba.web("#222222");
    /** Disputed lines: dashed, in a purple no ring colour uses at full strength. */
    public static final Rgba DISPUTED = Rgba.web("#7b2d8e");
    public static final Rgba MEASURE = Rgba.web("#1a1a1a");
    public static final Rgba NAIVE = Rgba.web("#555555");
    /** The white halo behind labels, slightly see-through. */
    public static final Rgba HALO = new Rgba(1, 1, 1, 0.8);
    /** The legend's panel: white, nearly opaque, with a grey edge. */
    public static final Rgba LEGEND_BACKGROUND = new Rgba(1, 1, 1, 0.92);
    public static final Rgba LEGEND_EDGE = Rgba.web("#b0b0b0");

    private MapColours() {
    }
}
