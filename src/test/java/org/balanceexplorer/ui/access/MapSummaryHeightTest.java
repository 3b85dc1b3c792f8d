package org.balanceexplorer.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.balanceexplorer.ui.ViewsOnTheirOwnTest;
import org.junit.jupiter.api.Test;

/**
 * The map in words is as tall as its text up to three lines, and follows its text and width: its
 * height is kept between layouts (a drag asks for one at every step), never kept past a change.
 */
class MapSummaryHeightTest extends ViewsOnTheirOwnTest {

    @Test
    void itsHeightFollowsItsTextAndWidthUpToThreeLines() throws Exception {
        SimpleStringProperty summary = new SimpleStringProperty("2 range rings.");
        MapSummaryView view = onFx(() -> {
            MapSummaryView v = new MapSummaryView(summary);
            VBox box = new VBox(v);
            new Scene(box, 600, 400);
            box.applyCss();
            box.layout();
            return v;
        });
        double one = onFx(() -> view.prefHeight(600));
        String sentence = "Agni-V, 5,000 km, claimed by NASIC, as reported by PTI; 44 places in range. ";
        String whole = sentence.repeat(40);
        double capped = onFx(() -> {
            summary.set(whole);
            return view.prefHeight(600);
        });
        double threeLines = onFx(() -> view.getFont().getSize() * 1.35 * 3 + view.snappedTopInset()
                + view.snappedBottomInset());
        assertThat(capped).as("three lines at most").isGreaterThan(one * 2).isLessThanOrEqualTo(threeLines + 1e-9);
        double again = onFx(() -> {
            summary.set("2 range rings.");
            return view.prefHeight(600);
        });
        assertThat(again).as("a short text again, one line again").isEqualTo(one);
        double two = onFx(() -> {
            summary.set(sentence.repeat(2));
            return view.prefHeight(600);
        });
        double twoNarrow = onFx(() -> view.prefHeight(250));
        assertThat(two).isGreaterThan(one);
        assertThat(twoNarrow).as("narrower, more lines (up to three)").isGreaterThan(two);
        assertThat(onFx(() -> view.prefHeight(600))).as("the wide height, asked again").isEqualTo(two);
    }
}
