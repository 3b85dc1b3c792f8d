package org.balanceexplorer.ui.systems;

import org.balanceexplorer.ui.DatasetWords;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Names;
import org.balanceexplorer.ui.systems.SystemsPanel.CountryEntry;
import org.balanceexplorer.ui.systems.SystemsPanel.Entry;
import org.balanceexplorer.ui.systems.SystemsPanel.SystemEntry;

/**
 * A row of the systems list: a check box and the row's label, as {@link CheckBoxTreeCell} draws
 * them, with two differences for the keyboard and screen readers. The check box is no Tab stop of
 * its own (the list is one stop: arrow keys move in it, Space ticks, see {@link SystemsPanel}); and
 * the row says what it is, kept up to date as it is ticked: "Shaheen-III, Pakistan, ballistic,
 * 2,750 km, shown" or "Pakistan, group of 12 systems, 3 shown".
 *
 * <p>FX application thread only.
 */
final class SystemCell extends CheckBoxTreeCell<Entry> {

    private final Function<String, String> countryName;

    /**
     * @param label       a row's visible label
     * @param countryName a country's name by its id
     */
    SystemCell(Function<Entry, String> label, Function<String, String> countryName) {
        super(item -> ((CheckBoxTreeItem<Entry>) item).selectedProperty(), new StringConverter<>() {
            @Override
            public String toString(TreeItem<Entry> item) {
                return item == null ? "" : label.apply(item.getValue());
            }

            @Override
            public TreeItem<Entry> fromString(String s) {
                throw new UnsupportedOperationException("tree rows are not editable");
            }
        });
        this.countryName = countryName;
    }

    @Override
    public void updateItem(Entry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (getGraphic() != null) {
            getGraphic().setFocusTraversable(false);
        }
        accessibleTextProperty().unbind();
        if (empty || entry == null || !(getTreeItem() instanceof CheckBoxTreeItem<Entry> item)) {
            setAccessibleText(null);
            return;
        }
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> spoken(entry, item),
                item.selectedProperty(), item.indeterminateProperty(), item.getChildren()));
    }

    private String spoken(Entry entry, CheckBoxTreeItem<Entry> item) {
        if (entry instanceof SystemEntry se) {
            WeaponSystem s = se.system();
            return I18n.text(s.range().disputed() ? "systems.row.disputed" : "systems.row", s.name(),
                    countryName.apply(s.country()), words(s.category()), DatasetWords.headline(s.range()),
                    I18n.text(item.isSelected() ? "systems.row.shown" : "systems.row.notShown"));
        }
        if (entry instanceof CountryEntry ce) {
            return I18n.text("systems.group", Names.of(ce.country()), item.getChildren().size(),
                    I18n.text(item.isIndeterminate() ? "systems.group.someShown"
                            : item.isSelected() ? "systems.group.allShown" : "systems.group.noneShown"));
        }
        return "";
    }

    /** A category in words: "ballistic", "cruise", "hypersonic glide". */
    static String words(Category c) {
        return I18n.text("claims.category." + c.name());
    }
}
