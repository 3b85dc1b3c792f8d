package org.balanceexplorer.map.paint;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected plane the map shows: an immutable affine mapping from projected
 * coordinates (the units of the {@code geo} projection in use) to pixels. Pan and zoom only ever
 * make a new viewport; projected geometry stays cached.
 *
 * <p>Screen y grows downwards, projected y upwards.
 *
 * @param centerX projected x at the centre of the view
 * @param centerY projected y at the centre of the view
 * @param scale   pixels per projected unit, positive
 * @param width   view width in pixels, not negative
 * @param height  view height in pixels, not negative
 */
public record Viewport(double centerX, double centerY, double scale, double width, double height) {

    public Viewport {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be positive and finite, was " + scale);
        }
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("size must not be negative: " + width + " x " + height);
        }
    }

    /** A viewport of the given size that shows the whole envelope, centred, with a margin of 2 %. */
    public static Viewport fit(Envelope projected, double width, double height) {
        double w = Math.max(projected.getWidth(), 1e-9);
        double h = Math.max(projected.getHeight(), 1e-9);
        double scale = 0.98 * Math.min(Math.max(width, 1) / w, Math.max(height, 1) / h);
        return new Viewport(projected.centre().x, projected.centre().y, scale, width, height);
    }

    public double screenX(double x) {
        return width / 2 + (x - centerX) * scale;
    }

    public double screenY(double y) {
        return height / 2 - (y - centerY) * scale;
    }

    public double projectedX(double screenX) {
        return centerX + (screenX - width / 2) / scale;
    }

    public double projectedY(double screenY) {
        return centerY - (screenY - height / 2) / scale;
    }

    /** The part of the projected plane that is visible. */
    public Envelope visible() {
        return new Envelope(projectedX(0), projectedX(width), projectedY(height), projectedY(0));
    }

    /**
     * Zooms by {@code factor} keeping the projected point under the screen point where it is, as
     * a map does about the cursor. The scale is kept within [minScale, maxScale].
     */
    public Viewport zoomAbout(double screenX, double screenY, double factor, double minScale, double maxScale) {
        double newScale = Math.max(minScale, Math.min(maxScale, scale * factor));
        double px = projectedX(screenX);
        double py = projectedY(screenY);
        double cx = px - (screenX - width / 2) / newScale;
        double cy = py + (screenY - height / 2) / newScale;
        return new Viewport(cx, cy, newScale, width, height);
    }

    /** Moves the content by the given pixels (dragging right moves the map right). */
    public Viewport panByPixels(double dx, double dy) {
        return new Viewport(centerX - dx / scale, centerY + dy / scale, scale, width, height);
    }

    /** The same centre and scale in a view of another size. */
    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, scale, newWidth, newHeight);
    }

    /** The same view centred on a projected point. */
    public Viewport centredOn(double x, double y) {
        return new Viewport(x, y, scale, width, height);
    }
}
