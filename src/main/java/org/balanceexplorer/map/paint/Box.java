package org.balanceexplorer.map.paint;

import java.util.List;

/**
 * An axis-aligned box in view pixels (y grows downwards): the room a label, a symbol, the
 * legend or the scale bar takes.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  not negative
 * @param height not negative
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("size must not be negative: " + width + " x " + height);
        }
    }

    /** The whole plane: a bound that holds everything. */
    public static final Box EVERYWHERE = new Box(-1e9, -1e9, 2e9, 2e9);

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    /** Whether the two boxes share some area (touching edges do not count). */
    public boolean intersects(Box o) {
        return o.x < maxX() && x < o.maxX() && o.y < maxY() && y < o.maxY();
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether this box lies wholly within another. */
    public boolean within(Box outer) {
        return x >= outer.x && y >= outer.y && maxX() <= outer.maxX() && maxY() <= outer.maxY();
    }

    /** Whether this box intersects any of the others. */
    public boolean overlapsAny(List<Box> others) {
        for (Box o : others) {
            if (intersects(o)) {
                return true;
            }
        }
        return false;
    }

    /** A square of the given side centred on a point. */
    public static Box around(double cx, double cy, double side) {
        return new Box(cx - side / 2, cy - side / 2, side, side);
    }

    /**
     * The room a line of text takes when drawn at (x, baseline) with an alignment: its measured
     * size with a 2 px margin round it, the baseline at 80 % of the line height.
     */
    public static Box ofText(TextMeasurer.TextSize size, double x, double baselineY, TextAlign align) {
        double w = size.width();
        double h = size.height();
        double left = switch (align) {
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
            case LEFT -> x;
        };
        return new Box(left - 2, baselineY - h * 0.8 - 1, w + 4, h + 2);
    }
}
