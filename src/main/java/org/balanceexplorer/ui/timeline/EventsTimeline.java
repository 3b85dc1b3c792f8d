package org.balanceexplorer.ui.timeline;

import org.balanceexplorer.ui.DatasetWords;
import org.balanceexplorer.ui.Names;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.Fonts;
import org.balanceexplorer.ui.I18n;

/**
 * Every event of the dataset on a time axis, a row per kind, each a dot in its country's colour
 * (a second country as the dot's right half); events after the year shown are dimmed, the year
 * shown is a band with the slider's cursor at its end, the selected event is ringed. Painted on one
 * canvas (about 30 events: a repaint is well under a millisecond).
 *
 * <p>Mouse: click an event to read its claims in the side panel (and show the systems it names);
 * hover for its title. Keyboard: focus the timeline (Tab), Left/Right (Home/End) move between
 * events in date order, Enter or Space selects; the focused event is read out by screen readers.
 */
public final class EventsTimeline extends Region {

    /** Country colours (Okabe-Ito, as the rings): India, Pakistan, China, United States; grey for the rest. */
    static final Map<String, Color> COUNTRY_COLOURS = Map.of(
            "IND", Color.web("#E69F00"), "PAK", Color.web("#009E73"), "CHN", Color.web("#D55E00"),
            "USA", Color.web("#0072B2"));
    private static final Color OTHER_COUNTRY = Color.web("#999999");
    /** Opacity of an event after the year shown. */
    static final double DIMMED = 0.22;
    private static final double DOT = 5;

    private final TimelineViewModel timeline;
    private final ExplorerViewModel model;
    private final List<Event> events;
    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    /** The face of the painted words, chosen once (the language is chosen before the views are built). */
    private final Font font = font();
    private EventLayout layout;
    private int focused = -1;

    EventsTimeline(TimelineViewModel timeline) {
        this.timeline = timeline;
        this.model = timeline.explorer();
        this.events = model.dataset().events();
        setId("events-timeline");
        getStyleClass().add("events-timeline");
        getChildren().add(canvas);
        // Painted text: never mirrored (years still run left to right, as on the map's scale bar).
        setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleText(I18n.text("timeline.events.accessible", events.size()));
        layout = layout(timeline);
        setMinHeight(layout.height());
        setPrefHeight(layout.height());
        setMaxHeight(layout.height());
        timeline.yearProperty().addListener(o -> paint());
        model.selectedEventProperty().addListener(o -> paint());
        focusedProperty().addListener(o -> paint());
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        Tooltip.install(this, tip);
    }

    private static EventLayout layout(TimelineViewModel timeline) {
        return new EventLayout(timeline.explorer().dataset().events(), timeline.firstYear(), timeline.lastYear(), 600);
    }

