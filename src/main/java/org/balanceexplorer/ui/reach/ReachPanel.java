package org.balanceexplorer.ui.reach;

import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.ReachTables.FromRow;
import org.balanceexplorer.state.ReachTables.ToRow;
import org.balanceexplorer.ui.Styles;

/**
 * The reach tables, one panel with two directions: above, from the shown launch points, every place
 * within each shown ring, nearest first, with the margins under the headline, lowest and highest
 * claimed ranges; below, for the place chosen (here, or by clicking its marker on the map), every
 * shown system and whether its lowest, headline and highest claim reach it. Both are sortable
 * tables; Ctrl+C copies the selected rows (or all) as tab-separated text. In envelope mode both
 * measure from the nearest point of each country's territory.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class ReachPanel extends VBox {

    private final ReachViewModel model;
    private final TableView<FromRow> fromTable = new TableView<>();
    private final TableView<ToRow> toTable = new TableView<>();
    private final ComboBox<Place> place = new ComboBox<>();
    private final Label fromTitle = new Label();
    private final Label toTitle = new Label();
    private final Label mode = new Label();
    private boolean syncing;

    public ReachPanel(ReachViewModel model) {
        super(6);
        this.model = Objects.requireNonNull(model, "model");
        setId("reach-panel");
        setPadding(new Insets(8));

        new Columns<FromRow>()
                .text("System", "The shown system", r -> r.system().name())
                .text("From", "Where the distance is measured from", FromRow::fromLabel, 190)
                .text("Place", "A place within the system's ring", r -> r.place().name())
                .text("Country", "The place's country (ISO code)", r -> r.place().country(), 60)
                .km("Distance (km)", "Geodesic distance on WGS 84", FromRow::distanceKm, false)
                .km("Margin: headline", "Headline range minus distance, km", FromRow::headlineMarginKm, true)
                .km("Margin: lowest claim", "Lowest claimed range minus distance, km; negative: it falls short",
                        FromRow::lowestMarginKm, true)
                .km("Margin: highest claim", "Highest claimed range minus distance, km", FromRow::highestMarginKm, true)
                .install(fromTable);
        fromTable.setId("reach-from-table");
        fromTable.setAccessibleText("Places within each shown ring, nearest first");
        fromTable.setPlaceholder(new Label("Tick a system to list the places within its ring."));

        new Columns<ToRow>()
                .text("System", "The shown system", r -> r.system().name())
                .text("From", "Where the distance is measured from", ToRow::fromLabel, 190)
                .km("Distance (km)", "Geodesic distance on WGS 84", ToRow::distanceKm, false)
                .reaches("Lowest claim", "Whether the lowest claimed range reaches the place (range minus distance)",
                        ToRow::reachesLowest, ToRow::lowestMarginKm)
                .reaches("Headline", "Whether the headline range reaches the place (range minus distance)",
                        ToRow::reachesHeadline, ToRow::headlineMarginKm)
                .reaches("Highest claim", "Whether the highest claimed range reaches the place (range minus distance)",
                        ToRow::reachesHighest, ToRow::highestMarginKm)
                .install(toTable);
        toTable.setId("reach-to-table");
        toTable.setAccessibleText("Whether each shown system reaches the chosen place");

        place.setId("reach-place");
        place.setPromptText("Choose a place, or click one on the map");
        place.setAccessibleText("The place the second table answers for");
        place.setItems(FXCollections.observableList(model.places()));
        place.setConverter(new StringConverter<>() {
            @Override
            public String toString(Place p) {
                return p == null ? "" : p.name() + " (" + p.country() + ")";
            }

            @Override
            public Place fromString(String s) {
                return null;
            }
        });
        place.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? "Choose a place, or click one on the map" : place.getConverter().toString(p));
            }
        });
        place.valueProperty().addListener((o, a, p) -> {
            if (!syncing) {
                model.selectPlace(p);
            }
        });
        Button clear = new Button("Clear");
        clear.setId("reach-clear-place");
        clear.getStyleClass().add(Styles.SMALL_BUTTON);
        clear.setOnAction(e -> model.selectPlace(null));
        HBox chooser = new HBox(6, new Label("Place:"), place, clear);
        chooser.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(place, Priority.ALWAYS);
        place.setMaxWidth(Double.MAX_VALUE);

        fromTitle.setId("reach-from-title");
        fromTitle.setWrapText(true);
        toTitle.setId("reach-to-title");
        toTitle.setWrapText(true);
        mode.getStyleClass().add(Styles.MUTED);
        mode.setId("reach-mode");
        mode.setWrapText(true);
        Label problem = new Label();
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox from = new VBox(4, fromTitle, fromTable);
        VBox.setVgrow(fromTable, Priority.ALWAYS);
        VBox to = new VBox(4, toTitle, chooser, toTable);
        VBox.setVgrow(toTable, Priority.ALWAYS);
        SplitPane both = new SplitPane(from, to);
        both.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(both, Priority.ALWAYS);
        getChildren().addAll(mode, problem, both);

        model.tablesProperty().addListener((o, a, t) -> show(t));
        model.stateProperty().addListener((o, a, s) -> syncPlace());
        show(model.tablesProperty().get());
        syncPlace();
    }

    private void syncPlace() {
        Place p = model.selectedPlace();
        if (!Objects.equals(place.getValue(), p)) {
            syncing = true;
            try {
                place.setValue(p);
            } finally {
                syncing = false;
            }
        }
    }

    private void show(ReachTables.Tables t) {
        fromTable.getItems().setAll(t.from());
        toTable.getItems().setAll(t.to());
        // New rows keep the order the user sorted by (nearest first when unsorted).
        fromTable.sort();
        toTable.sort();
        fromTitle.setText("From the shown launch points: " + t.from().size()
                + (t.from().size() == 1 ? " place within range" : " places within range"));
        toTitle.setText(t.place() == null ? "To a place" : "To " + t.place().name() + ": "
                + t.to().stream().filter(ToRow::reachesHeadline).count() + " of " + t.to().size()
                + " shown systems reach it by their headline range");
        toTable.setPlaceholder(new Label(t.place() == null ? "Choose a place to see which shown systems reach it."
                : "Tick a system to see whether it reaches " + t.place().name() + "."));
        mode.setText(t.fromTerritory()
                ? "Envelope mode: measured from the nearest point of each country's territory (marked on the map)."
                : "Measured from each country's launch point (geodesic distance on WGS 84).");
    }

    /** The table from the launch points. */
    public TableView<FromRow> fromTable() {
        return fromTable;
    }

    /** The table for the chosen place. */
    public TableView<ToRow> toTable() {
        return toTable;
    }
}
