package org.balanceexplorer.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every key the app answers to, in one list: the keys of each view (written here, beside the views
 * that handle them) and the accelerators of the menus, read from the menus themselves when the list
 * is opened, so that a new menu shortcut is listed without a word here. Shown by Help &gt; Keyboard
 * shortcuts, F1 or {@code ?}, as a table a keyboard and a screen reader can walk.
 *
 * <p>The words are gathered here as constants so that they can move into a resource bundle.
 */
public final class Shortcuts {

    /**
     * One key.
     *
     * @param keys   what to press, e.g. "Ctrl+C"
     * @param where  where it works, e.g. "Reach tables"
     * @param action what it does
     */
    public record Shortcut(String keys, String where, String action) {
    }

    static final String TITLE = "Keyboard shortcuts";
    static final String INTRO = "Every key the app answers to. Tab moves between the parts of the window in "
            + "reading order; in each part, the arrow keys move. Menus: Alt (or F10), then the underlined letter.";
    static final String KEYS = "Keys";
    static final String WHERE = "Where";
    static final String ACTION = "What it does";
    static final String ANYWHERE = "Anywhere";
    static final String MENU = "Menu ";

    /** The keys the views handle themselves (the menus' accelerators are added to these). */
    public static final List<Shortcut> VIEW_KEYS = List.of(
            new Shortcut("Tab / Shift+Tab", ANYWHERE, "Next / previous part: tool bar, systems list, map, the map "
                    + "in words, year slider, events, side panel tabs"),
            new Shortcut("F10 or Alt", ANYWHERE, "Go to the menu bar; Alt and an underlined letter opens a menu"),
            new Shortcut("?", ANYWHERE, "This list (also F1), unless you are typing in a field"),
            new Shortcut("Esc or Ctrl+W", "Help windows", "Close the window"),
            new Shortcut("Space or Enter", "Tool bar", "Press the button; open the Points and Legend menus"),
            new Shortcut("Alt+Down or Space", "Projection list, filters", "Open the list; arrow keys and Enter choose"),
            new Shortcut("Up / Down", "Systems list", "Move between countries and systems (the claims follow)"),
            new Shortcut("Left / Right", "Systems list", "Fold / unfold a country"),
            new Shortcut("Space", "Systems list", "Tick or untick the focused system (draw its ring)"),
            new Shortcut("Arrow keys", "Map", "Pan the map; turn the globe"),
            new Shortcut("+ / \u2212", "Map", "Zoom in / out"),
            new Shortcut("0", "Map", "Fit South Asia"),
            new Shortcut("Esc", "Map", "Clear a measurement"),
            new Shortcut("Left / Right", "Year slider", "One year back / on"),
            new Shortcut("Home / End", "Year slider", "The first / last year"),
            new Shortcut("Space", "Play button", "Play or pause the years"),
            new Shortcut("Left / Right", "Events timeline", "Previous / next event (read out)"),
            new Shortcut("Home / End", "Events timeline", "The first / last event"),
            new Shortcut("Enter or Space", "Events timeline", "Read the event's claims, show its systems"),
            new Shortcut("Up / Down, Enter", "In words tab, events", "Move between events; read the event's claims"),
            new Shortcut("Ctrl+Tab / Ctrl+Shift+Tab", "Side panel", "Next / previous tab (Left / Right on a tab)"),
            new Shortcut("Arrow keys, Shift+arrows", "Reach tables", "Move between rows; select rows"),
            new Shortcut("Ctrl+C", "Reach tables", "Copy the selected rows (or all) as tab-separated text"),
            new Shortcut("Page Down, Right, Down or Space", "Presentation", "Next scene or ring"),
            new Shortcut("Page Up, Left or Up", "Presentation", "Previous scene or ring"),
            new Shortcut("Home / End", "Presentation", "First / last step"),
            new Shortcut("B", "Presentation", "Blank the screen (again: back)"),
            new Shortcut("P", "Presentation", "Show or hide the side panel"),
            new Shortcut("Esc", "Presentation", "Leave presentation mode"));

    private Shortcuts() {
    }

    /** The views' keys, then every accelerator of the menus (as the menus show it), menu by menu. */
    public static List<Shortcut> all(List<Menu> menus) {
        List<Shortcut> out = new ArrayList<>(VIEW_KEYS);
        for (Menu m : menus) {
            accelerators(m, MENU + plain(m.getText()), out);
        }
        return out;
    }

    private static void accelerators(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                accelerators(sub, where + " > " + plain(sub.getText()), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), where, plain(item.getText())));
            }
        }
    }

    /** A menu's text without its mnemonic mark. */
    private static String plain(String text) {
        return text == null ? "" : text.replace("_", "");
    }

    /** The list as a table (id {@code shortcuts}), with a line on the menus above it. */
    static VBox view(List<Shortcut> keys) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts");
        table.setAccessibleText(TITLE);
        table.getColumns().add(column(KEYS, Shortcut::keys, 190));
        table.getColumns().add(column(WHERE, Shortcut::where, 170));
        table.getColumns().add(column(ACTION, Shortcut::action, 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(keys);
        Label intro = new Label(INTRO);
        intro.setWrapText(true);
        VBox box = new VBox(10, intro, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setStyle("-fx-padding: 12;");
        return box;
    }

    private static TableColumn<Shortcut, String> column(String title, java.util.function.Function<Shortcut, String> value,
                                                        double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