    /** The height the events take (fixed by their layout), known without building the strip. */
    static double height(TimelineViewModel timeline) {
        return layout(timeline).height();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            layout = new EventLayout(events, timeline.firstYear(), timeline.lastYear(), w);
            paint();
        }
    }

    /** Where the event is drawn, in this region's coordinates (for tests and tooltips); null if unknown. */
    public double[] position(String eventId) {
        for (EventLayout.Placed p : layout.placed()) {
            if (p.event().id().equals(eventId)) {
                return new double[] {p.x(), p.y()};
            }
        }
        return null;
    }

    private void clicked(MouseEvent e) {
        requestFocus();
        EventLayout.Placed p = layout.hit(e.getX(), e.getY(), 9);
        if (p != null) {
            focused = layout.placed().indexOf(p);
            model.selectEvent(p.event());
        }
    }

    private void hover(MouseEvent e) {
        EventLayout.Placed p = layout.hit(e.getX(), e.getY(), 9);
        tip.setText(p == null ? I18n.text("timeline.events.hint") : describe(p.event()));
    }

    private void key(KeyEvent e) {
        int n = layout.placed().size();
        if (n == 0) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT -> focused = Math.min(n - 1, focused + 1);
            case LEFT -> focused = Math.max(0, focused < 0 ? 0 : focused - 1);
            case HOME -> focused = 0;
            case END -> focused = n - 1;
            case ENTER, SPACE -> {
                if (focused >= 0) {
                    model.selectEvent(layout.placed().get(focused).event());
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
        if (focused >= 0) {
            setAccessibleHelp(describe(layout.placed().get(focused).event()));
            notifyAccessibleAttributeChanged(AccessibleAttribute.HELP);
        }
        paint();
    }

    /** An event in words: date, kind, title, countries. */
    String describe(Event e) {
        return I18n.text("timeline.event", DatasetWords.date(e.date()), DatasetWords.eventKind(e.kind()), e.title(),
                String.join(I18n.text("claims.listSeparator"), e.countries().stream()
                        .map(c -> model.dataset().country(c).map(Names::of).orElse(c)).toList()));
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setGlobalAlpha(1);
        g.setFill(Color.web("#fafafa"));
        g.fillRect(0, 0, w, h);
        if (w < EventLayout.LABEL_WIDTH + 40) {
            return;
        }
        int year = timeline.yearProperty().get();
        double rowsBottom = layout.rows().size() * EventLayout.ROW_HEIGHT;
        // the year shown: a band over it, and the cursor at its end (everything up to it has happened)
        double x0 = layout.x(year);
        double x1 = layout.x(year + 1.0);
        g.setFill(Color.web("#0072B2", 0.10));
        g.fillRect(x0, 0, x1 - x0, rowsBottom);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < layout.rows().size(); i++) {
            double y = i * EventLayout.ROW_HEIGHT;
            if (i % 2 == 1) {
                g.setFill(Color.web("#000000", 0.03));
                g.fillRect(0, y, w, EventLayout.ROW_HEIGHT);
            }
            g.setFill(Color.web("#333333"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(rowName(layout.rows().get(i)), 4, y + EventLayout.ROW_HEIGHT / 2);
        }
        axis(g, rowsBottom, w);
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(2);
        g.strokeLine(x1, 0, x1, rowsBottom);
        Event selected = model.selectedEventProperty().get();
        List<EventLayout.Placed> placed = layout.placed();
        for (int i = 0; i < placed.size(); i++) {
            EventLayout.Placed p = placed.get(i);
            Event e = p.event();
            g.setGlobalAlpha(timeline.happened(e) ? 1 : DIMMED);
            Color first = colour(e, 0);
            g.setFill(first);
            g.fillOval(p.x() - DOT, p.y() - DOT, 2 * DOT, 2 * DOT);
            if (e.countries().size() > 1) {
                g.setFill(colour(e, 1));
                g.fillArc(p.x() - DOT, p.y() - DOT, 2 * DOT, 2 * DOT, -90, 180, ArcType.ROUND);
            }
            g.setStroke(Color.web("#222222"));
            g.setLineWidth(0.8);
            g.strokeOval(p.x() - DOT, p.y() - DOT, 2 * DOT, 2 * DOT);
            g.setGlobalAlpha(1);
            if (e.equals(selected)) {
                g.setStroke(Color.BLACK);
                g.setLineWidth(2);
                g.strokeOval(p.x() - DOT - 3, p.y() - DOT - 3, 2 * DOT + 6, 2 * DOT + 6);
            }
            if (i == focused && isFocused()) {
                g.setStroke(Color.web("#0072B2"));
                g.setLineWidth(1.5);
                g.setLineDashes(3, 2);
                g.strokeRect(p.x() - DOT - 4, p.y() - DOT - 4, 2 * DOT + 8, 2 * DOT + 8);
                g.setLineDashes(null);
            }
        }
    }

    private void axis(GraphicsContext g, double top, double w) {
        g.setStroke(Color.web("#888888"));
        g.setLineWidth(1);
        g.strokeLine(layout.x(timeline.firstYear()), top + 0.5, layout.x(timeline.lastYear() + 1.0), top + 0.5);
        g.setFill(Color.web("#444444"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int span = timeline.lastYear() - timeline.firstYear() + 1;
        int every = span > 30 ? 5 : span > 12 ? 2 : 1;
        for (int y = timeline.firstYear(); y <= timeline.lastYear(); y++) {
            double x = layout.x(y);
            g.strokeLine(x, top, x, top + (y % every == 0 ? 4 : 2));
            if (y % every == 0) {
                g.fillText(I18n.text("timeline.axisYear", y), x, top + 4);
            }
        }
        // which colour is which country
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(I18n.text("timeline.axis"), 4, top + EventLayout.AXIS_HEIGHT / 2);
    }

    /** A row's name: "Tests", "Agreements"... */
    private static String rowName(EventKind k) {
        return I18n.text("timeline.row." + k.name());
    }

    /** The painted words' face: the language's shipped family where it needs one (canvas text takes no CSS). */
    private static Font font() {
        String family = Fonts.family(I18n.language());
        if (family == null) {
            return Font.font(11);
        }
        Fonts.load();
        return Font.font(family, 11);
    }

    static Color colour(Event e, int i) {
        if (e.countries().size() <= i) {
            return OTHER_COUNTRY;
        }
        return COUNTRY_COLOURS.getOrDefault(e.countries().get(i).toUpperCase(Locale.ROOT), OTHER_COUNTRY);
    }
}
