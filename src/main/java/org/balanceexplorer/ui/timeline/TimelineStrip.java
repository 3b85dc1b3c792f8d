package org.balanceexplorer.ui.timeline;

import org.balanceexplorer.ui.Names;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;

/**
 * The strip under the map: the year slider with play, pause and steps, "as known in", the speed,
 * and the events timeline with the slider's year drawn on it. It binds to a
 * {@link TimelineViewModel} and does nothing more.
 *
 * <p>Keys: with the slider focused, Left/Right step a year, Home/End go to the first and last
 * year; Space on the play button plays or pauses.
 */
public final class TimelineStrip extends VBox {

    private final TimelineViewModel timeline;
    private final Slider slider;
    private boolean syncing;

    public TimelineStrip(ExplorerViewModel model) {
        this(new TimelineViewModel(model));
    }

    public TimelineStrip(TimelineViewModel timeline) {
        super(2);
        this.timeline = timeline;
        setId("timeline");
        dress(this);

        Button first = button("|\u25C0", "first-year", I18n.text("timeline.first.tip", timeline.firstYear()),
                timeline::first);
        Button back = button("\u25C0", "year-back", I18n.text("timeline.back.tip"), () -> timeline.step(-1));
        Button play = button(I18n.text("timeline.play"), "play", I18n.text("timeline.play.tip", 1), timeline::togglePlay);
        play.setMinWidth(Region.USE_PREF_SIZE);
        play.setPrefWidth(78);
        timeline.playingProperty().addListener((o, a, on) -> {
            play.setText(I18n.text(on ? "timeline.pause" : "timeline.play"));
            play.setAccessibleText(I18n.text(on ? "timeline.pause.accessible" : "timeline.play.accessible"));
        });
        Button on = button("\u25B6", "year-forward", I18n.text("timeline.forward.tip"), () -> timeline.step(1));
        Button last = button("\u25B6|", "last-year", I18n.text("timeline.last.tip", timeline.lastYear()), timeline::last);

        Label year = new Label();
        year.setId("timeline-year");
        year.setMinWidth(Region.USE_PREF_SIZE);
        year.setStyle(YEAR_STYLE);
        CheckBox knownIn = new CheckBox();
        knownIn.setId("known-in");
        knownIn.setSelected(timeline.knownInProperty().get());
        knownIn.setTooltip(new Tooltip(I18n.text("timeline.knownIn.tip")));
        knownIn.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                timeline.setKnownIn(b);
            }
        });
        timeline.knownInProperty().addListener((o, a, b) -> sync(() -> knownIn.setSelected(b)));
        Runnable words = () -> {
            int y = timeline.yearProperty().get();
            boolean latest = y >= timeline.lastYear();
            year.setText(I18n.text(latest ? "timeline.year.today" : "timeline.year", y));
            knownIn.setText(I18n.text("timeline.knownIn", y));
            year.setAccessibleText(I18n.text(latest ? "timeline.year.accessible.today" : "timeline.year.accessible", y));
        };
        timeline.yearProperty().addListener(o -> words.run());
        words.run();

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("play-speed");
        for (double s : TimelineViewModel.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : I18n.text("timeline.speed.value", d);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return NumberFormat.getNumberInstance(I18n.locale()).parse(s.strip()).doubleValue();
                } catch (ParseException e) {
                    throw new IllegalArgumentException("not a speed: " + s, e);
                }
            }
        });
        speed.setValue(timeline.speedProperty().get());
        speed.setAccessibleText(I18n.text("timeline.speed.accessible"));
        speed.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                timeline.speedProperty().set(b);
            }
        });

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(6, first, back, play, on, last, year, knownIn, new Label(I18n.text("timeline.speed")),
                speed, gap, legend(timeline.explorer().dataset()));
        controls.setAlignment(Pos.CENTER_LEFT);

        slider = new Slider(timeline.firstYear(), timeline.lastYear(), timeline.yearProperty().get());
        slider.setId("year-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setAccessibleText(I18n.text("timeline.slider.accessible", timeline.firstYear(), timeline.lastYear()));
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                timeline.setYear((int) Math.round(v.doubleValue()), slider.isValueChanging());
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                timeline.setYear((int) Math.round(slider.getValue()), false);
            }
        });
        timeline.yearProperty().addListener((o, a, y) -> sync(() -> {
            if ((int) Math.round(slider.getValue()) != y.intValue()) {
                slider.setValue(y.intValue());
            }
        }));
        HBox sliderRow = new HBox(slider);
        HBox.setHgrow(slider, Priority.ALWAYS);
        sliderRow.setPadding(new Insets(0, 0, 0, EventLayout.LABEL_WIDTH));

        getChildren().addAll(controls, sliderRow, new EventsTimeline(timeline));
    }

    private static final String STYLE =
            "-fx-border-color: #cccccc transparent transparent transparent; -fx-background-color: #fafafa;";
    private static final String YEAR_STYLE = "-fx-font-size: 1.35em; -fx-font-weight: bold;";

    private static void dress(VBox strip) {
        strip.getStyleClass().add("timeline-strip");
        strip.setPadding(new Insets(4, 8, 4, 8));
        strip.setStyle(STYLE);
    }

    /**
     * A stand-in the strip's size, for the window's first frame: the strip's 70 nodes (buttons, a
     * combo box with its list, the legend, the events) cost a tenth of a second of styling, layout
     * and software rendering before the first frame, and the map with its rings does not need
     * them to be seen; the window puts the strip in its place once that frame is drawn. Its rows
     * are sized as the strip's are (a button and the year in the strip's styles, a slider, the
     * events' own height), hidden, so that the map does not move when the strip takes its place.
     */
    public static Region standIn(TimelineViewModel timeline) {
        VBox box = new VBox(2);
        box.setId("timeline-stand-in");
        dress(box);
        Button button = new Button(I18n.text("timeline.play"));
        Label year = new Label(I18n.text("timeline.year.today", timeline.lastYear()));
        year.setStyle(YEAR_STYLE);
        HBox controls = new HBox(6, button, year);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setVisible(false);
        Slider slider = new Slider(timeline.firstYear(), timeline.lastYear(), timeline.lastYear());
        HBox sliderRow = new HBox(slider);
        sliderRow.setVisible(false);
        Region events = new Region();
        double h = EventsTimeline.height(timeline);
        events.setMinHeight(h);
        events.setPrefHeight(h);
        events.setMaxHeight(h);
        box.getChildren().addAll(controls, sliderRow, events);
        box.setFocusTraversable(false);
        return box;
    }

    public TimelineViewModel viewModel() {
        return timeline;
    }

    private void sync(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    private static Button button(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        // Never "...": in Urdu the strip's longer words leave these arrows too little room.
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleText(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * The country colours of the events timeline, each country named in the chosen language where the
     * dataset has its name from a source (else in English); a country the dataset lacks is left out.
     */
    private static HBox legend(Dataset d) {
        HBox box = new HBox(8);
        box.setAlignment(Pos.CENTER_RIGHT);
        for (String id : new String[] {"IND", "PAK", "CHN", "USA"}) {
            Color c = EventsTimeline.COUNTRY_COLOURS.get(id);
            d.country(id).map(Names::of).ifPresent(name -> {
                Label l = new Label(name, new Circle(5, c));
                l.setId("timeline-legend-" + id.toLowerCase(Locale.ROOT));
                box.getChildren().add(l);
            });
        }
        return box;
    }
}
