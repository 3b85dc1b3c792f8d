package org.balanceexplorer.map.paint;

import java.util.Objects;

/**
 * The colours a picture of the map is painted in, and its ring palette. The screen builds one from
 * its stylesheet (a theme is a stylesheet: {@code map.MapThemeCss} reads the map's colours from
 * CSS); pictures made without a window use {@link #LIGHT}, the colours of {@link MapColours}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param backdrop         behind the map, outside the world's outline
 * @param sea              the sea
 * @param land             countries
 * @param landFocus        countries with systems in the dataset (tinted)
 * @param border           country borders
 * @param graticule        the graticule
 * @param label            labels and the scale bar
 * @param muted            secondary legend text
 * @param highlight        places within range
 * @param highlightText    labels of places within range
 * @param representative   representative (launch) points
 * @param disputed         disputed lines
 * @param measure          the measure tool
 * @param naive            the naive flat circle
 * @param halo             the halo behind labels
 * @param legendBackground the legend's panel
 * @param legendEdge       the legend's edge
 * @param palette          the ring palette
 */
public record MapTheme(Rgba backdrop, Rgba sea, Rgba land, Rgba landFocus, Rgba border, Rgba graticule, Rgba label,
                       Rgba muted, Rgba highlight, Rgba highlightText, Rgba representative, Rgba disputed,
                       Rgba measure, Rgba naive, Rgba halo, Rgba legendBackground, Rgba legendEdge,
                       RingPalette palette) {

    /** The default (light) colours with the standard palette. */
    public static final MapTheme LIGHT = new MapTheme(MapColours.BACKDROP, MapColours.SEA, MapColours.LAND,
            MapColours.LAND_FOCUS, MapColours.BORDER, MapColours.GRATICULE, MapColours.LABEL, MapColours.MUTED,
            MapColours.HIGHLIGHT, MapColours.HIGHLIGHT_TEXT, MapColours.REPRESENTATIVE, MapColours.DISPUTED,
            MapColours.MEASURE, MapColours.NAIVE, MapColours.HALO, MapColours.LEGEND_BACKGROUND,
            MapColours.LEGEND_EDGE, RingPalette.STANDARD);

    public MapTheme {
        Objects.requireNonNull(backdrop, "backdrop");
        Objects.requireNonNull(sea, "sea");
        Objects.requireNonNull(land, "land");
        Objects.requireNonNull(landFocus, "landFocus");
        Objects.requireNonNull(border, "border");
        Objects.requireNonNull(graticule, "graticule");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(muted, "muted");
        Objects.requireNonNull(highlight, "highlight");
        Objects.requireNonNull(highlightText, "highlightText");
        Objects.requireNonNull(representative, "representative");
        Objects.requireNonNull(disputed, "disputed");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(naive, "naive");
        Objects.requireNonNull(halo, "halo");
        Objects.requireNonNull(legendBackground, "legendBackground");
        Objects.requireNonNull(legendEdge, "legendEdge");
        Objects.requireNonNull(palette, "palette");
    }

    /** The same colours with another ring palette. */
    public MapTheme withPalette(RingPalette p) {
        return new MapTheme(backdrop, sea, land, landFocus, border, graticule, label, muted, highlight, highlightText,
                representative, disputed, measure, naive, halo, legendBackground, legendEdge, p);
    }

    /** A ring's style in this theme's palette. */
    public RingStyle ringStyle(int styleIndex) {
        return palette.style(styleIndex);
    }
}
