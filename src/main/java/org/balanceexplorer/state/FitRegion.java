package org.balanceexplorer.state;

/**
 * A region the map can be fitted to, whatever size the map has: a box in longitude and latitude,
 * degrees.
 */
public enum FitRegion {
    /** South Asia and its neighbours: longitude 58 to 102, latitude 3 to 42. */
    SOUTH_ASIA(58, 102, 3, 42),
    /** The whole world, as far as Mercator can show it: latitude -85 to 85. */
    WORLD(-180, 180, -85, 85);

    private final double minLonDeg;
    private final double maxLonDeg;
    private final double minLatDeg;
    private final double maxLatDeg;

    FitRegion(double minLonDeg, double maxLonDeg, double minLatDeg, double maxLatDeg) {
        this.minLonDeg = minLonDeg;
        this.maxLonDeg = maxLonDeg;
        this.minLatDeg = minLatDeg;
        this.maxLatDeg = maxLatDeg;
    }

    /** The western edge, degrees of longitude. */
    public double minLonDeg() {
        return minLonDeg;
    }

    /** The eastern edge, degrees of longitude. */
    public double maxLonDeg() {
        return maxLonDeg;
    }

    /** The southern edge, degrees of latitude. */
    public double minLatDeg() {
        return minLatDeg;
    }

    /** The northern edge, degrees of latitude. */
    public double maxLatDeg() {
        return maxLatDeg;
    }
}
