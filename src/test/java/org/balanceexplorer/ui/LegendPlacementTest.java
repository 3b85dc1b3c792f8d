package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.Box;
import org.balanceexplorer.map.paint.LegendPainter;
import org.balanceexplorer.state.LegendCorner;
import org.junit.jupiter.api.Test;

/**
 * The legend is painted on the map and is the user's to move: clicking its title folds it, the
 * Legend menu moves it to any corner; the view state holds both, and labels keep clear of it.
 */
class LegendPlacementTest extends RunningAppTest {

    private LegendPainter.Layout legend() throws Exception {
        return onFx(() -> app.window().map().legendLayout().orElseThrow());
    }

    @Test
    void clickingTheLegendsTitleFoldsItAndClickingAgainUnfoldsIt() throws Exception {
        tick("Shaheen-III");
        LegendPainter.Layout open = legend();
        assertThat(open.collapsed()).isFalse();
        assertThat(open.texts(org.balanceexplorer.map.paint.Legend.Kind.RING)).isNotEmpty();
        MapView map = app.window().map();
        Box title = open.titleBar();

        clickOn(map.localToScreen(title.x() + 20, title.y() + title.height() / 2));
        settle();
        LegendPainter.Layout folded = legend();
        assertThat(folded.collapsed()).isTrue();
        assertThat(folded.items()).isEmpty();
        assertThat(folded.frame().height()).isLessThan(open.frame().height() / 3);
        assertThat(app.model().state().legend().collapsed()).isTrue();
        // Folded, it still stands in its corner: bottom left.
        assertThat(folded.frame().maxY()).isCloseTo(open.frame().maxY(), org.assertj.core.data.Offset.offset(0.5));

        Box foldedTitle = folded.titleBar();
        clickOn(map.localToScreen(foldedTitle.x() + 20, foldedTitle.y() + foldedTitle.height() / 2));
        settle();
        assertThat(legend().collapsed()).isFalse();
        assertThat(app.model().state().legend().collapsed()).isFalse();
    }

    @Test
    void theLegendMenuMovesItToAnotherCornerAndPlaceLabelsKeepClearOfIt() throws Exception {
        tick("Agni-V");
        clickOn("#legend-menu");
        clickOn("#legend-top-right");
        settle();
        MapView map = app.window().map();
        LegendPainter.Layout moved = legend();
        assertThat(app.model().state().legend().corner()).isEqualTo(LegendCorner.TOP_RIGHT);
        assertThat(moved.frame().maxX()).isGreaterThan(map.getWidth() - 20).isLessThanOrEqualTo(map.getWidth());
        assertThat(moved.frame().y()).isLessThan(20);
        for (var label : onFx(map::shownLabelBounds)) {
            assertThat(label.intersects(moved.frame().x(), moved.frame().y(), moved.frame().width(),
                    moved.frame().height())).as("label %s under the legend", label).isFalse();
        }
    }
}
