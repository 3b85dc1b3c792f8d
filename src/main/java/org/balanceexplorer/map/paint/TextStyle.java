package org.balanceexplorer.map.paint;

/**
 * How a label is set: the system sans-serif font at a size, bold or regular.
 *
 * @param size font size in pixels (points at 1x), positive
 * @param bold whether bold
 */
public record TextStyle(double size, boolean bold) {

    public TextStyle {
        if (!(size > 0) || !Double.isFinite(size)) {
            throw new IllegalArgumentException("size must be positive and finite, was " + size);
        }
    }

    public static TextStyle regular(double size) {
        return new TextStyle(size, false);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true);
    }
}
