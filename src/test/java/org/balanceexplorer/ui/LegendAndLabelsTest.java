package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.map.paint.LegendPainter;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/** The legend and the map's labels with every system of the dataset shown at once. */
class LegendAndLabelsTest extends RunningAppTest {

    private void showEverySystem() throws Exception {
        onFx(() -> {
            for (WeaponSystem s : app.model().dataset().systems()) {
                app.model().setShown(s.id(), true);
            }
            return null;
        });
        settle();
    }

    @Test
    void withEverySystemShownTheLegendStaysCompactAndTheWindowKeepsItsBars() throws Exception {
        showEverySystem();
        int systems = app.model().dataset().systems().size();
        MapView map = app.window().map();
        LegendPainter.Layout layout = onFx(() -> map.legendLayout().orElseThrow());
        List<String> entries = layout.texts(Legend.Kind.RING);
        List<String> more = layout.texts(Legend.Kind.MORE).stream().filter(t -> t.matches("\\+ \\d+ more")).toList();
        List<String> headings = layout.texts(Legend.Kind.HEADING);
        // A heading per launch point, a few entries under each, and the rest counted, not dropped.
        assertThat(headings).containsExactlyInAnyOrder("from Beijing (representative point)",
                "from New Delhi (representative point)", "from Islamabad (representative point)");
        assertThat(entries).hasSizeLessThanOrEqualTo(Legend.MAX_RINGS).isNotEmpty();
        int counted = more.stream().mapToInt(t -> Integer.parseInt(t.replaceAll("\\D", ""))).sum();
        assertThat(entries.size() + counted).isEqualTo(systems);
        assertThat(layout.texts(Legend.Kind.NOTE))
                .anyMatch(t -> t != null && t.startsWith("Rings are labelled on the map where there is room"));

        // The legend leaves most of the map in view ...
        assertThat(layout.frame().height()).isLessThan(map.getHeight() * 0.6);
        // ... and the window still shows its toolbar and its status bar (forty entries one under
        // the other once made the window's content taller than the window).
        double sceneHeight = map.getScene().getHeight();
        Bounds status = onFx(() -> lookup("#status-bar").query().localToScene(
                lookup("#status-bar").query().getLayoutBounds()));
        Bounds toolbar = onFx(() -> lookup(".tool-bar").query().localToScene(
                lookup(".tool-bar").query().getLayoutBounds()));
        assertThat(status.getMaxY()).isLessThanOrEqualTo(sceneHeight + 0.5);
        assertThat(toolbar.getMinY()).isGreaterThanOrEqualTo(-0.5);
    }

    @Test
    void ringLabelsKeepClearOfPlaceLabelsTheScaleBarAndEachOther() throws Exception {
        showEverySystem();
        MapView map = app.window().map();
        List<Bounds> rings = onFx(map::ringLabelBounds);
        List<Bounds> places = onFx(map::shownLabelBounds);
        assertThat(rings).hasSizeGreaterThan(10);
        assertThat(places).isNotEmpty();
        for (int i = 0; i < rings.size(); i++) {
            for (Bounds p : places) {
                assertThat(rings.get(i).intersects(p)).as("ring label %s over place label %s", rings.get(i), p)
                        .isFalse();
            }
            for (int k = i + 1; k < rings.size(); k++) {
                assertThat(rings.get(i).intersects(rings.get(k))).isFalse();
            }
            // The scale bar stands 20 px from the right edge and 24 px up from the bottom.
            assertThat(rings.get(i).contains(map.getWidth() - 20, map.getHeight() - 24)).isFalse();
        }
    }

    /** While a launch point is dragged, its label and the moving rings' labels keep clear of each other. */
    @Test
    void whileDraggingTheMovingLabelsKeepClearOfEachOther() throws Exception {
        showEverySystem();
        MapView map = app.window().map();
        org.balanceexplorer.model.GeoPoint delhi = app.model().dataset().representativePoint("IND").location();
        for (int i = 1; i <= 8; i++) {
            org.balanceexplorer.model.GeoPoint p = new org.balanceexplorer.model.GeoPoint(
                    delhi.latDeg() - i * 0.6, delhi.lonDeg() + i * 0.3);
            onFx(() -> {
                app.model().moveLaunchPoint("IND", p, true);
                return null;
            });
            settle();
            List<Bounds> rings = onFx(map::ringLabelBounds);
            List<Bounds> places = onFx(map::shownLabelBounds);
            assertThat(onFx(() -> map.drawnMarker("launch-IND"))).isPresent();
            for (Bounds r : rings) {
                for (Bounds l : places) {
                    assertThat(r.intersects(l)).as("step %d: ring label %s over label %s", i, r, l).isFalse();
                }
            }
        }
    }
}
