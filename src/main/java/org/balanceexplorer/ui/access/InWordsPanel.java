package org.balanceexplorer.ui.access;

import org.balanceexplorer.ui.Names;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balanceexplorer.map.paint.Legend;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Styles;

/**
 * The "In words" tab: what the map and the timeline draw, as lists a keyboard and a screen reader
 * can walk. The legend, row by row as the map paints it (launch points, rings, the keys of the
 * marks); and every event of the timeline in date order (Enter or a double click reads its claims
 * and shows the systems it names, as clicking it on the timeline does). The rings with their
 * places in range are the Reach tab's tables and the map's summary.
 *
 * <p>FX application thread only.
 */
public final class InWordsPanel extends VBox {

    private final ListView<Legend.Row> legend = new ListView<>();
    private final ListView<Event> events = new ListView<>();

    /**
     * @param model        the explorer (its dataset's events; choosing one)
     * @param legendShown  the legend the map paints now
     */
    public InWordsPanel(ExplorerViewModel model, ObservableValue<Legend> legendShown) {
        super(6);
        setId("in-words");
        setPadding(new Insets(8));
        legend.setId("legend-list");
        legend.setAccessibleText(I18n.text("inWords.legend.accessible"));
        legend.setCellFactory(v -> cell(InWordsPanel::words));
        legendShown.addListener((o, was, now) -> showLegend(now));
        showLegend(legendShown.getValue());

        Dataset d = model.dataset();
        events.setId("events-list");
        events.setAccessibleText(I18n.text("inWords.events.accessible"));
        events.setAccessibleHelp(I18n.text("inWords.events.help"));
        events.setItems(FXCollections.observableList(d.events().stream()
                .sorted(Comparator.comparing(e -> e.date().toString())).toList()));
        events.setCellFactory(v -> cell(e -> words(e, d)));
        events.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && events.getSelectionModel().getSelectedItem() != null) {
                model.selectEvent(events.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        events.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && events.getSelectionModel().getSelectedItem() != null) {
                model.selectEvent(events.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(legend, Priority.ALWAYS);
        VBox.setVgrow(events, Priority.ALWAYS);
        getChildren().addAll(heading(I18n.text("tools.legend")), legend, heading(I18n.text("inWords.events")), events);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.HEADING);
        l.setAccessibleRole(AccessibleRole.TEXT);
        return l;
    }

    private void showLegend(Legend l) {
        legend.getItems().setAll(l == null ? List.of() : l.rows());
    }

    /** A list cell showing, and saying, an item in words. */
    private static <T> ListCell<T> cell(java.util.function.Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : words.apply(item);
                setText(text);
                setWrapText(true);
                setPrefWidth(0);
                setAccessibleText(text);
            }
        };
    }

    /** A legend row in words: what kind of row, then what it says. */
    static String words(Legend.Row r) {
        return switch (r.kind()) {
            case HEADING -> I18n.text("inWords.from", r.text());
            case RING -> I18n.text("inWords.ring", r.text().replace("\u26a0", I18n.text("inWords.claimsDiffer")).strip());
            case KEY -> I18n.text("inWords.key", r.text());
            case MORE, NOTE -> r.text().replace("\u26a0", "").strip();
        };
    }

    /** An event in words: date, kind, title and countries (title and names as the dataset has them). */
    static String words(Event e, Dataset d) {
        String countries = e.countries().stream().map(c -> d.country(c).map(Names::of).orElse(c))
                .reduce((a, b) -> I18n.text("inWords.list", a, b)).orElse("");
        return I18n.text("inWords.event", date(e.date()), I18n.text("inWords.kind." + e.kind().name()), e.title(),
                countries);
    }

    /** A date as ISO writes it (2015, 2015-03, 2015-03-09), its digits the chosen ones. */
    static String date(PartialDate date) {
        if (date.month() == 0) {
            return I18n.text("inWords.date.year", date.year());
        }
        if (date.day() == 0) {
            return I18n.text("inWords.date.month", date.year(), date.month());
        }
        return I18n.text("inWords.date.day", date.year(), date.month(), date.day());
    }

    /** The legend list. */
    public ListView<Legend.Row> legendList() {
        return legend;
    }

    /** The events list. */
    public ListView<Event> eventsList() {
        return events;
    }
}
