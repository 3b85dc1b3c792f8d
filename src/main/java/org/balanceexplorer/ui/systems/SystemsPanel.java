package org.balanceexplorer.ui.systems;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.Styles;

/**
 * The side panel's upper half: the dataset's systems grouped by country, a checkbox each for its
 * ring, and a search field that filters by name or alias. Selecting a system shows its claims.
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
    private final Map<String, CheckBoxTreeItem<Entry>> systemItems = new HashMap<>();
    private final Map<String, CheckBoxTreeItem<Entry>> countryItems = new HashMap<>();
    private boolean syncing;

    public SystemsPanel(ExplorerViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(10, 10, 0, 10));
        Label title = new Label("Systems");
        title.getStyleClass().add(Styles.HEADING);
        var info = model.dataset().info();
        Label dataset = new Label(info.name() + " " + info.version()
                + (info.updated() == null ? "" : ", updated " + info.updated()) + " \u00b7 "
                + model.dataset().systems().size() + " systems, " + model.dataset().sources().size() + " sources");
        dataset.setWrapText(true);
        dataset.getStyleClass().add(Styles.MUTED);
        dataset.setId("dataset-info");
        search.setPromptText("Search systems (name or alias)");
        search.setAccessibleText("Search systems by name or alias");
        search.setId("system-search");
        search.textProperty().addListener((o, a, b) -> rebuild());

        tree.setId("system-tree");
        tree.getStyleClass().add(Styles.SYSTEM_TREE);
        tree.setShowRoot(false);
        tree.setAccessibleText("Weapon systems grouped by country; tick one to draw its range ring");
        tree.setCellFactory(tv -> new CheckBoxTreeCell<>(item -> ((CheckBoxTreeItem<Entry>) item).selectedProperty(),
                new StringConverter<>() {
                    @Override
                    public String toString(TreeItem<Entry> item) {
                        return item == null ? "" : label(item.getValue());
                    }

                    @Override
                    public TreeItem<Entry> fromString(String s) {
                        throw new UnsupportedOperationException("tree rows are not editable");
                    }
                }));
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
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, dataset, search, tree);
        rebuild();
    }

    private String label(Entry e) {
        if (e instanceof CountryEntry ce) {
            return ce.country().name() + " (" + model.dataset().systemsOf(ce.country().id()).size() + ")";
        }
        if (e instanceof SystemEntry se) {
            WeaponSystem s = se.system();
            return s.name() + " \u2014 " + s.range().displayHeadline() + (s.range().disputed() ? "  \u26a0" : "");
        }
        return "";
    }

    private void rebuild() {
        Dataset d = model.dataset();
        String q = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        CheckBoxTreeItem<Entry> root = new CheckBoxTreeItem<>(new RootEntry());
        systemItems.clear();
        countryItems.clear();
        syncing = true;
        for (Country c : d.countries()) {
            var systems = d.systemsOf(c.id()).stream().filter(s -> matches(s, q)).toList();
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
                countryItem.getChildren().add(item);
            }
            countryItems.put(c.id(), countryItem);
            root.getChildren().add(countryItem);
        }
        syncing = false;
        tree.setRoot(root);
    }

    private static boolean matches(WeaponSystem s, String q) {
        if (q.isEmpty()) {
            return true;
        }
        if (s.name().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        return s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q));
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
