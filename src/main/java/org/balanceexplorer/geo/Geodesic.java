package org.balanceexplorer.geo;

/**
 * The answer to the inverse geodesic problem on WGS 84.
 *
 * @param distanceMeters    length of the shortest geodesic, in metres, {@code >= 0}
 * @param initialBearingDeg azimuth at the start point, degrees clockwise from north, in [0, 360)
 * @param finalBearingDeg   forward azimuth at the end point (the direction of travel on arrival),
 *                          degrees clockwise from north, in [0, 360)
 */
public record Geodesic(double distanceMeters, double initialBearingDeg, double finalBearingDeg) {

    public Geodesic {
        if (!(distanceMeters >= 0) || Double.isInfinite(distanceMeters)) {
            throw new IllegalArgumentException("distanceMeters must be finite and >= 0, was " + distanceMeters);
        }
        if (!(initialBearingDeg >= 0 && initialBearingDeg < 360)) {
            throw new IllegalArgumentException("initialBearingDeg must be in [0, 360), was " + initialBearingDeg);
        }
        if (!(finalBearingDeg >= 0 && finalBearingDeg < 360)) {
            throw new IllegalArgumentException("finalBearingDeg must be in [0, 360), was " + finalBearingDeg);
        }
    }
}
