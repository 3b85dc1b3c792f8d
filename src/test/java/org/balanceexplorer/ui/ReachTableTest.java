package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Marker;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.state.ReachTables.FromRow;
import org.balanceexplorer.state.ReachTables.ToRow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reach panel in the real window, both ways: places within the shown rings with distances as
 * GeographicLib measures them, sorted and copied as a user does; a place clicked on the map and the
 * shown systems that reach it; envelope mode measuring from the nearest point of the territory,
 * marked on the map.
 */
class ReachTableTest extends RunningAppTest {

    /** SIS against GeographicLib: well under a millimetre (build notes); 1 mm in km. */
    private static final double KM_TOLERANCE = 1e-6;

    @SuppressWarnings("unchecked")
    private TableView<FromRow> fromTable() {
        return lookup("#reach-from-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ToRow> toTable() {
        return lookup("#reach-to-table").queryAs(TableView.class);
    }

    private void openReachTab() {
        clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "Reach".equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double oracleKm(GeoPoint a, GeoPoint b) {
        return Geodesic.WGS84.Inverse(a.latDeg(), a.lonDeg(), b.latDeg(), b.lonDeg()).s12 / 1000;
    }

    private GeoPoint capital(String country) {
        return app.model().dataset().representativePoint(country).location();
    }

    private void waitForRows(TableView<?> table, java.util.function.Predicate<List<?>> ready) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ready.test(List.copyOf(table.getItems())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShownRingsListTheirPlacesNearestFirstAtGeographicLibsDistancesSortedAndCopied() throws Exception {
        tick("Shaheen-III");
        tick("Agni-V");
        openReachTab();
        waitForRows(fromTable(), rows -> rows.stream().anyMatch(r -> ((FromRow) r).system().id().equals("agni-5")));
        List<FromRow> rows = List.copyOf(fromTable().getItems());
        long expectedShaheen = app.model().dataset().places().stream()
                .filter(p -> oracleKm(capital("PAK"), p.location()) <= 2750).count();
        assertThat(rows.stream().filter(r -> r.system().id().equals("shaheen-3")).count()).isEqualTo(expectedShaheen);
        for (FromRow r : rows) {
            GeoPoint from = capital(r.system().country());
            assertThat(r.distanceKm()).isCloseTo(oracleKm(from, r.place().location()), within(KM_TOLERANCE));
            assertThat(r.distanceKm()).isLessThanOrEqualTo(r.headlineKm());
        }
        List<FromRow> shaheen = rows.stream().filter(r -> r.system().id().equals("shaheen-3")).toList();
        assertThat(shaheen).isSortedAccordingTo(Comparator.comparingDouble(FromRow::distanceKm));

        // Sorted by distance with a click on its header, as a user does.
        TableColumn<FromRow, ?> distance = fromTable().getColumns().get(4);
        interact(() -> fromTable().scrollToColumn(distance));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(distance.getGraphic());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.copyOf(fromTable().getItems())).isSortedAccordingTo(Comparator.comparingDouble(FromRow::distanceKm));

        // Ctrl+C with nothing selected copies every row, tab-separated, with a header line.
        clickOn(fromTable());
        interact(() -> fromTable().getSelectionModel().clearSelection());
        press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        String[] lines = copied.split("\n");
        assertThat(lines[0]).isEqualTo("System\tFrom\tPlace\tCountry\tDistance (km)\tMargin: headline\t"
                + "Margin: lowest claim\tMargin: highest claim");
        assertThat(lines).hasSize(rows.size() + 1);
        FromRow first = fromTable().getItems().get(0);
        assertThat(lines[1].split("\t")).startsWith(first.system().name(), first.fromLabel(), first.place().name());
    }

    @Test
    void clickingPortBlairOnTheMapListsWhichShownSystemsReachItUnderEachClaim() throws Exception {
        tick("Shaheen-III");
        tick("Agni-II");
        MapView map = app.window().map();
        Point2D at = onFx(() -> map.drawnMarker("port-blair").orElseThrow());
        clickOn(map.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().state().selection().placeId()).isEqualTo("port-blair");
        waitForRows(toTable(), r -> r.size() == 2);
        assertThat(onFx(() -> app.window().sideTabs().getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("reach-tab");
        Place portBlair = app.model().dataset().place("port-blair").orElseThrow();
        ToRow shaheen = toTable().getItems().get(0);
        ToRow agni2 = toTable().getItems().get(1);
        assertThat(shaheen.distanceKm()).isCloseTo(oracleKm(capital("PAK"), portBlair.location()), within(KM_TOLERANCE));
        assertThat(agni2.distanceKm()).isCloseTo(oracleKm(capital("IND"), portBlair.location()), within(KM_TOLERANCE));
        // Worked by hand: Islamabad about 3,165 km, beyond Shaheen-III's 2,750; New Delhi about 2,481 km,
        // beyond Agni-II's lowest (1,500) and headline (2,000) claims, within its highest (3,500).
        assertThat(List.of(shaheen.reachesLowest(), shaheen.reachesHeadline(), shaheen.reachesHighest()))
                .containsExactly(false, false, false);
        assertThat(List.of(agni2.reachesLowest(), agni2.reachesHeadline(), agni2.reachesHighest()))
                .containsExactly(false, false, true);
        assertThat(lookup("#reach-to-title").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("To Port Blair: 0 of 2 shown systems reach it by their headline range");

        // Another place picked from the list.
        @SuppressWarnings("unchecked")
        ComboBox<Place> combo = lookup("#reach-place").queryAs(ComboBox.class);
        Place colombo = app.model().dataset().place("colombo").orElseThrow();
        interact(() -> combo.setValue(colombo));
        waitForRows(toTable(), r -> !r.isEmpty() && ((ToRow) r.get(0)).place().id().equals("colombo"));
        assertThat(app.model().state().selection().placeId()).isEqualTo("colombo");
        assertThat(toTable().getItems().get(1).distanceKm()).isCloseTo(oracleKm(capital("IND"), colombo.location()),
                within(KM_TOLERANCE));
    }

    @Test
    void inEnvelopeModeTheTableMeasuresFromTheNearestPointOfTheTerritoryAndTheMapMarksIt() throws Exception {
        tick("Shaheen-III");
        clickOn("#show-envelopes");
        settle();
        interact(() -> app.model().selectPlace("port-blair"));
        waitForRows(toTable(), r -> r.size() == 1 && ((ToRow) r.get(0)).fromLabel().startsWith("nearest point"));
        ToRow row = toTable().getItems().get(0);
        assertThat(row.fromLabel()).startsWith("nearest point of Pakistan, ");
        Place portBlair = app.model().dataset().place("port-blair").orElseThrow();
        assertThat(row.distanceKm()).isCloseTo(oracleKm(row.from(), portBlair.location()), within(KM_TOLERANCE))
                .isLessThan(oracleKm(capital("PAK"), portBlair.location()));
        MapView map = app.window().map();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.markers().stream()
                .anyMatch(m -> m.kind() == Marker.Kind.REFERENCE_POINT));
        Marker nearest = map.markers().stream().filter(m -> m.kind() == Marker.Kind.REFERENCE_POINT).findFirst()
                .orElseThrow();
        assertThat(nearest.location()).isEqualTo(row.from());
        assertThat(nearest.label()).isEqualTo("nearest point of Pakistan");
    }
}
