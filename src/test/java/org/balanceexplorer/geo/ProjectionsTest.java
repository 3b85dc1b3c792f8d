package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The contract every projection keeps: round trips, no smear at the seam, valid rings, null where hidden. */
class ProjectionsTest {

    /** The brief's round-trip requirement, degrees (the formulas do 1e-9 or better away from rims). */
    static final double ROUND_TRIP_DEG = 1e-6;

    /** New Delhi, the launch point of the brief's pole-enclosing ring. */
    static final GeoPoint NEW_DELHI = new GeoPoint(28.61, 77.21);

    /** Ring chord tolerance used in these tests, metres. */
    static final double RING_TOLERANCE_METERS = 100;

    /**
     * The orthographic inverse loses digits near the rim (d lat / d rho grows like 1 / cos c); points
     * with cos c below this are left out of round trips (c beyond about 87 degrees).
     */
    static final double ORTHOGRAPHIC_RIM_COS = 0.05;

    /** The azimuthal inverse geodesic is ill-conditioned at the antipode; round trips skip this disc, metres. */
    static final double ANTIPODE_EXCLUSION_METERS = 200_000;

    /** Rounding at the rim of a disc or the edge of a band, metres (a millimetre). */
    static final double BOUNDS_SLACK_METERS = 1e-3;

    private static final WKTReader WKT = new WKTReader(Coordinates.FACTORY);

    static Basemap basemap110;

