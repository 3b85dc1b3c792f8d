package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.timeline.TimelineStrip;
import org.balanceexplorer.ui.timeline.TimelineViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The year strip joins the window once its first frame is drawn, in the place of a stand-in of its
 * size: the map does not move when it arrives, in each language (Urdu's face is taller).
 */
class TimelineStandInTest extends RunningAppTest {

    @AfterEach
    void english() {
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
    }

    @Test
    void theStripHasTakenTheStandInsPlaceAndTheMapKeptItsHeight() throws Exception {
        assertThat(lookup("#timeline-stand-in").tryQuery()).isEmpty();
        assertThat(lookup("#play-speed").tryQuery()).isPresent();
        assertThat(lookup("#timeline").queryAs(TimelineStrip.class).getParent().getId()).isEqualTo("map-area");
    }

    @Test
    void theStandInIsAsTallAsTheStripInEveryLanguage() throws Exception {
        for (Settings.Language language : Settings.Language.values()) {
            double[] heights = onFx(() -> {
                I18n.use(language, Settings.Digits.LATIN);
                TimelineViewModel timeline = new TimelineViewModel(app.model());
                Region standIn = TimelineStrip.standIn(timeline);
                TimelineStrip strip = new TimelineStrip(timeline);
                VBox probe = new VBox(standIn, strip);
                String family = Fonts.family(language);
                if (family != null) {
                    Fonts.load();
                    probe.setStyle("-fx-font-family: \"" + family + "\";");
                }
                javafx.scene.Scene scene = new javafx.scene.Scene(probe, 1100, 600);
                scene.getStylesheets().setAll(app.window().getScene().getStylesheets());
                probe.applyCss();
                probe.layout();
                return new double[] {standIn.prefHeight(1100), strip.prefHeight(1100)};
            });
            assertThat(heights[0]).as("%s: stand-in %s, strip %s", language, heights[0], heights[1])
                    .isEqualTo(heights[1]);
        }
    }
}
