package org.balanceexplorer.ui.systems;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.WeaponSystem;
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

    /** Words of the spoken row, gathered here so they can move into a resource bundle. */
    static final String SHOWN = "shown";
    static final String NOT_SHOWN = "not shown";
    static final String DISAGREE = "claims disagree";
    static final String GROUP = "group of %d systems";
    static final String ALL_SHOWN = "all shown";
    static final String SOME_SHOWN = "some shown";
    static final String NONE_SHOWN = "none shown";

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
            return s.name() + ", " + countryName.apply(s.country()) + ", " + words(s.category()) + ", "
                    + s.range().displayHeadline() + (s.range().disputed() ? ", " + DISAGREE : "") + ", "
                    + (item.isSelected() ? SHOWN : NOT_SHOWN);
        }
        if (entry instanceof CountryEntry ce) {
            return ce.country().name() + ", " + String.format(Locale.ROOT, GROUP, item.getChildren().size()) + ", "
                    + (item.isIndeterminate() ? SOME_SHOWN : item.isSelected() ? ALL_SHOWN : NONE_SHOWN);
        }
        return "";
    }

    /** A category in words: "ballistic", "cruise", "hypersonic glide". */
    static String words(Category c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
