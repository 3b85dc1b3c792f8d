package org.balanceexplorer.map.paint;

/** Measures text as a surface would draw it, so that labels can be placed before they are drawn. */
@FunctionalInterface
public interface TextMeasurer {

    /**
     * The size of a line of text.
     *
     * @return its width and its line height in pixels
     */
    TextSize measure(String text, TextStyle style);

    /**
     * A measured line of text.
     *
     * @param width  pixels, not negative
     * @param height line height in pixels (ascent, descent and leading), not negative
     */
    record TextSize(double width, double height) {
    }
}
