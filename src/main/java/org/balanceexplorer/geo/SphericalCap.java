package org.balanceexplorer.geo;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A spherical cap: every point within an angle of a centre, on the sphere. Used to tell which
 * countries can show in a view before projecting them (a globe asked for at once projects those
 * first and the rest a moment later).
 *
 * <h2>Algorithm</h2>
 * {@link #mayReach} is conservative: a geometry may reach the cap when its envelope holds the
 * centre (it may surround the cap) or when a vertex, or a point every {@value #STEP_DEG} degrees
 * along a longer edge, lies within the cap's angle plus {@value #STEP_DEG} degrees; so it answers
 * true for every geometry that reaches the cap, and for some that come near it.
 *
 * <h2>Accuracy</h2>
 * Angles on the sphere (haversine); the ellipsoid differs by well under the margin.
 *
 * <h2>Thread safety</h2>
 * Immutable and thread-safe.
 *
 * @param centre    the cap's centre
 * @param radiusDeg its angular radius, degrees in [0, 180]
 */
public record SphericalCap(GeoPoint centre, double radiusDeg) {

    /** Longer edges are sampled this often, and the margin is as wide, degrees. */
    static final double STEP_DEG = 2;

    public SphericalCap {
        Objects.requireNonNull(centre, "centre");
        if (!(radiusDeg >= 0 && radiusDeg <= 180)) {
            throw new IllegalArgumentException("radiusDeg must be in [0, 180], was " + radiusDeg);
        }
    }

    /** Whether a lon/lat geometry (x = lon, y = lat) may have a point in the cap (see Algorithm). */
    public boolean mayReach(Geometry lonLat) {
        if (radiusDeg + STEP_DEG >= 180 || lonLat.isEmpty()) {
            return !lonLat.isEmpty();
        }
        var e = lonLat.getEnvelopeInternal();
        double lon = centre.lonDeg();
        if (centre.latDeg() >= e.getMinY() && centre.latDeg() <= e.getMaxY()
                && (e.contains(lon, e.getMinY()) || e.contains(lon - 360, e.getMinY())
                || e.contains(lon + 360, e.getMinY()))) {
            return true;
        }
        double limit = Math.toRadians(radiusDeg + STEP_DEG);
        double lat0 = Math.toRadians(centre.latDeg());
        double lon0 = Math.toRadians(lon);
        double cosLat0 = Math.cos(lat0);
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Coordinate[] cs = lonLat.getGeometryN(i).getCoordinates();
            for (int k = 0; k < cs.length; k++) {
                if (angle(cs[k].x, cs[k].y, lat0, lon0, cosLat0) <= limit) {
                    return true;
                }
                if (k + 1 < cs.length) {
                    double dx = cs[k + 1].x - cs[k].x;
                    double dy = cs[k + 1].y - cs[k].y;
                    int n = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / STEP_DEG);
                    for (int j = 1; j < n; j++) {
                        double t = (double) j / n;
                        if (angle(cs[k].x + t * dx, cs[k].y + t * dy, lat0, lon0, cosLat0) <= limit) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static double angle(double lonDeg, double latDeg, double lat0, double lon0, double cosLat0) {
        double lat = Math.toRadians(latDeg);
        double dLat = lat - lat0;
        double dLon = Math.toRadians(lonDeg) - lon0;
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + cosLat0 * Math.cos(lat) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
