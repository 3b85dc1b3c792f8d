package org.balanceexplorer.map.paint;

/** Where a text stands relative to its x coordinate. */
public enum TextAlign {
    /** x is the text's left end. */
    LEFT,
    /** x is the text's middle. */
    CENTER,
    /** x is the text's right end. */
    RIGHT
}
