package org.balanceexplorer.ui;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.LegendLayout;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.RingOptions;
import org.balanceexplorer.state.ViewState;

/**
 * The tool bar over the map: fit buttons, the projection, the measure tool, the Points menu (the
 * keyboard's way to move a launch point and to measure), the ring options and the legend's place.
 * Every control shows the view state and changes it through the view model; none holds state of
 * its own.
 */
final class MapToolBar extends ToolBar {

    private final ExplorerViewModel model;
    /**
     * The menu lists geo's kinds (their names are what users read); the state holds its own. A
     * choice box, not a combo box: five fixed choices, and a combo box's skin builds its list view
     * (24 nodes, styled and laid out though hidden) into the window's first frame.
     */
    private final ChoiceBox<Projections.Kind> projections =
            new ChoiceBox<>(FXCollections.observableArrayList(Projections.Kind.values()));
    private final CheckBox bands = option(I18n.text("tools.bands"), "show-bands", I18n.text("tools.bands.tip"));
    private final CheckBox perClaim = option(I18n.text("tools.perClaim"), "show-claim-rings",
            I18n.text("tools.perClaim.tip"));
    private final CheckBox envelopes = option(I18n.text("tools.envelopes"), "show-envelopes",
            I18n.text("tools.envelopes.tip"));
    private final CheckBox naive = option(I18n.text("tools.naive"), "show-naive", I18n.text("tools.naive.tip"));
    private final CheckMenuItem folded = new CheckMenuItem(I18n.text("legend.folded"));
    private final ToggleGroup corners = new ToggleGroup();

    /**
     * @param choose     switches the projection to a kind (the window knows the view's centre)
     * @param moveDialog opens the dialog that moves a launch point
     * @param measureDialog opens the dialog that measures between two named points
     */
    MapToolBar(ExplorerViewModel model, MapView map, Consumer<ProjectionKind> choose, Runnable moveDialog,
               Runnable measureDialog) {
        this.model = model;
        Button southAsia = new Button(I18n.text("tools.fitSouthAsia"));
        southAsia.setTooltip(new Tooltip(I18n.text("tools.fitSouthAsia.tip")));
        southAsia.setOnAction(e -> map.fit(MapView.SOUTH_ASIA));
        southAsia.setId("fit-south-asia");
        Button world = new Button(I18n.text("tools.fitWorld"));
        world.setId("fit-world");
        world.setOnAction(e -> map.fitWorld());

        projections.setId("projection");
        projections.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Projections.Kind k) {
                return k == null ? "" : I18n.text("projection." + k.name());
            }

            @Override
            public Projections.Kind fromString(String s) {
                return null;
            }
        });
        projections.setAccessibleText(I18n.text("tools.projection"));
        projections.setTooltip(new Tooltip(I18n.text("tools.projection.tip")));
        projections.valueProperty().addListener((o, a, kind) -> {
            if (kind != null && kind != model.state().projection().kind().geoKind()) {
                choose.accept(ProjectionKind.valueOf(kind.name()));
            }
        });

        ToggleButton measure = new ToggleButton(I18n.text("tools.measure"));
        measure.setId("measure-tool");
        measure.setTooltip(new Tooltip(I18n.text("tools.measure.tip")));
        measure.selectedProperty().bindBidirectional(map.measuringProperty());

        bands.setOnAction(e -> model.update(s -> s.withRings(rings(s).withBands(bands.isSelected()))));
        perClaim.setOnAction(e -> model.update(s -> s.withRings(rings(s).withClaimRings(perClaim.isSelected()))));
        envelopes.setOnAction(e -> model.update(s -> s.withRings(rings(s).withEnvelopes(envelopes.isSelected()))));
        naive.setOnAction(e -> model.update(s -> s.withRings(rings(s).withNaive(naive.isSelected()))));

        Button reset = new Button(I18n.text("tools.reset"));
        reset.setId("reset-launch-points");
        reset.setTooltip(new Tooltip(I18n.text("tools.reset.tip")));
        reset.setOnAction(e -> model.resetLaunchPoints());

        MenuItem moveItem = new MenuItem(I18n.text("tools.move"));
        moveItem.setId("move-launch-point");
        moveItem.setOnAction(e -> moveDialog.run());
        MenuItem measureItem = new MenuItem(I18n.text("tools.measureBetween"));
        measureItem.setId("measure-between");
        measureItem.setOnAction(e -> measureDialog.run());
        MenuButton points = new MenuButton(I18n.text("tools.points"), null, moveItem, measureItem);
        points.setId("points-menu");
        points.setTooltip(new Tooltip(I18n.text("tools.points.tip")));

        getItems().addAll(southAsia, world, projections, new Separator(Orientation.VERTICAL), measure, points, reset,
                new Separator(Orientation.VERTICAL), bands, perClaim, envelopes, naive, legendMenu());
        model.stateProperty().addListener((o, a, s) -> show(s));
        show(model.state());
    }

    private static RingOptions rings(ViewState s) {
        return s.rings();
    }

    private static CheckBox option(String text, String id, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    /** Folding the legend, and the corner it stands in. */
    private MenuButton legendMenu() {
        folded.setId("legend-folded");
        folded.setOnAction(e -> model.update(s -> s.withLegend(new LegendLayout(s.legend().corner(),
                folded.isSelected()))));
        MenuButton menu = new MenuButton(I18n.text("tools.legend"));
        menu.setId("legend-menu");
        menu.setTooltip(new Tooltip(I18n.text("tools.legend.tip")));
        menu.getItems().addAll(folded, new SeparatorMenuItem());
        for (LegendCorner c : LegendCorner.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.text("legend." + c.name()));
            item.setId("legend-" + c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setUserData(c);
            item.setToggleGroup(corners);
            item.setOnAction(e -> model.update(s -> s.withLegend(new LegendLayout(c, s.legend().collapsed()))));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Shows the state in the controls. */
    private void show(ViewState s) {
        if (projections.getValue() != s.projection().kind().geoKind()) {
            projections.setValue(s.projection().kind().geoKind());
        }
        bands.setSelected(s.rings().bands());
        perClaim.setSelected(s.rings().claimRings());
        envelopes.setSelected(s.rings().envelopes());
        naive.setSelected(s.rings().naive());
        folded.setSelected(s.legend().collapsed());
        corners.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.legend().corner()));
    }
}
