package org.balanceexplorer.model;

/**
 * A point on the WGS 84 ellipsoid, in degrees.
 *
 * <p>Axis order is always latitude first, then longitude, as the names say. This is the one place
 * the order is fixed: inside {@code geo}, JTS coordinates are x = longitude, y = latitude, and the
 * conversion happens in one method there. Never swap by hand.
 *
 * @param latDeg latitude in degrees, in [-90, 90]
 * @param lonDeg longitude in degrees, in [-180, 180]
 */
public record GeoPoint(double latDeg, double lonDeg) {

    public GeoPoint {
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latDeg must be in [-90, 90], was " + latDeg);
        }
        if (!(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException("lonDeg must be in [-180, 180], was " + lonDeg);
        }
    }

    /** Returns the point with {@code lonDeg} wrapped into [-180, 180); latitude must already be valid. */
    public static GeoPoint wrapped(double latDeg, double lonDeg) {
        double lon = ((lonDeg + 180) % 360 + 360) % 360 - 180;
        return new GeoPoint(latDeg, lon);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f", latDeg, lonDeg);
    }
}
