package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.Equirectangular;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The whole map painted through a recording surface, with no JavaFX toolkit (the painters import
 * none: LayeringTest), and checked against outside values: GeographicLib for where the rings'
 * lines lie, the dataset for what the legend lists.
 */
class MapPaintingTest {

    /** A ring is computed to 100 m of the geodesic circle; 50 m more for the pixel arithmetic round it. */
    private static final double RING_TOLERANCE_METERS = 150;
    private static final Envelope SOUTH_ASIA = new Envelope(58, 102, 3, 42);
    private static final Envelope WORLD = new Envelope(-180, 180, -85, 85);

    private static Dataset dataset;
    private static Basemap coarse;
    private static org.balanceexplorer.state.RingComputation styles;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatasetLoader.loadVerified(BundledData.datasetFolder());
        styles = new org.balanceexplorer.state.RingComputation(dataset, Map.of());
        try (InputStream in = BundledData.basemap(BundledData.Resolution.COARSE)) {
            coarse = Basemap.read(in);
        }
    }

    private static WeaponSystem named(String name) {
        return dataset.systems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static RingOverlay overlay(WeaponSystem s) {
        GeoPoint centre = dataset.representativePoint(s.country()).location();
        RangeRing ring = RangeRing.of(centre, s.headlineRangeKm() * 1000, 100);
        return new RingOverlay(s.id(), s.name() + " " + s.range().displayHeadline(), s.name(),
                styles.styleIndex(s.id()), ring.geographic(), null, List.of(), null, null, centre,
                "from " + dataset.representativePoint(s.country()).name() + " (representative point)",
                s.range().disputed());
    }

    private static List<Marker> markers() {
        List<Marker> out = new ArrayList<>();
        for (Place p : dataset.places()) {
            out.add(new Marker(p.id(), p.name(), p.location(),
                    p.kind() == PlaceKind.CAPITAL ? Marker.Kind.CAPITAL : Marker.Kind.CITY, p.country(), false, ""));
        }
        return out;
    }

    private record Painting(RecordingSurface surface, MapPainter.Painted painted, Viewport viewport,
                            Projection projection) {
    }

    private static Painting paint(List<WeaponSystem> systems, Envelope fit, double width, double height) {
        Projection p = Equirectangular.greenwich();
        ProjectedCache cache = new ProjectedCache(p);
        cache.setBasemaps(coarse, null);
        List<RingOverlay> rings = systems.stream().map(MapPaintingTest::overlay).toList();
        cache.adoptRings(cache.projectRings(rings, Map.of(), true));
        Viewport v = Viewport.fit(cache.projectEnvelope(fit), width, height);
        Legend legend = Legend.of(rings, new Legend.Options(true, false, false, false, true));
        RecordingSurface s = new RecordingSurface();
        MapPainter.Painted painted = MapPainter.paint(s, new MapPainter.Picture(v, cache, false, Set.of("Pakistan"),
                rings, markers(), legend, false, true, false, null));
        return new Painting(s, painted, v, p);
    }

    /** Every point of the lines stroked in the ring's own colour and width, back in degrees. */
    private static List<GeoPoint> strokedRingPoints(Painting p, WeaponSystem s) {
        RingStyle style = RingStyle.of(styles.styleIndex(s.id()));
        List<GeoPoint> out = new ArrayList<>();
        for (RecordingSurface.PathCall call : p.surface().strokes(style.colour(), 2.2)) {
            for (List<double[]> part : call.parts()) {
                for (double[] xy : part) {
                    Coordinate lonLat = p.projection().inverse(p.viewport().projectedX(xy[0]),
                            p.viewport().projectedY(xy[1]));
                    out.add(new GeoPoint(lonLat.y, lonLat.x));
                }
            }
        }
        return out;
    }

    private static void assertOnTheGeodesicCircle(List<GeoPoint> points, WeaponSystem s) {
        GeoPoint centre = dataset.representativePoint(s.country()).location();
        assertThat(points).as("stroked points of %s", s.name()).hasSizeGreaterThan(50);
        for (GeoPoint pt : points) {
            double d = Geodesic.WGS84.Inverse(centre.latDeg(), centre.lonDeg(), pt.latDeg(), pt.lonDeg()).s12;
            assertThat(Math.abs(d - s.headlineRangeKm() * 1000)).as("%s at %s", s.name(), pt)
                    .isLessThan(RING_TOLERANCE_METERS);
        }
    }

    @Test
    void theSouthAsiaViewDrawsShaheenIiiAndAgniVOnTheirGeodesicCircles() {
        WeaponSystem shaheen = named("Shaheen-III");
        WeaponSystem agni = named("Agni-V");
        Painting p = paint(List.of(shaheen, agni), SOUTH_ASIA, 1200, 800);
        assertOnTheGeodesicCircle(strokedRingPoints(p, shaheen), shaheen);
        assertOnTheGeodesicCircle(strokedRingPoints(p, agni), agni);
    }

    @Test
    void theLegendListsBothRingsUnderTheirLaunchPointsAndIsDrawn() {
        Painting p = paint(List.of(named("Shaheen-III"), named("Agni-V")), SOUTH_ASIA, 1200, 800);
        LegendPainter.Layout legend = p.painted().legend();
        assertThat(legend.texts(Legend.Kind.HEADING)).containsExactly("from Islamabad (representative point)",
                "from New Delhi (representative point)");
        assertThat(legend.texts(Legend.Kind.RING)).hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("Shaheen-III 2,750 km"))
                .anySatisfy(t -> assertThat(t).startsWith("Agni-V"));
        assertThat(p.surface().texts).extracting(RecordingSurface.TextCall::text)
                .contains("from Islamabad (representative point)", "band: lowest to highest claimed range");
        // Bottom left, inside the view, under 60 % of its height.
        assertThat(legend.frame().x()).isLessThan(20);
        assertThat(legend.frame().maxY()).isGreaterThan(760).isLessThanOrEqualTo(800);
        assertThat(legend.frame().height()).isLessThan(800 * 0.6);
    }

    @Test
    void noTwoLabelsShareRoomAndNoneCoversTheLegendOrTheScaleBar() {
        Painting p = paint(List.of(named("Shaheen-III"), named("Agni-V")), SOUTH_ASIA, 1200, 800);
        List<Box> labels = new ArrayList<>();
        p.painted().markers().stream().filter(MarkerPainter.Placed::labelShown).forEach(m -> labels.add(m.bounds()));
        p.painted().ringLabels().forEach(l -> labels.add(l.box()));
        // Agni-V's 5,000 km ring lies wholly outside this view, so only Shaheen-III's is labelled.
        assertThat(p.painted().ringLabels()).extracting(l -> l.label().text()).containsExactly("Shaheen-III 2,750 km");
        assertThat(labels).hasSizeGreaterThan(10);
        Box scaleBar = p.painted().scaleBar().room(p.surface());
        for (int i = 0; i < labels.size(); i++) {
            assertThat(labels.get(i).intersects(p.painted().legend().frame())).as("label %s over the legend",
                    labels.get(i)).isFalse();
            assertThat(labels.get(i).intersects(scaleBar)).isFalse();
            for (int k = i + 1; k < labels.size(); k++) {
                assertThat(labels.get(i).intersects(labels.get(k))).as("%s and %s", labels.get(i), labels.get(k))
                        .isFalse();
            }
        }
    }

    /**
     * Seen on a screenshot of the world view: the DF-31A/AG ring (11,000 km from Beijing, holding
     * the North Pole) was stroked as a rectangle along the map's frame, the cut's edges along the
     * pole's parallel and the antimeridian with it, and its label stood outside the world.
     */
    @Test
    void aRingHoldingThePoleIsStrokedAlongItsCircleOnlyAndLabelledOnTheMap() {
        WeaponSystem df31 = dataset.systems().stream().filter(s -> s.country().equals("CHN")
                && s.headlineRangeKm() >= 11_000 && s.headlineRangeKm() < 12_000).findFirst().orElseThrow();
        Painting p = paint(List.of(df31), WORLD, 1400, 700);
        assertOnTheGeodesicCircle(strokedRingPoints(p, df31), df31);
        Box label = p.painted().ringLabels().get(0).box();
        double top = p.viewport().screenY(p.projection().project(0, 85).y);
        assertThat(label.y()).as("label top").isGreaterThanOrEqualTo(Math.max(0, top) - 1);
        assertThat(label.within(new Box(0, 0, 1400, 700))).isTrue();
    }
}
