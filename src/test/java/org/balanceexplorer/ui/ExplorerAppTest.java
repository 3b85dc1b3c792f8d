package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.map.Palette;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, started headless on the bundled dataset: ticking a system draws its ring,
 * selecting it lists its claims, markers inside the ring are highlighted, the map zooms and pans.
 */
class ExplorerAppTest extends RunningAppTest {

    private void waitUntilRingsAreComputed() throws Exception {
        settle();
    }

    private static boolean near(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) < tolerance && Math.abs(a.getGreen() - b.getGreen()) < tolerance
                && Math.abs(a.getBlue() - b.getBlue()) < tolerance;
    }

    @Test
    void tickingASystemDrawsItsRingAroundTheRepresentativePoint() throws Exception {
        WeaponSystem shaheen = system("Shaheen-III");
        MapView map = app.window().map();
        assertThat(map.rings()).isEmpty();

        tick("Shaheen-III");
        waitUntilRingsAreComputed();

        assertThat(map.rings()).singleElement().satisfies(r -> {
            assertThat(r.systemId()).isEqualTo(shaheen.id());
            assertThat(r.label()).contains("Shaheen-III").contains("km");
            assertThat(r.centre()).isEqualTo(app.model().dataset().representativePoint("PAK").location());
        });
        // The ring is drawn where geodesy puts it: due east of Islamabad at the headline range.
        GeoPoint centre = map.rings().get(0).centre();
        GeoPoint east = org.balanceexplorer.geo.Geodesy.direct(centre, 90, shaheen.headlineRangeKm() * 1000);
        Point2D onRing = onFx(() -> map.toScreen(east));
        WritableImage shot = onFx(() -> map.snapshot(null, null));
        PixelReader px = shot.getPixelReader();
        Color ringColour = Palette.colour(app.model().colourIndex(shaheen.id()));
        boolean found = false;
        for (int dx = -3; dx <= 3 && !found; dx++) {
            for (int dy = -3; dy <= 3 && !found; dy++) {
                int x = (int) Math.round(onRing.getX()) + dx;
                int y = (int) Math.round(onRing.getY()) + dy;
                if (x >= 0 && y >= 0 && x < shot.getWidth() && y < shot.getHeight()) {
                    found = near(px.getColor(x, y), ringColour, 0.12);
                }
            }
        }
        assertThat(found).as("a pixel of the ring colour within 3 px of the ring's east point %s", onRing).isTrue();
    }

    @Test
    void selectingASystemListsEveryClaimBehindEachFigure() {
        WeaponSystem shaheen = system("Shaheen-II");
        search("Shaheen");
        clickOn(lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Shaheen-II \u2014")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        int claims = shaheen.figures().values().stream().mapToInt(f -> f.claims().size()).sum();
        assertThat(lookup("." + Styles.CLAIM_CARD).queryAll()).hasSize(claims);
        List<String> claimants = lookup("." + Styles.CLAIMANT).queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(claimants).containsAll(shaheen.range().claims().stream().map(Claim::claimant).toList());
        List<String> quotes = lookup("." + Styles.QUOTE).queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(quotes).anyMatch(q -> q.contains(shaheen.range().claims().get(0).quote()));
        if (shaheen.range().disputed()) {
            assertThat(lookup("#figure-rangeKm ." + Styles.CONFLICT_BADGE).tryQuery()).isPresent();
        }
    }

    /** A narrow side panel wraps a disagreement badge under its headline; it never cuts the headline. */
    @Test
    void figureHeadlinesAreShownWholeInANarrowSidePanel() throws Exception {
        onFx(() -> {
            javafx.scene.control.SplitPane centre = (javafx.scene.control.SplitPane) app.window().getCenter();
            centre.setDividerPositions(1.0);       // the side panel at its minimum width
            return null;
        });
        search("Agni-V");
        clickOn(lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Agni-V \u2014")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> titles = lookup("." + Styles.FIGURE_TITLE).queryAllAs(Label.class).stream().toList();
        assertThat(titles).isNotEmpty();
        assertThat(lookup("#figure-rangeKm ." + Styles.CONFLICT_BADGE).tryQuery()).isPresent();
        for (Label title : titles) {
            // What the label draws (its text node) is the whole text, not "Range: 5,...".
            String drawn = from(title).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
            assertThat(drawn).isEqualTo(title.getText());
            assertThat(title.getWidth()).isLessThan(title.getScene().getWidth() / 3);
        }
    }

    @Test
    void placesInsideAShownRingAreHighlighted() throws Exception {
        tick("Shaheen-III");
        waitUntilRingsAreComputed();
        List<Marker> markers = app.window().map().markers();
        // Lahore is about 270 km from Islamabad, far inside any Shaheen-III ring (New Delhi is India's launch point, not a place marker).
        assertThat(markers).filteredOn(m -> m.id().equals("lahore")).singleElement()
                .extracting(Marker::highlighted).isEqualTo(true);
        // Washington is over 11,000 km away: never inside.
        assertThat(markers).filteredOn(m -> m.id().equals("washington")).allMatch(m -> !m.highlighted());
    }

    @Test
    void theWheelZoomsAboutTheCursorAndDraggingPans() {
        MapView map = app.window().map();
        Viewport before = map.getViewport();
        moveTo(map);
        scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport zoomed = map.getViewport();
        assertThat(zoomed.scale()).isNotEqualTo(before.scale());

        drag(map, MouseButton.PRIMARY).moveBy(120, 40).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Viewport panned = map.getViewport();
        assertThat(panned.scale()).isEqualTo(zoomed.scale());
        assertThat(panned.centerX()).isLessThan(zoomed.centerX());
        assertThat(panned.centerY()).isGreaterThan(zoomed.centerY());
    }

    @Test
    void clickingACountryMarkerListsThatCountrysSystems() throws Exception {
        MapView map = app.window().map();
        GeoPoint islamabad = app.model().dataset().representativePoint("PAK").location();
        Point2D local = onFx(() -> map.toScreen(islamabad));
        Point2D screen = map.localToScreen(local);
        clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> links = lookup(".country-system-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .map(javafx.scene.control.Hyperlink::getText).toList();
        assertThat(links).hasSize(app.model().dataset().systemsOf("PAK").size());
        assertThat(links).anyMatch(t -> t.startsWith("Shaheen-III"));
    }

    @Test
    void aSystemCanBeFoundAndTickedWithTheKeyboardAlone() throws Exception {
        clickOn("#system-search").write("Ababeel");
        type(javafx.scene.input.KeyCode.TAB);
        type(javafx.scene.input.KeyCode.DOWN);
        type(javafx.scene.input.KeyCode.DOWN);
        type(javafx.scene.input.KeyCode.SPACE);
        waitUntilRingsAreComputed();
        assertThat(app.model().shownSystems()).containsExactly(system("Ababeel").id());
        assertThat(app.model().selectedSystemProperty().get()).isEqualTo(system("Ababeel"));
    }

    @Test
    void anUndatedOpinionClaimIsListedLastAndSaysUndated() throws Exception {
        search("Shaheen-III");
        clickOn(lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Shaheen-III \u2014")).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> kinds = lookup("#figure-rangeKm ." + Styles.CLAIMANT_KIND).queryAllAs(Label.class).stream().toList();
        assertThat(kinds).last().extracting(Label::getText).isEqualTo("opinion");
        List<String> sources = lookup("#figure-rangeKm ." + Styles.SOURCE).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(sources).last().asString().contains("undated");
        assertThat(sources).first().asString().doesNotContain("undated");
    }

    @Test
    void zoomingIntoSouthAsiaBringsInTheFinerBasemap() throws Exception {
        MapView map = app.window().map();
        assertThat(map.drewFineBasemap()).isFalse();
        for (int i = 0; i < 6 && !map.showsFineBasemap(); i++) {
            onFx(() -> {
                map.zoomAbout(map.getWidth() / 2, map.getHeight() / 2, 1.5);
                return null;
            });
        }
        assertThat(map.showsFineBasemap()).isTrue();
        // The 1:50m basemap is read after the window opens and projected when first wanted.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return map.drewFineBasemap();
        });
        assertThat(map.disputedLines()).isNotEmpty();
    }

    @Test
    void labelsNeverPileUpEvenWhenTheWholeWorldIsShown() throws Exception {
        MapView map = app.window().map();
        onFx(() -> {
            map.fitWorld();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.geometry.Bounds> labels = onFx(map::shownLabelBounds);
        assertThat(labels).isNotEmpty();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels %d and %d overlap", i, j).isFalse();
            }
        }
        // At world scale the South Asian cities crowd together: some labels must give way.
        assertThat(labels.size()).isLessThan(map.markers().size());
    }
}