    @BeforeAll
    static void readBasemap() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-110m.geojson"))) {
            basemap110 = Basemap.read(in);
        }
    }

    static Stream<Arguments> projections() {
        List<Arguments> out = new ArrayList<>();
        for (GeoPoint centre : List.of(NEW_DELHI, new GeoPoint(0, 0), new GeoPoint(-33.9, 151.2), new GeoPoint(0, 179.5),
                new GeoPoint(90, 0), new GeoPoint(-89.99, 45))) {
            for (Projections.Kind kind : Projections.Kind.values()) {
                out.add(Arguments.of(kind, centre));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("projections")
    void projectThenInverseReturnsTheSamePlaceForSeededRandomVisiblePoints(Projections.Kind kind, GeoPoint centre) {
        Projection p = Projections.create(kind, centre);
        Random random = new Random(42);
        int checked = 0;
        for (int i = 0; i < 400; i++) {
            double lon = random.nextDouble() * 360 - 180;
            double lat = Math.toDegrees(Math.asin(random.nextDouble() * 2 - 1));
            if (!wellConditioned(p, centre, lon, lat)) {
                continue;
            }
            Coordinate xy = p.project(lon, lat);
            if (xy == null) {
                continue;
            }
            Coordinate back = p.inverse(xy.x, xy.y);
            assertThat(back).as("inverse of %s at %s, %s", kind, lon, lat).isNotNull();
            assertThat(Math.abs(AntimeridianCutter.shortStep(back.x - lon)) * Math.cos(Math.toRadians(lat)))
                    .as("longitude of %s, %s", lon, lat).isLessThanOrEqualTo(ROUND_TRIP_DEG);
            assertThat(Math.abs(back.y - lat)).as("latitude of %s, %s", lon, lat).isLessThanOrEqualTo(ROUND_TRIP_DEG);
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    /**
     * The globe keeps exactly the near side of every country, whether a country is wholly in front,
     * wholly behind, or crosses the horizon part by part (Canada's islands, Russia): points sampled
     * inside each country are covered by its projected shape exactly when they face the viewer.
     * Centres put the seam through Canada, the pole over the rim, and the South Asia view's globe.
     */
    @ParameterizedTest(name = "globe centred on {0}")
    @MethodSource("globeCentres")
    void globeKeepsExactlyTheNearSideOfEveryCountry(GeoPoint centre) {
        Orthographic o = (Orthographic) Projections.create(Projections.Kind.ORTHOGRAPHIC, centre);
        Random random = new Random(7);
        int checked = 0;
        for (CountryShape country : basemap110.countries()) {
            Geometry lonLat = country.geometry();
            Geometry projected = o.project(lonLat);
            assertThat(projected.isValid()).as("%s is valid on the globe", country.name()).isTrue();
            Envelope e = lonLat.getEnvelopeInternal();
            for (int i = 0; i < 60; i++) {
                double lon = e.getMinX() + random.nextDouble() * e.getWidth();
                double lat = e.getMinY() + random.nextDouble() * e.getHeight();
                double cos = o.cosC(lon, lat);
                // Leave out the rim (the shape's edge follows the horizon there by chords) and
                // points on a country's border (sampling cannot tell sides there).
                if (Math.abs(cos) < 0.02 || !lonLat.contains(point(lon, lat))
                        || lonLat.getBoundary().isWithinDistance(point(lon, lat), 0.05)) {
                    continue;
                }
                Coordinate xy = o.project(lon, lat);   // null behind the globe
                boolean shown = xy != null && projected.covers(point(xy.x, xy.y));
                assertThat(shown).as("%s at %.3f, %.3f (cos c %.3f)", country.name(), lat, lon, cos).isEqualTo(cos > 0);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(3000);
    }

    /**
     * Graticule lines on the globe keep exactly their near side: every projected vertex lies on the
     * disc, and the visible length of each meridian and parallel (in degrees along the line) agrees
     * with a count of points sampled every 0.01 degree that face the viewer.
     */
    @ParameterizedTest(name = "globe centred on {0}")
    @MethodSource("globeCentres")
    void globeCutsLinesAtTheHorizon(GeoPoint centre) {
        Orthographic o = (Orthographic) Projections.create(Projections.Kind.ORTHOGRAPHIC, centre);
        List<LineString> lines = new ArrayList<>();
        // Meridians a little off the round numbers: a meridian exactly on the horizon (90 degrees
        // from a centre on the equator) is visible or not by the last bit of a cosine.
        for (double lon = -177.5; lon < 180; lon += 15) {
            lines.add(line(lon, -89, lon, 89));
        }
        for (int lat = -75; lat <= 75; lat += 15) {
            lines.add(line(-180, lat, 180, lat));
        }
        for (LineString l : lines) {
            Geometry projected = o.project(l);
            for (Coordinate c : projected.getCoordinates()) {
                assertThat(Math.hypot(c.x, c.y)).isLessThanOrEqualTo(Orthographic.EARTH_RADIUS_METERS * (1 + 1e-9));
            }
            // Visible length along the line by sampling, against the length kept (in lon/lat degrees).
            Coordinate a = l.getCoordinateN(0);
            Coordinate b = l.getCoordinateN(1);
            double total = a.distance(b);
            int steps = (int) Math.round(total / 0.01);
            int visibleSteps = 0;
            for (int i = 0; i < steps; i++) {
                double t = (i + 0.5) / steps;
                if (o.cosC(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)) >= 0) {
                    visibleSteps++;
                }
            }
            double keptDeg = 0;
            for (int i = 0; i < projected.getNumGeometries(); i++) {
                Coordinate[] cs = projected.getGeometryN(i).getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    Coordinate p0 = inverseOnDisc(o, cs[k - 1]);
                    Coordinate p1 = inverseOnDisc(o, cs[k]);
                    keptDeg += Math.hypot(Math.abs(AntimeridianCutter.shortStep(p1.x - p0.x)), p1.y - p0.y);
                }
            }
            assertThat(keptDeg).as("%s", l).isCloseTo(visibleSteps * total / steps, within(0.05));
        }
    }

    /** The inverse of a point on the disc, taking a point a rounding error outside the rim as on it. */
    private static Coordinate inverseOnDisc(Orthographic o, Coordinate c) {
        double rho = Math.hypot(c.x, c.y);
        double f = rho > Orthographic.EARTH_RADIUS_METERS ? Orthographic.EARTH_RADIUS_METERS / rho * (1 - 1e-12) : 1;
        return o.inverse(c.x * f, c.y * f);
    }

    private static LineString line(double lon0, double lat0, double lon1, double lat1) {
        return Coordinates.FACTORY.createLineString(new Coordinate[] {new Coordinate(lon0, lat0), new Coordinate(lon1, lat1)});
    }

    static Stream<GeoPoint> globeCentres() {
        return Stream.of(new GeoPoint(30, 80), new GeoPoint(23, 80), new GeoPoint(60, -100), new GeoPoint(-40, 20),
                new GeoPoint(0, 180));
    }

    private static org.locationtech.jts.geom.Point point(double x, double y) {
        return Coordinates.FACTORY.createPoint(new Coordinate(x, y));
    }

    private static boolean wellConditioned(Projection p, GeoPoint centre, double lon, double lat) {
        if (p instanceof Orthographic o) {
            return o.cosC(lon, lat) > ORTHOGRAPHIC_RIM_COS;
        }
        if (p instanceof AzimuthalEquidistant) {
            return Geodesy.inverse(Geodesy.antipode(centre), new GeoPoint(lat, lon)).distanceMeters() > ANTIPODE_EXCLUSION_METERS;
        }
        return true;
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("projections")
    void polygonAcrossTheSeamIsSplitWithoutAnySegmentSpanningHalfTheWorld(Projections.Kind kind, GeoPoint centre) throws ParseException {
        Projection p = Projections.create(kind, centre);
        Geometry square;
        if (p instanceof AzimuthalEquidistant) {
            GeoPoint a = Geodesy.antipode(centre);
            square = Coordinates.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(
                    a.lonDeg() - 5, a.lonDeg() + 5, Math.max(-89, a.latDeg() - 5), Math.min(89, a.latDeg() + 5)));
            square = AntimeridianCutter.reframe(square, 180);
        } else {
            double seam = AntimeridianCutter.shortStep(p.seamLonDeg());
            double lat = p instanceof Orthographic o ? (o.centre().latDeg() >= 0 ? 70 : -80) : 40;
            square = AntimeridianCutter.reframe(WKT.read(String.format(java.util.Locale.ROOT,
                    "POLYGON ((%f %f, %f %f, %f %f, %f %f, %f %f))", seam - 5, lat, seam + 5, lat, seam + 5, lat + 10,
                    seam - 5, lat + 10, seam - 5, lat)), 180);
        }
        Geometry projected = p.project(square);
        assertThat(projected.isValid()).isTrue();
        assertNoSmear(p, projected);
        if (p instanceof Orthographic o && o.cosC(AntimeridianCutter.shortStep(p.seamLonDeg()), 75) > 0.1) {
            assertThat(projected.isEmpty()).isFalse();
        }
        if (!(p instanceof Orthographic) && !(p instanceof AzimuthalEquidistant)) {
            assertThat(projected.getNumGeometries()).as("split at the seam").isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("projections")
    void ringAroundTheNorthPoleFromNewDelhiProjectsToValidGeometry(Projections.Kind kind, GeoPoint centre) {
        Projection p = Projections.create(kind, centre);
        RangeRing ring = RangeRing.of(NEW_DELHI, 8_000_000, RING_TOLERANCE_METERS);
        Geometry projected = p.project(ring.geographic());
        assertThat(projected.isValid()).isTrue();
        assertNoSmear(p, projected);
        Coordinate delhi = p.project(NEW_DELHI.lonDeg(), NEW_DELHI.latDeg());
        if (delhi != null) {
            assertThat(projected.isEmpty()).isFalse();
            assertThat(projected.covers(Coordinates.FACTORY.createPoint(delhi))).as("the centre is inside").isTrue();
        }
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("projections")
    void ringAcrossTheAntimeridianProjectsToValidGeometry(Projections.Kind kind, GeoPoint centre) {
        Projection p = Projections.create(kind, centre);
        GeoPoint fiji = new GeoPoint(-17.8, 178.0);
        Geometry projected = p.project(RangeRing.of(fiji, 2_000_000, RING_TOLERANCE_METERS).geographic());
        assertThat(projected.isValid()).isTrue();
        assertNoSmear(p, projected);
        Coordinate c = p.project(fiji.lonDeg(), fiji.latDeg());
        if (c != null) {
            assertThat(projected.covers(Coordinates.FACTORY.createPoint(c))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("projections")
    void wholeBasemapProjectsToValidGeometryWithoutSmear(Projections.Kind kind, GeoPoint centre) {
        Projection p = Projections.create(kind, centre);
        int shown = 0;
        for (CountryShape country : basemap110.countries()) {
            Geometry projected = p.project(country.geometry());
            assertThat(projected.isValid()).as(country.name()).isTrue();
            assertNoSmear(p, projected);
            if (projected.isEmpty()) {
                continue;
            }
            shown++;
            Envelope bounds = p.worldBounds();
            bounds.expandBy(BOUNDS_SLACK_METERS);
            assertThat(bounds.covers(projected.getEnvelopeInternal())).as("%s %s in %s", country.name(), projected.getEnvelopeInternal(), bounds).isTrue();
        }
        assertThat(shown).isGreaterThan(20);
    }

    @ParameterizedTest
    @EnumSource(Projections.Kind.class)
    void detailed50mBasemapProjectsToValidGeometryAroundNewDelhi(Projections.Kind kind) throws IOException {
        Basemap fine;
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-50m.geojson"))) {
            fine = Basemap.read(in);
        }
        Projection p = Projections.create(kind, NEW_DELHI);
        for (CountryShape country : fine.countries()) {
            Geometry projected = p.project(country.geometry());
            assertThat(projected.isValid()).as(country.name()).isTrue();
            assertNoSmear(p, projected);
        }
    }

    @ParameterizedTest
    @EnumSource(Projections.Kind.class)
    void graticuleLinesProjectAndBendWhereTheProjectionBendsThem(Projections.Kind kind) throws ParseException {
        Projection p = Projections.create(kind, NEW_DELHI);
        Geometry parallel = WKT.read("LINESTRING (60 30, 100 30)");
        Geometry projected = p.project(parallel);
        assertThat(projected.isEmpty()).isFalse();
        if (kind != Projections.Kind.EQUIRECTANGULAR) {
            assertThat(projected.getNumPoints()).as("densified to 1-degree steps").isGreaterThanOrEqualTo(41);
        }
    }

    @ParameterizedTest
    @EnumSource(Projections.Kind.class)
    void projectingLeavesTheLonLatArgumentUnchanged(Projections.Kind kind) {
        Geometry ring = RangeRing.of(NEW_DELHI, 8_000_000, RING_TOLERANCE_METERS).geographic();
        Geometry copy = ring.copy();
        Projections.create(kind, NEW_DELHI).project(ring);
        assertThat(ring.equalsExact(copy)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Projections.Kind.class)
    void inverseOfAPositionOffTheMapIsNull(Projections.Kind kind) {
        Projection p = Projections.create(kind, NEW_DELHI);
        Envelope world = p.worldBounds();
        assertThat(p.inverse(world.centre().x, world.getMaxY() + world.getHeight())).isNull();
        assertThat(p.inverse(world.getMaxX() + world.getWidth(), world.getMaxY() + world.getHeight())).isNull();
    }

    @Test
    void factoryNamesTheFiveKindsForUsers() {
        assertThat(Projections.Kind.values()).extracting(Projections.Kind::displayName).containsExactly(
                "Equirectangular", "Mercator", "Azimuthal equidistant (centred on launch point)",
                "Orthographic globe", "Lambert conformal conic (South Asia)");
        assertThat(Projections.create(Projections.Kind.MERCATOR, NEW_DELHI).centralMeridianDeg()).isCloseTo(77.21, within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(Projections.Kind.class)
    void centreOfTheOldViewCanBeCentredInTheNewOne(Projections.Kind kind) {
        Projection old = Projections.create(Projections.Kind.EQUIRECTANGULAR, NEW_DELHI);
        GeoPoint karachi = new GeoPoint(24.86, 67.01);
        Coordinate oldXy = old.project(karachi.lonDeg(), karachi.latDeg());
        Coordinate place = old.inverse(oldXy.x, oldXy.y);
        Projection fresh = Projections.create(kind, NEW_DELHI);
        Coordinate newXy = fresh.project(place.x, place.y);
        Coordinate back = fresh.inverse(newXy.x, newXy.y);
        assertThat(back.distance(Coordinates.toCoordinate(karachi))).isLessThan(ROUND_TRIP_DEG);
    }

    /**
     * No projected segment may be longer than half the world's width: that would be a smear across
     * the map. Segments along the top or bottom edge of the world (a polygon holding a pole, closed
     * along the pole line of a cylindrical map) are edges of the map, not smears.
     */
    static void assertNoSmear(Projection p, Geometry projected) {
        Envelope world = p.worldBounds();
        double limit = world.getWidth() / 2;
        for (int i = 0; i < projected.getNumGeometries(); i++) {
            Geometry part = projected.getGeometryN(i);
            List<LineString> lines = new ArrayList<>();
            if (part instanceof org.locationtech.jts.geom.Polygon poly) {
                lines.add(poly.getExteriorRing());
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    lines.add(poly.getInteriorRingN(h));
                }
            } else if (part instanceof LineString l) {
                lines.add(l);
            }
            for (LineString l : lines) {
                Coordinate[] cs = l.getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    if (cs[k - 1].y == cs[k].y && (Math.abs(cs[k].y - world.getMaxY()) < BOUNDS_SLACK_METERS
                            || Math.abs(cs[k].y - world.getMinY()) < BOUNDS_SLACK_METERS)) {
                        continue;
                    }
                    assertThat(cs[k - 1].distance(cs[k])).as("segment %s - %s in %s", cs[k - 1], cs[k], p).isLessThan(limit);
                }
            }
        }
    }

    /**
     * A ring or band holding the North Pole is cut at the globe's seam in lon/lat; once projected
     * the two sides of the cut meet again on the seam meridian and must merge, leaving no edge
     * there (two edges a few nanometres apart were stroked as a line from the pole).
     */
    @Test
    void onTheGlobeNothingCutAtTheSeamLeavesAnEdgeAlongIt() {
        GeoPoint beijing = new GeoPoint(39.9042, 116.4074);
        GeoPoint newDelhi = new GeoPoint(28.6139, 77.2090);
        List<Geometry> polar = List.of(
                RangeRing.of(beijing, 7_000_000, 100).geographic(),
                RangeRing.of(beijing, 12_000_000, 100).geographic(),
                RangeRing.of(newDelhi, 8_000_000, 100).geographic()
                        .difference(RangeRing.of(newDelhi, 5_000_000, 100).geographic()));
        int seamCrossings = 0;
        for (double lat : new double[] {20, 35, 50}) {
            for (double lon : new double[] {70, 85, 100, 110}) {
                Orthographic globe = new Orthographic(new GeoPoint(lat, lon));
                for (Geometry g : polar) {
                    Geometry projected = globe.project(g);
                    assertThat(projected.isValid()).isTrue();
                    for (Coordinate[] ring : rings(projected)) {
                        for (int k = 1; k < ring.length; k++) {
                            boolean alongSeam = Math.abs(ring[k].x) < 1 && Math.abs(ring[k - 1].x) < 1
                                    && Math.abs(ring[k].y - ring[k - 1].y) > 1;
                            assertThat(alongSeam).as("edge %s-%s of %s on %s", ring[k - 1], ring[k],
                                    g.getGeometryType(), globe).isFalse();
                        }
                        for (Coordinate c : ring) {
                            seamCrossings += Math.abs(c.x) < 1 ? 1 : 0;
                        }
                    }
                }
            }
        }
        // The shapes do reach the seam meridian (where their outlines cross it).
        assertThat(seamCrossings).isPositive();
    }

    private static List<Coordinate[]> rings(Geometry polygonal) {
        List<Coordinate[]> out = new ArrayList<>();
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) polygonal.getGeometryN(i);
            out.add(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add(p.getInteriorRingN(h).getCoordinates());
            }
        }
        return out;
    }
}
