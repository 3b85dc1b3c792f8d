package org.balanceexplorer.ui.systems;

import org.balanceexplorer.ui.DatasetWords;
import org.balanceexplorer.ui.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.SystemFilter;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.filters.FiltersPane;
import org.balanceexplorer.ui.Styles;

/**
 * The side panel's upper half: the dataset's systems grouped by country, a checkbox each for its
 * ring, a search field (names, aliases and class names) and the {@link FiltersPane}; the list
 * shows what the view state's filters list ({@link SystemFilter}), says how many, ticks them all
 * on demand, and when nothing is left says why and offers to clear. Selecting a system shows its claims.
 */
public final class SystemsPanel extends VBox {

    /** What a tree row stands for. */
    public sealed interface Entry permits CountryEntry, SystemEntry, RootEntry {
    }

    public record RootEntry() implements Entry {
    }

    public record CountryEntry(Country country) implements Entry {
    }

    public record SystemEntry(WeaponSystem system) implements Entry {
    }

    private final ExplorerViewModel model;
    private final TreeView<Entry> tree = new TreeView<>();
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final Button tickAll = new Button();
    private final Label emptyWhy = new Label();
    private final VBox empty;
    private List<WeaponSystem> listed = List.of();
    private final SystemFilter filter;
    private final Map<String, CheckBoxTreeItem<Entry>> systemItems = new HashMap<>();
    private final Map<String, CheckBoxTreeItem<Entry>> countryItems = new HashMap<>();
    private final CheckBoxTreeItem<Entry> root = new CheckBoxTreeItem<>(new RootEntry());
    private boolean syncing;

