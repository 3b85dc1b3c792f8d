package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The nearest point of a territory against GeographicLib: its distance is GeographicLib's distance
 * to it, it lies on the boundary, and no point of the boundary sampled densely is nearer.
 */
class TerritoryDistanceTest {

    /** Samples per boundary edge for the brute-force oracle. */
    private static final int SAMPLES_PER_EDGE = 64;
    /**
     * How much nearer a sampled point may be than the point found: the golden section's flat-bottom
     * error plus SIS against GeographicLib (under a millimetre): 1 m is ample and still catches a
     * wrong edge (edges of the 1:110m basemap are tens of kilometres long).
     */
    private static final double OPTIMUM_METERS = 1;
    /** The point found lies on the boundary: as far from it as double rounding of the edge parameter allows, degrees. */
    private static final double ON_BOUNDARY_DEG = 1e-9;

    private static Basemap basemap;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-110m.geojson"))) {
            basemap = Basemap.read(in);
        }
    }

    private static void assertNearest(Geometry territory, GeoPoint place) {
        TerritoryDistance.Nearest n = new TerritoryDistance(territory).nearest(place);
        assertThat(n.inside()).isFalse();
        double oracle = Geodesic.WGS84.Inverse(place.latDeg(), place.lonDeg(), n.point().latDeg(),
                n.point().lonDeg()).s12;
        assertThat(n.distanceMeters()).isCloseTo(oracle, within(0.001));
        assertThat(territory.getBoundary().distance(territory.getFactory().createPoint(
                new Coordinate(n.point().lonDeg(), n.point().latDeg())))).isLessThan(ON_BOUNDARY_DEG);
        Geometry boundary = territory.getBoundary();
        double bestSample = Double.POSITIVE_INFINITY;
        for (int g = 0; g < boundary.getNumGeometries(); g++) {
            Coordinate[] c = boundary.getGeometryN(g).getCoordinates();
            for (int i = 0; i + 1 < c.length; i++) {
                for (int k = 0; k <= SAMPLES_PER_EDGE; k++) {
                    double t = (double) k / SAMPLES_PER_EDGE;
                    double lat = c[i].y + (c[i + 1].y - c[i].y) * t;
                    double lon = c[i].x + (c[i + 1].x - c[i].x) * t;
                    bestSample = Math.min(bestSample,
                            Geodesic.WGS84.Inverse(place.latDeg(), place.lonDeg(), lat, lon).s12);
                }
            }
        }
        assertThat(n.distanceMeters()).isLessThanOrEqualTo(bestSample + OPTIMUM_METERS);
    }

    @Test
    void aPlaceInsideTheTerritoryIsItsOwnNearestPointAtNoDistance() {
        Geometry pakistan = basemap.byName("Pakistan").orElseThrow().geometry();
        GeoPoint lahore = new GeoPoint(31.5497, 74.3436);
        TerritoryDistance.Nearest n = new TerritoryDistance(pakistan).nearest(lahore);
        assertThat(n.inside()).isTrue();
        assertThat(n.distanceMeters()).isZero();
        assertThat(n.point()).isEqualTo(lahore);
    }

    @Test
    void newDelhiIsNearestToPakistansEasternBorderAsGeographicLibMeasuresIt() {
        assertNearest(basemap.byName("Pakistan").orElseThrow().geometry(), new GeoPoint(28.6139, 77.2090));
    }

    @Test
    void washingtonIsMeasuredToPakistansNearestBoundaryPoint() {
        assertNearest(basemap.byName("Pakistan").orElseThrow().geometry(), new GeoPoint(38.8951, -77.0364));
    }

    @Test
    void colomboIsMeasuredToIndiasNearestCoast() {
        assertNearest(basemap.byName("India").orElseThrow().geometry(), new GeoPoint(6.9271, 79.8612));
    }

    @Test
    void kathmanduIsMeasuredToChinasNearestBoundaryPoint() {
        assertNearest(basemap.byName("China").orElseThrow().geometry(), new GeoPoint(27.7172, 85.3240));
    }

    @Test
    void aSquareGivesTheFootOfThePerpendicularOnItsNearerSide() throws ParseException {
        Geometry square = new WKTReader().read("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))");
        TerritoryDistance.Nearest n = new TerritoryDistance(square).nearest(new GeoPoint(15, 25));
        // On the meridian 20E the nearest point to (15N, 25E) is close to 15N (a little poleward of
        // it on the ellipsoid); GeographicLib and the dense samples check the rest.
        assertThat(n.point().lonDeg()).isCloseTo(20, within(1e-9));
        assertThat(n.point().latDeg()).isCloseTo(15, within(0.5));
        assertNearest(square, new GeoPoint(15, 25));
    }
}
