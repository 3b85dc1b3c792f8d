package org.balanceexplorer.state;

/** The corner of the map the legend sits in. */
public enum LegendCorner {
    BOTTOM_LEFT,
    BOTTOM_RIGHT,
    TOP_LEFT,
    TOP_RIGHT
}
