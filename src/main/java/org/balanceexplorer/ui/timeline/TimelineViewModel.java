package org.balanceexplorer.ui.timeline;

import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;

/**
 * The year slider's state and commands: the years it spans (from the earliest first test of the
 * dataset to the dataset's date), the year shown, "as known in", and play, pause and steps. Every
 * command changes the {@link ViewState} through the {@link ExplorerViewModel}; the year shown is
 * read back from the state, so a scene that sets a year moves the slider too.
 *
 * <p>The last year of the span stands for "no limit" ({@link TimeSettings#LATEST}): the whole
 * dataset as it is today. "As known in" is remembered here while the slider is at the last year,
 * where it changes nothing.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class TimelineViewModel {

    /** Speeds offered, in years a second. */
    public static final double[] SPEEDS = {0.5, 1, 2, 4};

    private final ExplorerViewModel model;
    private final int firstYear;
    private final int lastYear;
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year");
    private final ReadOnlyBooleanWrapper knownIn = new ReadOnlyBooleanWrapper(this, "knownIn");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    public TimelineViewModel(ExplorerViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Dataset d = model.dataset();
        this.lastYear = lastYear(d);
        this.firstYear = Math.min(lastYear, KnownDataset.earliestFirstTest(d).orElse(lastYear));
        ticker.setCycleCount(Animation.INDEFINITE);
        speed.addListener((o, a, v) -> ticker.setRate(Math.max(0.1, v.doubleValue())));
        follow(model.state());
        model.stateProperty().addListener((o, a, s) -> follow(s));
        java.util.List<TimeSettings> every = new java.util.ArrayList<>();
        for (int y = firstYear; y < lastYear; y++) {
            every.add(new TimeSettings(y, null));
            every.add(new TimeSettings(y, y));
        }
        model.prepareTimes(every);
    }

    /**
     * The dataset's date ({@code updated}), or when it gives none the latest date of its events
     * and claims; the year slider ends there.
     */
    static int lastYear(Dataset d) {
        if (d.info().updated() != null) {
            return d.info().updated().year();
        }
        int latest = d.events().stream().mapToInt(e -> e.date().year()).max().orElse(TimeSettings.MIN_YEAR);
        for (var s : d.systems()) {
            for (var f : s.figures().values()) {
                for (Claim c : f.claims()) {
                    if (c.asOf() != null) {
                        latest = Math.max(latest, c.asOf().year());
                    }
                }
            }
        }
        return latest;
    }

    private void follow(ViewState s) {
        TimeSettings t = s.time();
        year.set(t.year() == null ? lastYear : Math.max(firstYear, Math.min(lastYear, t.year())));
        if (t.year() != null) {
            knownIn.set(t.knownInYear() != null);
        }
    }

    // ---- commands -------------------------------------------------------------------------

    /**
     * Shows a year (clamped to the span); the last year shows everything.
     *
     * @param scrubbing whether the slider is being dragged: rings are previews until a call with false
     */
    public void setYear(int y, boolean scrubbing) {
        int clamped = Math.max(firstYear, Math.min(lastYear, y));
        Integer value = clamped >= lastYear ? null : clamped;
        model.setTime(value, knownIn.get(), scrubbing);
        year.set(clamped);
    }

    /** One year on ({@code +1}) or back ({@code -1}). */
    public void step(int years) {
        setYear(year.get() + years, false);
    }

    public void first() {
        setYear(firstYear, false);
    }

    public void last() {
        setYear(lastYear, false);
    }

    /** Turns "as known in" on or off. */
    public void setKnownIn(boolean on) {
        knownIn.set(on);
        setYear(year.get(), false);
    }

    /** Plays the years, one a second at speed 1; from the start when at the last year. Stops at the last year. */
    public void play() {
        if (year.get() >= lastYear) {
            first();
        }
        playing.set(true);
        ticker.playFromStart();
    }

    public void pause() {
        ticker.stop();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    private void tick() {
        if (year.get() >= lastYear) {
            pause();
            return;
        }
        step(1);
        if (year.get() >= lastYear) {
            pause();
        }
    }

    // ---- state ----------------------------------------------------------------------------

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The year shown; the last year when there is no limit. */
    public ReadOnlyIntegerProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty knownInProperty() {
        return knownIn.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Years a second while playing (1 by default). */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** Whether an event had happened by the year shown (events after it are dimmed). */
    public boolean happened(Event e) {
        return e.date().year() <= year.get();
    }

    public ExplorerViewModel explorer() {
        return model;
    }
}
