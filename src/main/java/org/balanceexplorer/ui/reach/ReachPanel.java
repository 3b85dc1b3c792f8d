package org.balanceexplorer.ui.reach;

import org.balanceexplorer.ui.Names;
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
import org.balanceexplorer.ui.I18n;
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
                .text(I18n.text("reach.column.system"), I18n.text("reach.column.system.tip"), r -> r.system().name())
                .text(I18n.text("reach.column.from"), I18n.text("reach.column.from.tip"), FromRow::fromLabel, 190)
                .text(I18n.text("reach.column.place"), I18n.text("reach.column.place.tip"), r -> Names.of(r.place()))
                .text(I18n.text("reach.column.country"), I18n.text("reach.column.country.tip"),
                        r -> r.place().country(), 60)
                .km(I18n.text("reach.column.distance"), I18n.text("reach.column.distance.tip"),
                        FromRow::distanceKm, false)
                .km(I18n.text("reach.column.marginHeadline"), I18n.text("reach.column.marginHeadline.tip"),
                        FromRow::headlineMarginKm, true)
                .km(I18n.text("reach.column.marginLowest"), I18n.text("reach.column.marginLowest.tip"),
                        FromRow::lowestMarginKm, true)
                .km(I18n.text("reach.column.marginHighest"), I18n.text("reach.column.marginHighest.tip"),
                        FromRow::highestMarginKm, true)
                .install(fromTable);
        fromTable.setId("reach-from-table");
        fromTable.setAccessibleText(I18n.text("reach.from.accessible"));
        fromTable.setPlaceholder(new Label(I18n.text("reach.from.empty")));

        new Columns<ToRow>()
                .text(I18n.text("reach.column.system"), I18n.text("reach.column.system.tip"), r -> r.system().name())
                .text(I18n.text("reach.column.from"), I18n.text("reach.column.from.tip"), ToRow::fromLabel, 190)
                .km(I18n.text("reach.column.distance"), I18n.text("reach.column.distance.tip"),
                        ToRow::distanceKm, false)
                .reaches(I18n.text("reach.column.lowest"), I18n.text("reach.column.lowest.tip"),
                        ToRow::reachesLowest, ToRow::lowestMarginKm)
                .reaches(I18n.text("reach.column.headline"), I18n.text("reach.column.headline.tip"),
                        ToRow::reachesHeadline, ToRow::headlineMarginKm)
                .reaches(I18n.text("reach.column.highest"), I18n.text("reach.column.highest.tip"),
                        ToRow::reachesHighest, ToRow::highestMarginKm)
                .install(toTable);
        toTable.setId("reach-to-table");
        toTable.setAccessibleText(I18n.text("reach.to.accessible"));

        place.setId("reach-place");
        place.setPromptText(I18n.text("reach.place.prompt"));
        place.setAccessibleText(I18n.text("reach.place.accessible"));
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
                setText(empty || p == null ? I18n.text("reach.place.prompt") : place.getConverter().toString(p));
            }
        });
        place.valueProperty().addListener((o, a, p) -> {
            if (!syncing) {
                model.selectPlace(p);
            }
        });
        Button clear = new Button(I18n.text("reach.place.clear"));
        clear.setId("reach-clear-place");
        clear.getStyleClass().add(Styles.SMALL_BUTTON);
        clear.setOnAction(e -> model.selectPlace(null));
        HBox chooser = new HBox(6, new Label(I18n.text("reach.place.label")), place, clear);
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
        fromTitle.setText(I18n.text("reach.from.title", t.from().size()));
        toTitle.setText(t.place() == null ? I18n.text("reach.to.none") : I18n.text("reach.to.title", t.place().name(),
                t.to().stream().filter(ToRow::reachesHeadline).count(), t.to().size()));
        toTable.setPlaceholder(new Label(t.place() == null ? I18n.text("reach.to.emptyNoPlace")
                : I18n.text("reach.to.emptyPlace", Names.of(t.place()))));
        mode.setText(I18n.text(t.fromTerritory() ? "reach.mode.envelope" : "reach.mode.launchPoint"));
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
