package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.geo.GeodesicPath;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.RingOverlay;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.model.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map's tools, driven as a user drives them: dragging a launch point, measuring, claim bands. */
class MapToolsTest extends RunningAppTest {

    /** Picks a projection in the tool bar's menu, as a user does. */
    private void chooseProjection(Projections.Kind kind) throws Exception {
        onFx(() -> {
            projectionMenu().setValue(kind);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ChoiceBox<Projections.Kind> projectionMenu() {
        return lookup("#projection").queryAs(javafx.scene.control.ChoiceBox.class);
    }

    /** The projection is chosen from the tool bar's menu by mouse, and by keyboard alone. */
    @Test
    void theProjectionIsChosenFromTheToolBarByMouseAndByKeyboard() throws Exception {
        clickOn("#projection");
        clickOn(org.balanceexplorer.ui.I18n.text("projection.MERCATOR"));
        settle();
        assertThat(app.model().state().projection().kind())
                .isEqualTo(org.balanceexplorer.state.ProjectionKind.MERCATOR);
        assertThat(projectionMenu().getValue()).isEqualTo(Projections.Kind.MERCATOR);
        assertThat(app.window().map().projectionProperty().get()).isEqualTo(
                app.model().state().projection().toProjection());

        // keyboard: Space opens the menu at the current choice; Down then Enter takes the next
        onFx(() -> {
            projectionMenu().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> projectionMenu().isShowing());
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        settle();
        List<Projections.Kind> kinds = projectionMenu().getItems();
        Projections.Kind next = kinds.get(kinds.indexOf(Projections.Kind.MERCATOR) + 1);
        assertThat(projectionMenu().getValue()).isEqualTo(next);
        assertThat(app.model().state().projection().kind().geoKind()).isEqualTo(next);
    }

    /** A launch point lands where the mouse lets go, to within a pixel's worth of ground (about 5 km at South Asia zoom). */
    private static final double ONE_PIXEL_DEG = 0.1;

    private Point2D screenOf(GeoPoint p) throws Exception {
        MapView map = app.window().map();
        return onFx(() -> map.localToScreen(map.toScreen(p)));
    }

    @Test
    void draggingALaunchPointMovesItsRingsAndLabelsThePointUserChosen() throws Exception {
        tick("Shaheen-III");
        MapView map = app.window().map();
        GeoPoint islamabad = app.model().dataset().representativePoint("PAK").location();
        Point2D from = screenOf(islamabad);

        drag(from, MouseButton.PRIMARY).moveBy(-60, 120).release(MouseButton.PRIMARY);
        settle();

        GeoPoint moved = app.model().launchPoint("PAK");
        GeoPoint expected = onFx(() -> map.toGeographic(map.screenToLocal(from.add(-60, 120)).getX(),
                map.screenToLocal(from.add(-60, 120)).getY()));
        assertThat(app.model().isLaunchPointMoved("PAK")).isTrue();
        assertThat(moved.latDeg()).isCloseTo(expected.latDeg(), within(ONE_PIXEL_DEG));
        assertThat(moved.lonDeg()).isCloseTo(expected.lonDeg(), within(ONE_PIXEL_DEG));
        assertThat(moved.latDeg()).isLessThan(islamabad.latDeg());
        RingOverlay ring = map.rings().get(0);
        assertThat(ring.centre()).isEqualTo(moved);
        assertThat(ring.details()).contains("user-chosen point");
        assertThat(app.model().ringsProperty().get().preview()).isFalse();
        assertThat(legendShows("from a user-chosen point (Pakistan)")).isTrue();

        clickOn("#reset-launch-points");
        settle();
        assertThat(app.model().isLaunchPointMoved("PAK")).isFalse();
        assertThat(map.rings().get(0).centre()).isEqualTo(islamabad);
        assertThat(legendShows("from Islamabad (representative point)")).isTrue();
        assertThat(legendShows("from a user-chosen point")).isFalse();
    }

    /**
     * While the point is held, each step shows preview rings, and the launch point's symbol is
     * drawn where its rings are centred (it moves with them, on the canvas of the moving rings);
     * on release the exact rings replace the previews and the symbol stays with them.
     */
    @Test
    void whileDraggingTheLaunchPointSymbolMovesWithItsRings() throws Exception {
        tick("Shaheen-III");
        tick("Shaheen-II");
        MapView map = app.window().map();
        Point2D from = screenOf(app.model().dataset().representativePoint("PAK").location());

        drag(from, MouseButton.PRIMARY);
        for (int step = 0; step < 4; step++) {
            moveBy(-15, 30);
            settle();
            GeoPoint held = app.model().launchPoint("PAK");
            assertThat(app.model().ringsProperty().get().preview()).as("step %d shows previews", step).isTrue();
            assertThat(map.rings()).allSatisfy(r -> assertThat(r.centre()).isEqualTo(held));
            Point2D expected = onFx(() -> map.toScreen(held));
            Point2D drawn = onFx(() -> map.drawnMarker("launch-PAK")).orElseThrow();
            assertThat(drawn.distance(expected)).as("step %d: symbol on the rings' centre", step).isLessThan(0.5);
        }
        release(MouseButton.PRIMARY);
        settle();

        GeoPoint dropped = app.model().launchPoint("PAK");
        assertThat(app.model().ringsProperty().get().preview()).isFalse();
        assertThat(map.rings()).allSatisfy(r -> assertThat(r.centre()).isEqualTo(dropped));
        Point2D drawn = onFx(() -> map.drawnMarker("launch-PAK")).orElseThrow();
        assertThat(drawn.distance(onFx(() -> map.toScreen(dropped)))).isLessThan(0.5);
        // Islamabad, no longer the launch point, is drawn as a place again.
        assertThat(onFx(() -> map.drawnMarker(app.model().dataset().representativePoint("PAK").id()))).isPresent();
    }

    /** Hovering a launch point explains it; hovering the empty sea shows nothing, not an empty box. */
    @Test
    void tooltipsShowOverMarkersAndNothingOverTheEmptySea() throws Exception {
        moveTo(screenOf(new GeoPoint(14, 63)));      // the Arabian Sea
        moveBy(3, 2);
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showingTooltips()).isEmpty();

        moveTo(screenOf(app.model().launchPoint("IND")).add(-6, 0));
        moveBy(3, 1);
        // The tooltip shows after its delay; a loaded machine can take longer than the delay.
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !showingTooltips().isEmpty());
        assertThat(showingTooltips()).singleElement().satisfies(t -> assertThat(t.getText())
                .contains("New Delhi").contains("Drag to move this launch point"));

        moveTo(screenOf(new GeoPoint(14, 63)));
        moveBy(3, 2);
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showingTooltips()).isEmpty();
    }

    private static java.util.List<javafx.scene.control.Tooltip> showingTooltips() throws Exception {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> (javafx.scene.control.Tooltip) w).toList());
    }

    @Test
    void theMeasureToolGivesTheGeodesicDistanceAndBearingBetweenTwoClicks() throws Exception {
        MapView map = app.window().map();
        // Nothing measured: the tools' layer is hidden (an empty layer would still be blended at
        // every repaint), and the scale bar, drawn with the markers, is still there.
        assertThat(lookup("#map-layer-tools").query().isVisible()).isFalse();
        assertThat(scaleBarEndTickDrawn(map)).isTrue();
        clickOn("#measure-tool");
        GeoPoint a = new GeoPoint(33.72, 73.04);
        GeoPoint b = new GeoPoint(11.62, 92.73);
        clickOn(screenOf(a));
        clickOn(screenOf(b));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.measurementProperty().get() != null);
        GeodesicPath path = map.measurementProperty().get();
        // The clicked points are the pixels nearest a and b; GeographicLib between them is the oracle.
        GeodesicData oracle = Geodesic.WGS84.Inverse(path.from().latDeg(), path.from().lonDeg(), path.to().latDeg(),
                path.to().lonDeg());
        assertThat(path.distanceMeters()).isCloseTo(oracle.s12, within(0.001));
        assertThat(path.initialBearingDeg()).isCloseTo((oracle.azi1 + 360) % 360, within(1e-6));
        assertThat(path.from().latDeg()).isCloseTo(a.latDeg(), within(ONE_PIXEL_DEG));
        assertThat(path.to().lonDeg()).isCloseTo(b.lonDeg(), within(ONE_PIXEL_DEG));
        // Islamabad to Port Blair is about 3,000 km.
        assertThat(path.distanceMeters() / 1000).isBetween(2900.0, 3200.0);
        assertThat(lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .contains("km, initial bearing");

        assertThat(lookup("#map-layer-tools").query().isVisible()).isTrue();

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.measurementProperty().get()).isNull();
        assertThat(lookup("#map-layer-tools").query().isVisible()).isFalse();
    }

    /**
     * Whether the scale bar's right-hand tick (dark, 20 px from the right edge, 24 px up from the
     * bottom, 8 px tall) is in a snapshot of the map.
     */
    private boolean scaleBarEndTickDrawn(MapView map) throws Exception {
        javafx.scene.image.Image shot = onFx(() -> map.snapshot(null, null));
        int x = (int) shot.getWidth() - 20;
        int y = (int) shot.getHeight() - 24;
        int dark = 0;
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -1; dx <= 0; dx++) {
                if (shot.getPixelReader().getColor(x + dx, y + dy).getBrightness() < 0.4) {
                    dark++;
                }
            }
        }
        return dark >= 8;
    }

    /** Without a pointer: the Points menu moves a launch point to typed coordinates; bad ones are refused in words. */
    @Test
    void aLaunchPointCanBeMovedFromTheKeyboard() throws Exception {
        tick("Shaheen-III");
        openPointsMenuItem("#move-launch-point");
        javafx.scene.control.ComboBox<org.balanceexplorer.model.Country> country =
                lookup("#launch-country").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(country.getValue().id()).isEqualTo("PAK");
        javafx.scene.control.TextField lat = lookup("#launch-lat").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField lon = lookup("#launch-lon").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.Node ok = ((javafx.scene.control.DialogPane) lat.getScene().getRoot())
                .lookupButton(javafx.scene.control.ButtonType.OK);

        interact(() -> lat.setText("95"));
        assertThat(lookup("#launch-problem").queryAs(javafx.scene.control.Label.class).getText())
                .contains("between -90 and 90");
        assertThat(ok.isDisabled()).isTrue();

        interact(() -> lat.clear());
        clickOn(lat).write("25.3");
        interact(() -> lon.clear());
        clickOn(lon).write("68.4");
        assertThat(ok.isDisabled()).isFalse();
        type(KeyCode.ENTER);
        settle();
        assertThat(app.model().isLaunchPointMoved("PAK")).isTrue();
        GeoPoint moved = app.model().launchPoint("PAK");
        assertThat(moved.latDeg()).isCloseTo(25.3, within(1e-9));
        assertThat(moved.lonDeg()).isCloseTo(68.4, within(1e-9));
        assertThat(app.window().map().rings().get(0).centre()).isEqualTo(moved);
    }

    /** Without a pointer: the Points menu measures between two named points (GeographicLib is the oracle). */
    @Test
    void aMeasurementCanBeTakenFromTheKeyboard() throws Exception {
        openPointsMenuItem("#measure-between");
        javafx.scene.control.ComboBox<org.balanceexplorer.ui.PointDialogs.NamedPoint> from =
                lookup("#measure-from").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.control.ComboBox<org.balanceexplorer.ui.PointDialogs.NamedPoint> to =
                lookup("#measure-to").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> {
            from.setValue(from.getItems().stream().filter(p -> p.name().equals("Islamabad")).findFirst().orElseThrow());
            to.setValue(to.getItems().stream().filter(p -> p.name().equals("Port Blair")).findFirst().orElseThrow());
        });
        type(KeyCode.ENTER);
        MapView map = app.window().map();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.measurementProperty().get() != null);
        GeodesicPath path = map.measurementProperty().get();
        GeoPoint a = app.model().dataset().places().stream().filter(p -> p.name().equals("Islamabad")).findFirst()
                .orElseThrow().location();
        GeoPoint b = app.model().dataset().places().stream().filter(p -> p.name().equals("Port Blair")).findFirst()
                .orElseThrow().location();
        GeodesicData oracle = Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg());
        assertThat(path.from()).isEqualTo(a);
        assertThat(path.to()).isEqualTo(b);
        assertThat(path.distanceMeters()).isCloseTo(oracle.s12, within(0.001));
        assertThat(path.initialBearingDeg()).isCloseTo((oracle.azi1 + 360) % 360, within(1e-6));
    }

    private void openPointsMenuItem(String itemId) {
        clickOn("#points-menu");
        clickOn(itemId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDisputedRangeGetsABandFromItsLowestToItsHighestClaim() throws Exception {
        tick("Shaheen-II");
        RingOverlay ring = app.window().map().rings().get(0);
        var range = app.model().dataset().systems().stream().filter(s -> s.name().equals("Shaheen-II")).findFirst()
                .orElseThrow().range();
        assertThat(range.disputed()).isTrue();
        assertThat(ring.band()).isNotNull();
        GeoPoint centre = ring.centre();
        // A point between the lowest and highest claimed ranges lies in the band; one inside the lowest does not.
        double mid = (range.lowestClaimed().getAsDouble() + range.highestClaimed().getAsDouble()) / 2 * 1000;
        GeoPoint inBand = org.balanceexplorer.geo.Geodesy.direct(centre, 180, mid);
        GeoPoint inside = org.balanceexplorer.geo.Geodesy.direct(centre, 180, range.lowestClaimed().getAsDouble() * 500);
        var f = org.balanceexplorer.geo.Coordinates.FACTORY;
        assertThat(ring.band().contains(f.createPoint(org.balanceexplorer.geo.Coordinates.toCoordinate(inBand)))).isTrue();
        assertThat(ring.band().contains(f.createPoint(org.balanceexplorer.geo.Coordinates.toCoordinate(inside)))).isFalse();

        assertThat(legendShows("band: lowest to highest claimed range")).isTrue();
        clickOn("#show-bands");
        settle();
        assertThat(app.window().map().rings().get(0).band()).isNull();
        assertThat(legendShows("band: lowest to highest claimed range")).isFalse();
        assertThat(legendShows("one ring per claimed range")).isFalse();
        clickOn("#show-claim-rings");
        settle();
        assertThat(app.window().map().rings().get(0).claimRings()).hasSizeGreaterThan(1)
                .allMatch(c -> c.label().contains("km: "));
        assertThat(legendShows("one ring per claimed range")).isTrue();
    }

    /** The measurement's text keeps clear of the place labels, Port Blair's beside the end point included. */
    @Test
    void theMeasurementsTextDoesNotCoverAPlaceLabel() throws Exception {
        GeoPoint islamabad = app.model().dataset().place("islamabad").orElseThrow().location();
        GeoPoint portBlair = app.model().dataset().place("port-blair").orElseThrow().location();
        MapView map = app.window().map();
        onFx(() -> {
            app.model().measure(islamabad, portBlair);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.measurementProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds text = onFx(() -> map.measureLabelBounds().orElseThrow());
        List<Bounds> places = onFx(map::shownLabelBounds);
        assertThat(places).isNotEmpty();
        for (Bounds p : places) {
            assertThat(text.intersects(p)).as("measurement text %s over place label %s", text, p).isFalse();
        }
    }

    /** The place in the middle of the map's view. */
    private static GeoPoint viewCentre(MapView map) throws Exception {
        return onFx(() -> map.toGeographic(map.getViewport().width() / 2, map.getViewport().height() / 2));
    }

    /** Whether a legend entry starting with the text is shown (the legend is painted on the map). */
    private boolean legendShows(String start) throws Exception {
        return onFx(() -> app.window().map().legendLayout().orElseThrow().items().stream()
                .map(i -> String.join(" ", i.lines()))
                .anyMatch(t -> t.startsWith(start)));
    }

    /** "Fit world" pressed while a projection is on its way is not undone when it arrives. */
    @Test
    void aFitAskedForDuringASwitchHoldsInTheNewProjection() throws Exception {
        MapView map = app.window().map();
        onFx(() -> {
            // Straight after start-up nothing but the opening projection is projected yet.
            app.window().selectProjection(Projections.Kind.MERCATOR.name());
            assertThat(map.busyProperty().get()).as("the switch is on its way").isTrue();
            map.fitWorld();
            return null;
        });
        settle();
        assertThat(map.projectionProperty().get().name()).isEqualTo("Mercator");
        GeoPoint centre = viewCentre(map);
        // The world's centre, not South Asia's (where the view was when the switch was asked for).
        assertThat(centre.lonDeg()).isCloseTo(0, within(1.0));
        assertThat(centre.latDeg()).isCloseTo(0, within(1.0));

        // The globe asked for, and the world fitted before it arrives: the whole disc fills the
        // view's shorter side (fitted to the flat world's box, it was a third of the width).
        onFx(() -> {
            app.window().selectProjection(Projections.Kind.ORTHOGRAPHIC.name());
            map.fitWorld();
            return null;
        });
        settle();
        assertThat(map.projectionProperty().get().name()).isEqualTo("Orthographic");
        Viewport globe = map.getViewport();
        double discPx = 2 * org.balanceexplorer.geo.Projection.EARTH_RADIUS_METERS * globe.scale();
        assertThat(discPx).isCloseTo(0.98 * Math.min(globe.width(), globe.height()), within(2.0));
    }

    /** After "Fit world", every projection shows the whole world: the globe's disc fills the view. */
    @Test
    void aFittedWorldStaysFittedAcrossProjections() throws Exception {
        MapView map = app.window().map();
        clickOn("#fit-world");
        settle();
        chooseProjection(Projections.Kind.ORTHOGRAPHIC);
        settle();
        Viewport globe = map.getViewport();
        double discPx = 2 * org.balanceexplorer.geo.Projection.EARTH_RADIUS_METERS * globe.scale();
        assertThat(discPx).isCloseTo(0.98 * Math.min(globe.width(), globe.height()), within(2.0));
        chooseProjection(Projections.Kind.MERCATOR);
        settle();
        Viewport mercator = map.getViewport();
        // The whole Mercator world (to 85 degrees) is in view, and fills it one way.
        org.balanceexplorer.geo.Projection p = map.projectionProperty().get();
        org.locationtech.jts.geom.Coordinate nw = p.project(-179.999, 85);
        org.locationtech.jts.geom.Coordinate se = p.project(179.999, -85);
        assertThat(mercator.visible().covers(nw)).isTrue();
        assertThat(mercator.visible().covers(se)).isTrue();
        assertThat(Math.max((se.x - nw.x) * mercator.scale() / mercator.width(),
                (nw.y - se.y) * mercator.scale() / mercator.height())).isCloseTo(0.98, within(0.015));
    }

    @Test
    void switchingProjectionKeepsTheSamePlaceInTheCentreAndRedrawsTheRings() throws Exception {
        tick("Agni-V");
        MapView map = app.window().map();
        GeoPoint centre = viewCentre(map);
        for (Projections.Kind kind : new Projections.Kind[] {Projections.Kind.MERCATOR, Projections.Kind.ORTHOGRAPHIC,
                Projections.Kind.LAMBERT_CONFORMAL_CONIC, Projections.Kind.EQUIRECTANGULAR}) {
            chooseProjection(kind);
            settle();
            assertThat(map.projectionProperty().get().name()).isEqualTo(Projections.create(kind, centre).name());
            GeoPoint now = viewCentre(map);
            assertThat(now.latDeg()).as(kind.toString()).isCloseTo(centre.latDeg(), within(0.01));
            assertThat(now.lonDeg()).as(kind.toString()).isCloseTo(centre.lonDeg(), within(0.01));
            assertThat(map.rings()).hasSize(1);
        }
    }

    /**
     * Once the view rests after a move, the globe centred on it is prepared in the background; a
     * switch asked for while that is on its way waits for it (not projected twice) and then shows
     * the globe centred on the middle of the view, with the rings.
     */
    @Test
    void aGlobeAskedForWhileItIsBeingPreparedIsShownCentredOnTheView() throws Exception {
        tick("Shaheen-III");
        MapView map = app.window().map();
        onFx(() -> {
            map.panByPixels(-120, 40);
            return null;
        });
        GeoPoint middle = viewCentre(map);
        // As when the view has rested: the globe for it is being prepared when the menu is used.
        GeoPoint whole = new GeoPoint(Math.round(middle.latDeg()), Math.round(middle.lonDeg()));
        boolean waited = onFx(() -> {
            map.prepare(java.util.List.of(Projections.create(Projections.Kind.ORTHOGRAPHIC, whole)));
            boolean onItsWay = map.preparing();
            projectionMenu().setValue(Projections.Kind.ORTHOGRAPHIC);
            return onItsWay && map.busyProperty().get();
        });
        assertThat(waited).as("the switch waits for the globe on its way").isTrue();
        settle();
        assertThat(map.projectionProperty().get()).isInstanceOf(org.balanceexplorer.geo.Orthographic.class);
        GeoPoint globeCentre = ((org.balanceexplorer.geo.Orthographic) map.projectionProperty().get()).centre();
        assertThat(globeCentre.latDeg()).isCloseTo(Math.round(middle.latDeg()), within(1e-9));
        assertThat(globeCentre.lonDeg()).isCloseTo(Math.round(middle.lonDeg()), within(1e-9));
        GeoPoint now = viewCentre(map);
        assertThat(now.latDeg()).isCloseTo(middle.latDeg(), within(0.01));
        assertThat(now.lonDeg()).isCloseTo(middle.lonDeg(), within(0.01));
        assertThat(map.rings()).hasSize(1);
        assertThat(map.projectsRings()).isFalse();
    }

    /** A kept globe within a degree of the one asked for serves at once, the view still centred on the same place. */
    @Test
    void aKeptGlobeWithinADegreeServesASwitchAtOnce() throws Exception {
        tick("Shaheen-III");
        MapView map = app.window().map();
        chooseProjection(Projections.Kind.ORTHOGRAPHIC);
        settle();
        org.balanceexplorer.geo.Projection kept = map.projectionProperty().get();
        GeoPoint keptCentre = ((org.balanceexplorer.geo.Orthographic) kept).centre();
        chooseProjection(Projections.Kind.EQUIRECTANGULAR);
        settle();
        GeoPoint middle = viewCentre(map);

        GeoPoint near = new GeoPoint(keptCentre.latDeg() + 0.8, keptCentre.lonDeg() - 0.6);
        boolean immediate = onFx(() -> {
            map.setProjection(Projections.create(Projections.Kind.ORTHOGRAPHIC, near));
            return map.projectionProperty().get().equals(kept);
        });
        assertThat(immediate).as("the kept globe is shown without projecting another").isTrue();
        settle();
        GeoPoint now = viewCentre(map);
        assertThat(now.latDeg()).isCloseTo(middle.latDeg(), within(0.01));
        assertThat(now.lonDeg()).isCloseTo(middle.lonDeg(), within(0.01));

        // Two degrees away is another globe.
        GeoPoint far = new GeoPoint(keptCentre.latDeg() + 2, keptCentre.lonDeg());
        onFx(() -> {
            map.setProjection(Projections.create(Projections.Kind.ORTHOGRAPHIC, far));
            return null;
        });
        settle();
        assertThat(((org.balanceexplorer.geo.Orthographic) map.projectionProperty().get()).centre()).isEqualTo(far);
    }

    @Test
    void theAzimuthalViewIsCentredOnTheLaunchPointAndItsRingsAreTrueCircles() throws Exception {
        tick("Agni-V");
        MapView map = app.window().map();
        chooseProjection(Projections.Kind.AZIMUTHAL_EQUIDISTANT);
        settle();
        GeoPoint delhi = app.model().launchPoint("IND");
        Point2D centre = onFx(() -> map.toScreen(delhi));
        double radiusKm = app.model().dataset().systems().stream().filter(s -> s.name().equals("Agni-V")).findFirst()
                .orElseThrow().headlineRangeKm();
        double[] radii = new double[8];
        for (int i = 0; i < 8; i++) {
            GeoPoint onRing = org.balanceexplorer.geo.Geodesy.direct(delhi, i * 45, radiusKm * 1000);
            Point2D p = onFx(() -> map.toScreen(onRing));
            radii[i] = p.distance(centre);
        }
        double min = java.util.Arrays.stream(radii).min().orElseThrow();
        double max = java.util.Arrays.stream(radii).max().orElseThrow();
        // A true circle on screen: every direction at the same pixel radius, to a hundredth of a pixel.
        assertThat(max - min).isLessThan(0.01);
    }

    @Test
    void draggingTheGlobeTurnsIt() throws Exception {
        MapView map = app.window().map();
        chooseProjection(Projections.Kind.ORTHOGRAPHIC);
        settle();
        org.balanceexplorer.geo.Orthographic before = (org.balanceexplorer.geo.Orthographic) map.projectionProperty().get();
        Point2D middle = onFx(() -> map.localToScreen(map.getWidth() / 2, map.getHeight() / 2));
        drag(middle, MouseButton.PRIMARY).moveBy(-150, 0).release(MouseButton.PRIMARY);
        settle();
        org.balanceexplorer.geo.Orthographic after = (org.balanceexplorer.geo.Orthographic) map.projectionProperty().get();
        // Dragging the globe to the left brings the east into view: the centre moves east.
        assertThat(after.centre().lonDeg()).isGreaterThan(before.centre().lonDeg() + 1);
        assertThat(after.centre().latDeg()).isCloseTo(before.centre().latDeg(), within(0.5));

        // From the keyboard: the arrow keys turn it too, and the view stays on the disc's centre.
        clickOn(middle);
        type(KeyCode.RIGHT);
        settle();
        org.balanceexplorer.geo.Orthographic keyed = (org.balanceexplorer.geo.Orthographic) map.projectionProperty().get();
        assertThat(keyed.centre().lonDeg()).isGreaterThan(after.centre().lonDeg() + 1);
        type(KeyCode.UP);
        settle();
        org.balanceexplorer.geo.Orthographic up = (org.balanceexplorer.geo.Orthographic) map.projectionProperty().get();
        assertThat(up.centre().latDeg()).isGreaterThan(keyed.centre().latDeg() + 1);
        Viewport v = map.getViewport();
        assertThat(v.centerX()).isCloseTo(0, within(1.0));
        assertThat(v.centerY()).isCloseTo(0, within(1.0));
    }

    @Test
    void theNaiveCircleOverlayIsNarrowerEastWestThanTheTrueRingAwayFromTheEquator() throws Exception {
        tick("Agni-III");
        clickOn("#show-naive");
        settle();
        RingOverlay ring = app.window().map().rings().get(0);
        assertThat(ring.naiveCircle()).isNotNull();
        // New Delhi is at 28.6N: a degree of longitude there is cos(28.6) = 0.88 of the 111.32 km the
        // naive circle assumes, so the true ring spans more longitude; both span the same latitude.
        double trueWidth = ring.geographic().getEnvelopeInternal().getWidth();
        double naiveWidth = ring.naiveCircle().getEnvelopeInternal().getWidth();
        assertThat(trueWidth).isGreaterThan(naiveWidth * 1.05);
        assertThat(ring.geographic().getEnvelopeInternal().getHeight())
                .isCloseTo(ring.naiveCircle().getEnvelopeInternal().getHeight(), within(1.0));
    }

    @Test
    void envelopeModeShadesWhatIsInRangeOfAnywhereInTheTerritory() throws Exception {
        tick("Shaheen-III");
        assertThat(legendShows("within range of anywhere in the territory")).isFalse();
        clickOn("#show-envelopes");
        settle();
        assertThat(legendShows("within range of anywhere in the territory")).isTrue();
        RingOverlay ring = app.window().map().rings().get(0);
        assertThat(ring.envelope()).isNotNull();
        GeoPoint islamabad = app.model().launchPoint("PAK");
        GeoPoint gwadar = app.model().dataset().place("gwadar").orElseThrow().location();
        double rangeM = 2750_000;
        // 2,700 km south-west of Gwadar, on Pakistan's coast: within range of Pakistan's territory,
        // but beyond range of Islamabad.
        GeoPoint far = org.balanceexplorer.geo.Geodesy.direct(gwadar, 225, 2_700_000);
        assertThat(org.balanceexplorer.geo.Geodesy.inverse(islamabad, far).distanceMeters()).isGreaterThan(rangeM);
        var f = org.balanceexplorer.geo.Coordinates.FACTORY;
        var point = f.createPoint(org.balanceexplorer.geo.Coordinates.toCoordinate(far));
        assertThat(ring.envelope().contains(point)).isTrue();
        assertThat(ring.geographic().contains(point)).isFalse();
    }

    @Test
    void disputedLinesAreDrawnAndExplainedInTheLegend() throws Exception {
        assertThat(app.window().map().disputedLines()).isNotEmpty();
        assertThat(onFx(() -> app.window().map().legendLayout().orElseThrow().items().stream()
                .map(i -> String.join(" ", i.lines())).toList())).anyMatch(t -> t.startsWith("disputed line"))
                .anyMatch(t -> t.contains("de facto"));
    }
}