    public SystemsPanel(ExplorerViewModel model) {
        super(6);
        this.model = model;
        this.filter = new SystemFilter(model.dataset());
        setPadding(new Insets(10, 10, 0, 10));
        Label title = new Label(I18n.text("systems.title"));
        title.getStyleClass().add(Styles.HEADING);
        var info = model.dataset().info();
        int systemCount = model.dataset().systems().size();
        int sourceCount = model.dataset().sources().size();
        Label dataset = new Label(info.updated() == null
                ? I18n.text("systems.dataset", info.name(), info.version(), systemCount, sourceCount)
                : I18n.text("systems.dataset.updated", info.name(), info.version(), DatasetWords.date(info.updated()),
                        systemCount, sourceCount));
        dataset.setWrapText(true);
        dataset.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        dataset.getStyleClass().add(Styles.MUTED);
        dataset.setId("dataset-info");
        search.setPromptText(I18n.text("systems.search.prompt"));
        search.setAccessibleText(I18n.text("systems.search.accessible"));
        search.setId("system-search");
        search.setText(model.state().filters().search());
        search.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.update(s -> s.withFilters(s.filters().withSearch(b == null ? "" : b)));
            }
        });
        count.setId("listed-count");
        count.getStyleClass().add(Styles.MUTED);
        tickAll.setId("tick-all-listed");
        tickAll.getStyleClass().add(Styles.SMALL_BUTTON);
        tickAll.setOnAction(e -> tickAllListed());
        tickAll.setAccessibleHelp(I18n.text("systems.tickAll.help"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox listBar = new HBox(6, count, gap, tickAll);
        listBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        listBar.setMinHeight(Region.USE_PREF_SIZE);
        tree.setMinHeight(60);
        emptyWhy.setId("empty-why");
        emptyWhy.setWrapText(true);
        Button clear = new Button(I18n.text("filters.clear"));
        clear.setId("clear-filters");
        clear.setOnAction(e -> FiltersPane.clearFilters(model));
        empty = new VBox(6, emptyWhy, clear);
        empty.setId("empty-result");
        empty.managedProperty().bind(empty.visibleProperty());

        tree.setId("system-tree");
        tree.getStyleClass().add(Styles.SYSTEM_TREE);
        tree.setShowRoot(false);
        tree.setAccessibleText(I18n.text("systems.tree.accessible"));
        tree.setAccessibleHelp(I18n.text("systems.tree.help"));
        tree.setCellFactory(tv -> new SystemCell(this::label,
                id -> model.dataset().country(id).map(Names::of).orElse(id)));
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null && item.getValue() instanceof SystemEntry se) {
                model.select(se.system());
            } else if (item != null && item.getValue() instanceof CountryEntry ce) {
                model.selectCountry(ce.country().id());
            }
        });
        // Space ticks the focused row, so the rings can be shown without a mouse.
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE
                    && tree.getSelectionModel().getSelectedItem() instanceof CheckBoxTreeItem<Entry> item) {
                item.setSelected(!item.isSelected());
                e.consume();
            }
        });
        model.shownSystems().addListener((SetChangeListener<String>) c -> syncChecks());
        model.selectedCountryProperty().addListener((o, a, c) -> revealCountry(c));
        model.stateProperty().addListener((o, before, now) -> {
            if (!before.filters().equals(now.filters())) {
                filtersChanged(now.filters());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        tree.managedProperty().bind(tree.visibleProperty());
        // The search sits right above the list, so that Tab goes from it to the list.
        getChildren().addAll(title, dataset, new FiltersPane(model, filter), search, empty, tree, listBar);
        createItems();
        rebuild();
    }

    private String label(Entry e) {
        if (e instanceof CountryEntry ce) {
            int total = model.dataset().systemsOf(ce.country().id()).size();
            long shown = listed.stream().filter(s -> s.country().equals(ce.country().id())).count();
            return shown == total ? I18n.text("systems.country", Names.of(ce.country()), total)
                    : I18n.text("systems.country.some", Names.of(ce.country()), shown, total);
        }
        if (e instanceof SystemEntry se) {
            WeaponSystem s = se.system();
            return I18n.text(s.range().disputed() ? "systems.system.disputed" : "systems.system", s.name(),
                    DatasetWords.headline(s.range()));
        }
        return "";
    }

    private void filtersChanged(Filters f) {
        if (!f.search().equals(search.getText())) {
            syncing = true;
            try {
                search.setText(f.search());
            } finally {
                syncing = false;
            }
        }
        rebuild();
    }

    /** Ticks every system the list shows (their rings are drawn). */
    private void tickAllListed() {
        model.update(s -> {
            var next = s;
            for (WeaponSystem w : listed) {
                next = next.withShown(w.id(), true);
            }
            return next;
        });
    }

    /** Makes a tree item per country and per system, once: filtering only changes which are children. */
    private void createItems() {
        Dataset d = model.dataset();
        for (Country c : d.countries()) {
            List<WeaponSystem> systems = d.systemsOf(c.id());
            if (systems.isEmpty()) {
                continue;
            }
            CheckBoxTreeItem<Entry> countryItem = new CheckBoxTreeItem<>(new CountryEntry(c));
            countryItem.setExpanded(true);
            for (WeaponSystem s : systems) {
                CheckBoxTreeItem<Entry> item = new CheckBoxTreeItem<>(new SystemEntry(s));
                item.setSelected(model.shownSystems().contains(s.id()));
                item.selectedProperty().addListener((o, was, now) -> {
                    if (!syncing) {
                        model.setShown(s.id(), now);
                    }
                });
                systemItems.put(s.id(), item);
            }
            countryItems.put(c.id(), countryItem);
        }
        tree.setRoot(root);
    }

    /**
     * Shows the systems the filters list: the same items, only the children change (a new root would
     * make the tree build every cell again, tens of milliseconds).
     */
    private void rebuild() {
        Dataset d = model.dataset();
        Filters f = model.state().filters();
        listed = filter.listed(f);
        int all = d.systems().size();
        count.setText(listed.size() == all ? I18n.text("systems.listed.all", all)
                : I18n.text("systems.listed.some", listed.size(), all));
        tickAll.setText(I18n.text("systems.tickAll", listed.size()));
        tickAll.setDisable(listed.isEmpty());
        empty.setVisible(listed.isEmpty());
        tree.setVisible(!listed.isEmpty());
        emptyWhy.setText(listed.isEmpty() ? I18n.text("systems.empty", filter.whyEmpty(f)) : "");
        syncing = true;
        try {
            List<TreeItem<Entry>> countries = new java.util.ArrayList<>();
            for (Country c : d.countries()) {
                CheckBoxTreeItem<Entry> countryItem = countryItems.get(c.id());
                if (countryItem == null) {
                    continue;
                }
                List<TreeItem<Entry>> children = listed.stream().filter(s -> s.country().equals(c.id()))
                        .map(s -> (TreeItem<Entry>) systemItems.get(s.id())).toList();
                if (!countryItem.getChildren().equals(children)) {
                    countryItem.getChildren().setAll(children);
                }
                // A new value (equal, not the same) makes the row show its new count.
                countryItem.setValue(new CountryEntry(c));
                if (!children.isEmpty()) {
                    countries.add(countryItem);
                }
            }
            if (!root.getChildren().equals(countries)) {
                root.getChildren().setAll(countries);
            }
        } finally {
            syncing = false;
        }
        // Whatever a group's box made of its new children, the ticks are the shown systems.
        syncChecks();
    }

    private void syncChecks() {
        syncing = true;
        try {
            systemItems.forEach((id, item) -> item.setSelected(model.shownSystems().contains(id)));
        } finally {
            syncing = false;
        }
    }

    /** Expands the country's group, collapses the others and scrolls to it. */
    private void revealCountry(String countryId) {
        if (countryId == null) {
            return;
        }
        CheckBoxTreeItem<Entry> item = countryItems.get(countryId);
        if (item == null) {
            return;
        }
        countryItems.values().forEach(i -> i.setExpanded(i == item));
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(row);
        }
    }

    /** The tree, for keyboard focus and tests. */
    public TreeView<Entry> tree() {
        return tree;
    }
}
