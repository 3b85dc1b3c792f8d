package org.balanceexplorer.state;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;

/**
 * What part of the map is shown: either a region fitted to whatever size the map has, or an
 * explicit centre and scale (after the user panned or zoomed).
 *
 * @param fit            the region the map fits itself to, or {@code null} when the frame is explicit
 * @param centre         the point in the middle of the map (degrees); non-null when the frame is
 *                       explicit; may be {@code null} when fitted (the region decides)
 * @param metresPerPixel the scale in projected metres per pixel: finite and {@code > 0} when
 *                       explicit, {@code 0} when fitted
 */
public record MapFrame(FitRegion fit, GeoPoint centre, double metresPerPixel) {

    public MapFrame {
        if (fit != null) {
            if (metresPerPixel != 0) {
                throw new IllegalArgumentException("metresPerPixel must be 0 when the frame is fitted to "
                        + fit + ", was " + metresPerPixel);
            }
        } else {
            if (centre == null) {
                throw new IllegalArgumentException("centre must be given when the frame is not fitted to a region");
            }
            if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel)) {
                throw new IllegalArgumentException("metresPerPixel must be finite and > 0, was " + metresPerPixel);
            }
        }
    }

    /** A frame that fits the region to the map, whatever its size. */
    public static MapFrame fitted(FitRegion region) {
        return new MapFrame(Objects.requireNonNull(region, "region"), null, 0);
    }

    /**
     * An explicit frame.
     *
     * @param centre         the point in the middle of the map (degrees)
     * @param metresPerPixel projected metres per pixel, finite and {@code > 0}
     */
    public static MapFrame at(GeoPoint centre, double metresPerPixel) {
        return new MapFrame(null, centre, metresPerPixel);
    }

    /** Whether the frame fits a region rather than giving a centre and scale. */
    public boolean isFitted() {
        return fit != null;
    }
}
