package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.ui.timeline.EventsTimeline;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The year slider and the events timeline in the real window: playing the years makes systems
 * appear at their first test, "as known in" hides later claims and recomputes the headline the
 * ring is drawn with, the keys step the years, and clicking an event lists its claims and shows the
 * systems it names. Expected values are from the bundled dataset's files (first-test headlines,
 * claim dates), worked by hand as in {@code KnownDatasetTest}.
 */
class TimelineTest extends RunningAppTest {

    private List<String> ringIds() throws Exception {
        return onFx(() -> app.model().ringsProperty().get().rings().stream().map(r -> r.system().id()).toList());
    }

    /** Focuses the slider as Tab would (a click would move it to where it was clicked). */
    private void focusSlider() throws Exception {
        onFx(() -> {
            lookup("#year-slider").query().requestFocus();
            return null;
        });
    }

    private int year() throws Exception {
        return onFx(() -> Integer.parseInt(lookup("#timeline-year").queryAs(Label.class).getText().split(" ")[0]));
    }

    @Test
    void playingTheYearsMakesAgniFiveAppearOnlyFromItsFirstTestIn2012() throws Exception {
        tick("Agni-V");
        tick("Agni-I");
        clickOn("#first-year");
        settle();
        // 1989: Agni-I's first test (the slider's start); Agni-V was first tested in 2012
        assertThat(year()).isEqualTo(1989);
        assertThat(app.model().state().time()).isEqualTo(new TimeSettings(1989, null));
        assertThat(ringIds()).containsExactly("agni-1");

        onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Double> speed = lookup("#play-speed").queryAs(ComboBox.class);
            speed.setValue(4.0);
            return null;
        });
        clickOn("#play");
        // While it plays, Agni-V's ring is never there before 2012: the year only grows, so rings
        // computed for an earlier state that hold it mean the year shown now is 2012 or later.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            RingResults r = app.model().ringsProperty().get();
            Integer y = app.model().state().time().year();
            boolean agni5 = r.rings().stream().anyMatch(c -> c.system().id().equals("agni-5"));
            if (agni5) {
                assertThat(y == null || y >= 2012).as("Agni-V drawn in %s", y).isTrue();
            }
            return agni5;
        });
        clickOn("#play");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !lookup("#play").queryButton().getText().contains("Pause"));
        int paused = year();
        assertThat(paused).isBetween(2012, 2026);
        settle();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        assertThat(year()).as("paused").isEqualTo(paused);
    }

    @Test
    void asKnownIn2006ShaheenTwoIsDrawnAtPakistansFigureOfThenAndLaterClaimsAreHidden() throws Exception {
        tick("Shaheen-II");
        onFx(() -> {
            app.model().select(system("Shaheen-II"));
            return null;
        });
        // keys on the slider: Home goes to 1989, Right steps a year
        clickOn("#year-slider").type(KeyCode.HOME);
        assertThat(year()).isEqualTo(1989);
        for (int i = 0; i < 2006 - 1989; i++) {
            type(KeyCode.RIGHT);
        }
        assertThat(year()).isEqualTo(2006);
        clickOn("#known-in");
        settle();
        assertThat(app.model().state().time()).isEqualTo(new TimeSettings(2006, 2006));
        // Pakistan's own figures: 2,000 km (2004), 2,500 km (2006-04-29), 2,000 km (2007), 1,500 km (2019)
        assertThat(app.model().ringsProperty().get().rings()).singleElement()
                .satisfies(r -> assertThat(r.system().headlineRangeKm()).isEqualTo(2500));
        WaitForAsyncUtils.waitForFxEvents();
        Label title = lookup("#figure-rangeKm .figure-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("Range: 2,500 km");
        Label note = lookup("#figure-rangeKm .time-note").queryAs(Label.class);
        assertThat(note.getText()).startsWith("4 claims dated after 2006 hidden.")
                .contains("recomputed").contains("today it is 1,500 km");
        // three claims known in 2006: Foreign Office and a newspaper (2004), the military (2006)
        assertThat(lookup("#figure-rangeKm .claim-card").queryAll()).hasSize(3);

        focusSlider();
        type(KeyCode.RIGHT);
        settle();
        assertThat(year()).isEqualTo(2007);
        assertThat(app.model().ringsProperty().get().rings()).singleElement()
                .satisfies(r -> assertThat(r.system().headlineRangeKm()).isEqualTo(2000));

        type(KeyCode.END);
        settle();
        assertThat(app.model().state().time()).isEqualTo(TimeSettings.LATEST);
        assertThat(app.model().ringsProperty().get().rings()).singleElement()
                .satisfies(r -> assertThat(r.system().headlineRangeKm()).isEqualTo(1500));
        assertThat(lookup("#figure-rangeKm .time-note").tryQuery()).isEmpty();
        type(KeyCode.LEFT);
        settle();
        assertThat(app.model().state().time()).as("'as known in' is kept at the last year")
                .isEqualTo(new TimeSettings(2025, 2025));
    }

    @Test
    void clickingTheSanctionsEventListsItsClaimsAndShowsTheSystemsItNames() throws Exception {
        Event sanctions = app.model().dataset().event("us-sanctions-ndc-2024-12-18").orElseThrow();
        EventsTimeline timeline = lookup("#events-timeline").queryAs(EventsTimeline.class);
        double[] at = onFx(() -> timeline.position(sanctions.id()));
        Point2D screen = onFx(() -> timeline.localToScreen(at[0], at[1]));
        clickOn(screen);
        settle();
        assertThat(app.model().selectedEventProperty().get()).isEqualTo(sanctions);
        assertThat(lookup("#event-title").queryAs(Label.class).getText()).isEqualTo(sanctions.title());
        assertThat(lookup("#claims-panel .claim-card").queryAll()).hasSize(sanctions.claims().size());
        // the systems it names: Shaheen-I, Shaheen-IA, Shaheen-II, Shaheen-III, ticked and drawn
        assertThat(app.model().state().shownSystems())
                .containsExactlyInAnyOrder("shaheen-1", "shaheen-1a", "shaheen-2", "shaheen-3");
        assertThat(ringIds()).containsExactlyInAnyOrder("shaheen-1", "shaheen-1a", "shaheen-2", "shaheen-3");
        assertThat(lookup(".event-system-link").queryAll()).hasSize(4);
    }

    @Test
    void theEventsCanBeReadFromTheKeyboardAndThoseAfterTheYearAreListedAsNotYetHappened() throws Exception {
        clickOn("#year-slider").type(KeyCode.HOME);
        settle();
        clickOn("#known-in");
        EventsTimeline timeline = lookup("#events-timeline").queryAs(EventsTimeline.class);
        onFx(() -> {
            timeline.requestFocus();
            return null;
        });
        type(KeyCode.END).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> events = app.model().dataset().events();
        Event last = events.get(events.size() - 1);
        assertThat(app.model().selectedEventProperty().get()).isEqualTo(last);
        assertThat(lookup(".time-future").queryAs(Label.class).getText()).startsWith("After 1989");
        // its one claim (Pakistan's Foreign Office, 2024-12-21) is undated in its source: never
        // hidden, whatever the year, and the card says so
        assertThat(last.claims()).singleElement().satisfies(c -> assertThat(c.asOf()).isNull());
        assertThat(lookup("#event-claim-count").queryAs(Label.class).getText()).isEqualTo("1 claim");
        assertThat(lookup("#claims-panel .undated-claim").queryAll()).hasSize(1);
        type(KeyCode.HOME).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().selectedEventProperty().get()).isEqualTo(events.get(0));
        assertThat(lookup("#year-slider").queryAs(Slider.class).getValue()).isEqualTo(1989);
    }
}
