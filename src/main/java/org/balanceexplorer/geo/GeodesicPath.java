package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * The shortest path between two points on the WGS 84 ellipsoid, as a line in lon/lat degrees
 * that is split where it crosses the antimeridian, for the measure tool.
 *
 * <p><b>Algorithm.</b> Solves the inverse problem once, then places {@code segments + 1} points
 * along the geodesic with the direct problem from the start at the initial azimuth.
 *
 * <p><b>Accuracy.</b> Every vertex lies on the geodesic to the accuracy of {@link Geodesy}
 * (well under a millimetre); between vertices the line is straight in the projection drawn.
 *
 * <p><b>Thread safety.</b> Immutable; safe from any thread.
 */
public final class GeodesicPath {

    private final GeoPoint from;
    private final GeoPoint to;
    private final Geodesic geodesic;
    private final Geometry lonLat;

    private GeodesicPath(GeoPoint from, GeoPoint to, Geodesic geodesic, Geometry lonLat) {
        this.from = from;
        this.to = to;
        this.geodesic = geodesic;
        this.lonLat = lonLat;
    }

    /**
     * @param from     start
     * @param to       end
     * @param segments number of straight pieces, at least 1
     */
    public static GeodesicPath of(GeoPoint from, GeoPoint to, int segments) {
        if (segments < 1) {
            throw new IllegalArgumentException("segments must be at least 1, was " + segments);
        }
        Geodesic g = Geodesy.inverse(from, to);
        List<GeoPoint> points = new ArrayList<>();
        points.add(from);
        for (int i = 1; i < segments; i++) {
            points.add(Geodesy.direct(from, g.initialBearingDeg(), g.distanceMeters() * i / segments));
        }
        points.add(to);
        List<LineString> parts = new ArrayList<>();
        List<Coordinate> current = new ArrayList<>();
        for (GeoPoint p : points) {
            Coordinate c = Coordinates.toCoordinate(p);
            if (!current.isEmpty()) {
                Coordinate last = current.get(current.size() - 1);
                if (Math.abs(c.x - last.x) > 180) {
                    // Crossing the antimeridian: end this part on the seam and start the next there.
                    double seam = last.x > 0 ? 180 : -180;
                    double span = 360 - Math.abs(c.x - last.x);
                    double t = span == 0 ? 0 : Math.abs(seam - last.x) / span;
                    double lat = last.y + t * (c.y - last.y);
                    current.add(new Coordinate(seam, lat));
                    parts.add(Coordinates.FACTORY.createLineString(current.toArray(Coordinate[]::new)));
                    current = new ArrayList<>();
                    current.add(new Coordinate(-seam, lat));
                }
            }
            current.add(c);
        }
        if (current.size() >= 2) {
            parts.add(Coordinates.FACTORY.createLineString(current.toArray(Coordinate[]::new)));
        }
        Geometry line = parts.size() == 1 ? parts.get(0)
                : Coordinates.FACTORY.createMultiLineString(parts.toArray(LineString[]::new));
        return new GeodesicPath(from, to, g, line);
    }

    public GeoPoint from() {
        return from;
    }

    public GeoPoint to() {
        return to;
    }

    public double distanceMeters() {
        return geodesic.distanceMeters();
    }

    /** Initial bearing at the start, degrees clockwise from true north, in [0, 360). */
    public double initialBearingDeg() {
        return geodesic.initialBearingDeg();
    }

    /** The path, lon/lat degrees, split at the antimeridian. */
    public Geometry geographic() {
        return lonLat;
    }
}
