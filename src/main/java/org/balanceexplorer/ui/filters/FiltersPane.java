package org.balanceexplorer.ui.filters;

import org.balanceexplorer.ui.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.SystemFilter;
import org.balanceexplorer.state.SystemFilter.Option;
import org.balanceexplorer.state.SystemFilter.Part;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.Styles;

/**
 * The filter options over the systems list, folded under a title that says how many are in use:
 * per part (country, class by the rule, class as sources give it, status, basing, category) a
 * check box per value, labelled with the count choosing it would leave. The boxes follow the view
 * state's {@link Filters}; ticking one makes the next state. Fully keyboard reachable (Tab, Space).
 *
 * <p>Thread safety: FX application thread only.
 */
public final class FiltersPane extends TitledPane {

    private final ExplorerViewModel model;
    private final SystemFilter filter;
    private final VBox content = new VBox(4);
    private final ScrollPane scroll;
    /** The boxes by part and key; rebuilt only when the values offered change, so focus stays put. */
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private List<String> offered = List.of();
    private boolean syncing;
    /** Whether the pane has been opened once: its boxes exist from then on. */
    private boolean opened;

    /**
     * @param model  the explorer state
     * @param filter the filter rule on the model's dataset
     */
    public FiltersPane(ExplorerViewModel model, SystemFilter filter) {
        this.model = model;
        this.filter = filter;
        setId("filters");
        setExpanded(false);
        setAnimated(false);
        content.setPadding(new Insets(4, 0, 4, 0));
        // Scrolls when the panel is short, so that the list below keeps its room.
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(150);
        scroll.setMaxHeight(170);
        // In the window once first opened: until then the first frame does not style or lay out its boxes.
        // Its boxes are made then too, and kept up to date from then on (the title says at all times how
        // many filters are in use).
        org.balanceexplorer.ui.LazyContent.of(this, () -> {
            opened = true;
            refresh(model.state().filters());
            return scroll;
        });
        model.stateProperty().addListener((o, before, now) -> {
            if (before == null || !before.filters().equals(now.filters())) {
                refresh(now.filters());
            }
        });
        refresh(model.state().filters());
    }

    /** The check box id of an option, e.g. {@code filter-rule-class-IRBM}, {@code filter-status-not-stated}. */
    public static String boxId(Part part, String key) {
        return "filter-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + key.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private void refresh(Filters f) {
        if (opened) {
            refreshBoxes(f);
        }
        long inUse = java.util.Arrays.stream(Part.values()).filter(p -> !SystemFilter.chosen(f, p).isEmpty()).count();
        setText(inUse == 0 ? I18n.text("filters.title") : I18n.text("filters.titleInUse", inUse));
    }

    private void refreshBoxes(Filters f) {
        Map<Part, List<Option>> options = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (Part p : Part.values()) {
            List<Option> o = filter.options(f, p);
            options.put(p, o);
            o.forEach(x -> keys.add(boxId(p, x.key())));
        }
        if (!keys.equals(offered)) {
            build(options);
            offered = keys;
        }
        syncing = true;
        try {
            options.forEach((p, list) -> list.forEach(o -> {
                CheckBox box = boxes.get(boxId(p, o.key()));
                box.setText(I18n.text("filters.option", FilterWords.label(o), o.count()));
                box.setSelected(o.chosen());
                box.setAccessibleText(I18n.text("filters.option.accessible", FilterWords.part(p), FilterWords.label(o), o.count()));
            }));
        } finally {
            syncing = false;
        }
    }

    private void build(Map<Part, List<Option>> options) {
        boxes.clear();
        content.getChildren().clear();
        options.forEach((part, list) -> {
            Label heading = new Label(I18n.text("filters.part.heading", FilterWords.part(part)));
            heading.getStyleClass().add(Styles.MUTED);
            FlowPane row = new FlowPane(8, 2, heading);
            for (Option o : list) {
                CheckBox box = new CheckBox();
                box.setId(boxId(part, o.key()));
                box.selectedProperty().addListener((x, was, now) -> {
                    if (!syncing) {
                        model.update(s -> s.withFilters(SystemFilter.toggled(s.filters(), part, o.key(), now)));
                    }
                });
                box.focusedProperty().addListener((x, was, now) -> {
                    if (now) {
                        reveal(box);
                    }
                });
                boxes.put(box.getId(), box);
                row.getChildren().add(box);
            }
            content.getChildren().add(row);
        });
        Button clear = new Button(I18n.text("filters.clear"));
        clear.setId("clear-filters-in-pane");
        clear.getStyleClass().add(Styles.SMALL_BUTTON);
        clear.setOnAction(e -> clearFilters(model));
        content.getChildren().add(clear);
    }

    /** Scrolls the options so that a focused box is in view (Tab moves through them). */
    private void reveal(CheckBox box) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = content.sceneToLocal(box.localToScene(0, 0)).getY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / (contentHeight - viewport))));
    }

    /** Clears every filter and the search. */
    public static void clearFilters(ExplorerViewModel model) {
        model.update(s -> s.withFilters(Filters.NONE));
    }
}
