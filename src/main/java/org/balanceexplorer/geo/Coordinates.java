package org.balanceexplorer.geo;

import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The one place where the model's axis order meets JTS's.
 *
 * <p>{@link GeoPoint} is (latitude, longitude); a JTS {@link Coordinate} in this package is
 * x = longitude, y = latitude, both in degrees. Everything else in {@code geo} converts through
 * these two methods and never swaps by hand.
 *
 * <h2>Thread safety</h2>
 * Stateless; {@link #FACTORY} is immutable and may be shared.
 */
public final class Coordinates {

    /** The geometry factory every lon/lat and projected geometry of this package is built with. */
    public static final GeometryFactory FACTORY = new GeometryFactory();

    private Coordinates() {
    }

    /** Returns a JTS coordinate with x = longitude and y = latitude, in degrees. */
    public static Coordinate toCoordinate(GeoPoint point) {
        return new Coordinate(point.lonDeg(), point.latDeg());
    }

    /**
     * Returns the point with latitude = y and longitude = x (degrees); x is wrapped into [-180, 180).
     *
     * @throws IllegalArgumentException if y is outside [-90, 90] or either ordinate is not finite
     */
    public static GeoPoint toGeoPoint(Coordinate lonLat) {
        if (!Double.isFinite(lonLat.x) || !Double.isFinite(lonLat.y)) {
            throw new IllegalArgumentException("coordinate must be finite, was " + lonLat);
        }
        if (lonLat.x >= -180 && lonLat.x <= 180) {
            return new GeoPoint(lonLat.y, lonLat.x);
        }
        return GeoPoint.wrapped(lonLat.y, lonLat.x);
    }
}
