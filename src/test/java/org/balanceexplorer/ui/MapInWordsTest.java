package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.ReachTables.FromRow;
import org.balanceexplorer.ui.reach.ReachSummary;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the map draws, in words, in the real window: the summary under the map names the very
 * systems, ranges, claimants, places and distances the reach table lists, and follows the view (another
 * system ticked, a launch point moved, a place chosen); the legend and the events are lists.
 */
class MapInWordsTest extends RunningAppTest {

    private Label summary() {
        return lookup("#map-summary").queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<FromRow> fromTable() {
        if (lookup("#reach-from-table").tryQuery().isEmpty()) {
            // The Reach tab is built when first opened, as a user opens it.
            clickOn(lookup(".tab-label").match((javafx.scene.control.Label l) -> "Reach".equals(l.getText()))
                    .queryAs(javafx.scene.Node.class));
            WaitForAsyncUtils.waitForFxEvents();
        }
        return lookup("#reach-from-table").queryAs(TableView.class);
    }

    /** Waits until the table lists rows of exactly these systems, then reads the rows the model computed. */
    private List<FromRow> rowsOf(String... systemIds) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fromTable().getItems().stream()
                .map(r -> r.system().id()).distinct().sorted().toList().equals(List.of(systemIds).stream().sorted()
                        .toList()));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> List.copyOf(fromTable().getItems()));
    }

    /** The summary names each system with its range, and each place with its distance, in the table's order. */
    private void assertSummaryAgreesWith(List<FromRow> rows) {
        String text = summary().getText();
        assertThat(summary().getAccessibleText()).isEqualTo(text);
        assertThat(app.window().map().getAccessibleHelp()).isEqualTo(text);
        for (String systemId : rows.stream().map(r -> r.system().id()).distinct().toList()) {
            List<FromRow> mine = rows.stream().filter(r -> r.system().id().equals(systemId))
                    .sorted(java.util.Comparator.comparingDouble(FromRow::distanceKm)).toList();
            FromRow first = mine.get(0);
            String ring = first.system().name() + ", " + ReachSummary.km(first.headlineKm()) + " km";
            assertThat(text).contains(ring);
            String section = text.substring(text.indexOf(ring));
            assertThat(section).contains(mine.size() + " places in range");
            int from = 0;
            for (FromRow r : mine) {
                String place = r.place().name() + " " + ReachSummary.km(r.distanceKm()) + " km";
                int at = section.indexOf(place, from);
                assertThat(at).as(place + " named in " + first.system().name() + "'s ring, nearest first")
                        .isGreaterThanOrEqualTo(from);
                from = at + place.length();
            }
        }
        long places = rows.stream().map(r -> r.place().id()).distinct().count();
        assertThat(text).contains(places + " places in range in all.");
    }

    @Test
    void theSummaryUnderTheMapSaysWhatTheReachTableListsAndFollowsTheView() throws Exception {
        assertThat(summary().getText()).startsWith("No range ring is shown.");
        assertThat(summary().isFocusTraversable()).isTrue();
        assertThat(summary().getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);

        tick("Shaheen-III");
        List<FromRow> one = rowsOf("shaheen-3");
        assertThat(summary().getText()).startsWith("1 range ring. From Islamabad (representative point): "
                + "Shaheen-III, 2,750 km (claimed by ");
        assertSummaryAgreesWith(one);

        // Another system: two launch points, the summary says both.
        tick("Agni-V");
        List<FromRow> two = rowsOf("agni-5", "shaheen-3");
        assertThat(summary().getText()).startsWith("2 range rings.").contains("From New Delhi (representative point): Agni-V");
        assertSummaryAgreesWith(two);

        // A launch point moved: other places, other distances, the same agreement.
        interact(() -> app.model().moveLaunchPoint("PAK", new GeoPoint(24.86, 67.01), false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().getText().contains("a user-chosen point"));
        List<FromRow> moved = rowsOf("agni-5", "shaheen-3");
        assertThat(moved).isNotEqualTo(two);
        assertSummaryAgreesWith(moved);

        // A place chosen: who reaches it, as the second table says.
        interact(() -> app.model().selectPlace("port-blair"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary().getText().contains("Port Blair: "));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#reach-to-title").queryAs(Label.class).getText()
                .startsWith("To Port Blair: "));
        String title = lookup("#reach-to-title").queryAs(Label.class).getText();
        assertThat(summary().getText()).contains(title.substring("To ".length()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLegendAndTheEventsAreListsInTheInWordsTab() throws Exception {
        tick("Shaheen-III");
        interact(() -> app.window().sideTabs().getSelectionModel().select(app.window().sideTabs().getTabs().stream()
                .filter(t -> "in-words-tab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Legend.Row> legend = lookup("#legend-list").queryAs(ListView.class);
        assertThat(legend.getItems()).extracting(Legend.Row::text).anyMatch(t -> t.contains("Islamabad"))
                .anyMatch(t -> t.startsWith("Shaheen-III"));
        // The rings the map's legend paints, listed the same.
        List<String> painted = onFx(() -> app.window().map().legendLayout().orElseThrow().texts(Legend.Kind.RING));
        assertThat(legend.getItems().stream().filter(r -> r.kind() == Legend.Kind.RING).map(Legend.Row::text)
                .toList()).isEqualTo(painted);
        assertThat(legend.getAccessibleText()).isNotBlank();
        ListView<Event> events = lookup("#events-list").queryAs(ListView.class);
        assertThat(events.getItems()).hasSameSizeAs(app.model().dataset().events());

        // Enter on an event reads its claims, as a click on the timeline does.
        clickOn(events);
        interact(() -> events.getSelectionModel().select(0));
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().selectedEventProperty().get()).isEqualTo(events.getItems().get(0));
    }
}
