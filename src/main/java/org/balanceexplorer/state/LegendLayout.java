package org.balanceexplorer.state;

import java.util.Objects;

/**
 * Where the legend is and whether it is folded away.
 *
 * @param corner    the corner of the map it sits in, non-null
 * @param collapsed whether it shows only its title
 */
public record LegendLayout(LegendCorner corner, boolean collapsed) {

    /** Bottom left, expanded: what the app starts with. */
    public static final LegendLayout DEFAULT = new LegendLayout(LegendCorner.BOTTOM_LEFT, false);

    public LegendLayout {
        Objects.requireNonNull(corner, "corner");
    }
}
