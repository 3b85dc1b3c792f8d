package org.balanceexplorer.state;

/** The corner of the map the legend sits in. */
public enum LegendCorner {
    /** Bottom left: where the app puts it first. */
    BOTTOM_LEFT,
    /** Bottom right. */
    BOTTOM_RIGHT,
    /** Top left. */
    TOP_LEFT,
    /** Top right. */
    TOP_RIGHT
}
