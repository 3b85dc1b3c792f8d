package org.balanceexplorer.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.RangeClass;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    private static final GeoPoint KARACHI = new GeoPoint(24.86, 67.01);

    @Test
    void theInitialStateShowsSouthAsiaOnAnEquirectangularMapWithNothingChosen() {
        ViewState s = ViewState.initial();
        assertThat(s.projection()).isEqualTo(new ProjectionChoice(ProjectionKind.EQUIRECTANGULAR, new GeoPoint(0, 0)));
        assertThat(s.frame().fit()).isEqualTo(FitRegion.SOUTH_ASIA);
        assertThat(s.frame().centre()).isNull();
        assertThat(s.frame().metresPerPixel()).isZero();
        assertThat(s.shownSystems()).isEmpty();
        assertThat(s.movedLaunchPoints()).isEmpty();
        assertThat(s.rings()).isEqualTo(new RingOptions(true, false, false, false));
        assertThat(s.time()).isEqualTo(new TimeSettings(null, null));
        assertThat(s.filters()).isEqualTo(new Filters("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of()));
        assertThat(s.filters().isEmpty()).isTrue();
        assertThat(s.selection()).isEqualTo(new Selection(null, null, null));
        assertThat(s.measurement()).isNull();
        assertThat(s.legend()).isEqualTo(new LegendLayout(LegendCorner.BOTTOM_LEFT, false));
    }

    @Test
    void projectionKindsAreTheGeoKindsByNameAndOrder() {
        assertThat(Arrays.stream(ProjectionKind.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(Projections.Kind.values()).map(Enum::name).toList());
        for (ProjectionKind k : ProjectionKind.values()) {
            assertThat(k.geoKind().name()).isEqualTo(k.name());
        }
    }

    @Test
    void aProjectionChoiceBuildsTheProjectionAroundItsCentre() {
        var p = new ProjectionChoice(ProjectionKind.AZIMUTHAL_EQUIDISTANT, KARACHI).toProjection();
        var xy = p.project(KARACHI.lonDeg(), KARACHI.latDeg());
        assertThat(Math.hypot(xy.x, xy.y)).isLessThan(1e-6);
    }

    @Test
    void systemsStayInTheOrderTheyWereTickedAndTickingTwiceChangesNothing() {
        ViewState s = ViewState.initial().withShown("agni-5", true).withShown("shaheen-3", true)
                .withShown("agni-5", true);
        assertThat(s.shownSystems()).containsExactly("agni-5", "shaheen-3");
        assertThat(s.withShown("agni-5", false).shownSystems()).containsExactly("shaheen-3");
        assertThat(s.withShown("babur", false)).isEqualTo(s);
        assertThat(s.withShown("agni-5", false).withShown("agni-5", true).shownSystems())
                .containsExactly("shaheen-3", "agni-5");
    }

    @Test
    void launchPointsAreMovedAndPutBackOneByOneOrAllAtOnce() {
        ViewState s = ViewState.initial().withLaunchPoint("PAK", KARACHI).withLaunchPoint("IND", new GeoPoint(19, 73));
        assertThat(s.movedLaunchPoints()).containsOnlyKeys("IND", "PAK").containsEntry("PAK", KARACHI);
        assertThat(s.withoutLaunchPoint("PAK").movedLaunchPoints()).containsOnlyKeys("IND");
        assertThat(s.withoutLaunchPoint("CHN")).isEqualTo(s);
        assertThat(s.withoutMovedLaunchPoints().movedLaunchPoints()).isEmpty();
    }

    @Test
    void movedPointsAreSortedByCountrySoTheOrderOfMovingDoesNotMatter() {
        ViewState a = ViewState.initial().withLaunchPoint("PAK", KARACHI).withLaunchPoint("IND", new GeoPoint(19, 73));
        ViewState b = ViewState.initial().withLaunchPoint("IND", new GeoPoint(19, 73)).withLaunchPoint("PAK", KARACHI);
        assertThat(a).isEqualTo(b);
        assertThat(List.copyOf(a.movedLaunchPoints().keySet())).containsExactly("IND", "PAK");
    }

    @Test
    void everyOtherWitherChangesItsOwnFieldOnly() {
        ViewState s = ViewState.initial();
        ProjectionChoice globe = new ProjectionChoice(ProjectionKind.ORTHOGRAPHIC, KARACHI);
        MapFrame frame = MapFrame.at(KARACHI, 2500);
        RingOptions rings = RingOptions.DEFAULT.withEnvelopes(true).withNaive(true).withClaimRings(true).withBands(false);
        TimeSettings time = new TimeSettings(1998, 2005);
        Filters filters = new Filters("agni", Set.of("IND"), Set.of(RangeClass.IRBM), Set.of(Basing.LAND),
                Set.of(Category.BALLISTIC), Set.of("operational"));
        Selection selection = new Selection("agni-5", "IND", "new-delhi");
        Measurement m = new Measurement(KARACHI, new GeoPoint(28.61, 77.21));
        LegendLayout legend = new LegendLayout(LegendCorner.TOP_RIGHT, true);
        assertThat(s.withProjection(globe).projection()).isEqualTo(globe);
        assertThat(s.withFrame(frame).frame()).isEqualTo(frame);
        assertThat(s.withRings(rings).rings()).isEqualTo(new RingOptions(false, true, true, true));
        assertThat(s.withTime(time).time()).isEqualTo(time);
        assertThat(s.withFilters(filters).filters()).isEqualTo(filters);
        assertThat(s.withSelection(selection).selection()).isEqualTo(selection);
        assertThat(s.withMeasurement(m).measurement()).isEqualTo(m);
        assertThat(s.withMeasurement(m).withMeasurement(null).measurement()).isNull();
        assertThat(s.withLegend(legend).legend()).isEqualTo(legend);
        ViewState all = s.withProjection(globe).withFrame(frame).withRings(rings).withTime(time).withFilters(filters)
                .withSelection(selection).withMeasurement(m).withLegend(legend);
        assertThat(all.withProjection(s.projection()).withFrame(s.frame()).withRings(s.rings()).withTime(s.time())
                .withFilters(s.filters()).withSelection(s.selection()).withMeasurement(null).withLegend(s.legend()))
                .isEqualTo(s);
    }

    @Test
    void collectionsGivenAreCopiedSoChangingThemLaterChangesNothing() {
        List<String> shown = new ArrayList<>(List.of("agni-5"));
        Map<String, GeoPoint> moved = new HashMap<>(Map.of("PAK", KARACHI));
        ViewState s = new ViewState(ViewState.initial().projection(), ViewState.initial().frame(), shown, moved,
                RingOptions.DEFAULT, TimeSettings.LATEST, Filters.NONE, Selection.NONE, null, LegendLayout.DEFAULT);
        shown.add("babur");
        moved.clear();
        assertThat(s.shownSystems()).containsExactly("agni-5");
        assertThat(s.movedLaunchPoints()).containsOnlyKeys("PAK");
        assertThatThrownBy(() -> s.shownSystems().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.movedLaunchPoints().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSystemShownTwiceIsRefusedWithItsId() {
        ViewState i = ViewState.initial();
        assertThatThrownBy(() -> new ViewState(i.projection(), i.frame(), List.of("agni-5", "agni-5"), Map.of(),
                i.rings(), i.time(), i.filters(), i.selection(), null, i.legend()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shownSystems must not name a system twice, named 'agni-5' twice");
    }

    @Test
    void missingPartsAreRefusedByName() {
        ViewState i = ViewState.initial();
        assertThatThrownBy(() -> new ViewState(null, i.frame(), List.of(), Map.of(), i.rings(), i.time(), i.filters(),
                i.selection(), null, i.legend())).isInstanceOf(NullPointerException.class).hasMessage("projection");
        assertThatThrownBy(() -> new ViewState(i.projection(), i.frame(), List.of(), Map.of(), i.rings(), i.time(),
                i.filters(), null, null, i.legend())).isInstanceOf(NullPointerException.class).hasMessage("selection");
        assertThatThrownBy(() -> new ProjectionChoice(ProjectionKind.MERCATOR, null))
                .isInstanceOf(NullPointerException.class).hasMessage("centre");
        assertThatThrownBy(() -> new Measurement(KARACHI, null)).isInstanceOf(NullPointerException.class).hasMessage("to");
        assertThatThrownBy(() -> new Filters(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("search");
    }

    @Test
    void anExplicitFrameNeedsACentreAndAPositiveFiniteScale() {
        assertThatThrownBy(() -> MapFrame.at(KARACHI, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metresPerPixel must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> MapFrame.at(KARACHI, -5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metresPerPixel must be finite and > 0, was -5.0");
        assertThatThrownBy(() -> MapFrame.at(KARACHI, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("metresPerPixel");
        assertThatThrownBy(() -> MapFrame.at(null, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("centre must be given when the frame is not fitted to a region");
        assertThatThrownBy(() -> new MapFrame(FitRegion.WORLD, null, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metresPerPixel must be 0 when the frame is fitted to WORLD, was 100.0");
        assertThat(MapFrame.fitted(FitRegion.WORLD).isFitted()).isTrue();
        assertThat(MapFrame.at(KARACHI, 100).isFitted()).isFalse();
    }

    @Test
    void fitRegionsAreTheBoxesTheMapFits() {
        assertThat(List.of(FitRegion.SOUTH_ASIA.minLonDeg(), FitRegion.SOUTH_ASIA.maxLonDeg(),
                FitRegion.SOUTH_ASIA.minLatDeg(), FitRegion.SOUTH_ASIA.maxLatDeg())).containsExactly(58.0, 102.0, 3.0, 42.0);
        assertThat(List.of(FitRegion.WORLD.minLonDeg(), FitRegion.WORLD.maxLonDeg(),
                FitRegion.WORLD.minLatDeg(), FitRegion.WORLD.maxLatDeg())).containsExactly(-180.0, 180.0, -85.0, 85.0);
    }

    @Test
    void yearsOutsideThePlausibleSpanAreRefusedByName() {
        assertThatThrownBy(() -> new TimeSettings(1899, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be in [1900, 2100] or null, was 1899");
        assertThatThrownBy(() -> new TimeSettings(null, 2101)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("knownInYear must be in [1900, 2100] or null, was 2101");
        assertThat(new TimeSettings(1900, 2100).year()).isEqualTo(1900);
    }

    @Test
    void filtersAreCopiedInAFixedOrderAndRefuseBlankTexts() {
        Filters f = new Filters("", Set.of("PAK", "IND", "CHN"), Set.of(RangeClass.ICBM, RangeClass.CRBM), Set.of(),
                Set.of(), Set.of());
        assertThat(List.copyOf(f.countries())).containsExactly("CHN", "IND", "PAK");
        assertThat(List.copyOf(f.classes())).containsExactly(RangeClass.CRBM, RangeClass.ICBM);
        assertThatThrownBy(() -> new Filters("", Set.of(" "), Set.of(), Set.of(), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("countries must hold no null or blank text, held ' '");
    }

    @Test
    void aBlankSelectionIdIsRefusedByName() {
        assertThatThrownBy(() -> new Selection(null, "", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("countryId must be null or an id, was ''");
    }
}
