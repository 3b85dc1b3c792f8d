package org.balanceexplorer.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.balanceexplorer.ui.I18n;

/**
 * Every key the app answers to, in one list: the keys of each view (written here, beside the views
 * that handle them) and the accelerators of the menus, read from the menus themselves when the list
 * is opened, so that a new menu shortcut is listed without a word here. Shown by Help &gt; Keyboard
 * shortcuts, F1 or {@code ?}, as a table a keyboard and a screen reader can walk.
 *
 * <p>The words are the bundles' {@code shortcuts.*}, read when the list is opened.
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

    /** A mnemonic written after the word, as Urdu and Hindi menus write it: " (_F)", before any ellipsis. */
    private static final Pattern MNEMONIC_IN_BRACKETS = Pattern.compile("\\s*\\(_\\p{Alnum}\\)");

    /**
     * The keys the views handle themselves (the menus' accelerators are added to these), in the
     * chosen language. Key names (Tab, Esc, Ctrl+C, F10...) are written as the keyboard and the
     * menus write them, in every language; the words around them are translated
     * ({@code shortcuts.*} in the bundles).
     */
    public static List<Shortcut> viewKeys() {
        String anywhere = I18n.text("shortcuts.where.anywhere");
        String toolBar = I18n.text("shortcuts.where.toolBar");
        String systems = I18n.text("shortcuts.where.systems");
        String map = I18n.text("shortcuts.where.map");
        String slider = I18n.text("shortcuts.where.yearSlider");
        String timeline = I18n.text("shortcuts.where.timeline");
        String reach = I18n.text("shortcuts.where.reachTables");
        String presentation = I18n.text("shortcuts.where.presentation");
        return List.of(
                key("shortcuts.keys.tab", anywhere, I18n.text("shortcuts.action.parts")),
                key("shortcuts.keys.menuBar", anywhere, I18n.text("shortcuts.action.menuBar")),
                new Shortcut("?", anywhere, I18n.text("shortcuts.action.thisList")),
                key("shortcuts.keys.escOrClose", I18n.text("shortcuts.where.helpWindows"),
                        I18n.text("shortcuts.action.closeWindow")),
                key("shortcuts.keys.spaceOrEnter", toolBar, I18n.text("shortcuts.action.toolBar",
                        I18n.text("tools.points"), I18n.text("tools.legend"))),
                key("shortcuts.keys.altDownOrSpace", I18n.text("shortcuts.where.lists"),
                        I18n.text("shortcuts.action.openList")),
                key("shortcuts.keys.upDown", systems, I18n.text("shortcuts.action.systemsMove")),
                key("shortcuts.keys.leftRight", systems, I18n.text("shortcuts.action.systemsFold")),
                key("shortcuts.keys.space", systems, I18n.text("shortcuts.action.systemsTick")),
                key("shortcuts.keys.arrows", map, I18n.text("shortcuts.action.mapPan")),
                new Shortcut("+ / \u2212", map, I18n.text("shortcuts.action.mapZoom")),
                new Shortcut("0", map, I18n.text("tools.fitSouthAsia")),
                key("shortcuts.keys.esc", map, I18n.text("shortcuts.action.mapClear")),
                key("shortcuts.keys.leftRight", slider, I18n.text("shortcuts.action.sliderStep")),
                key("shortcuts.keys.homeEnd", slider, I18n.text("shortcuts.action.sliderEnds")),
                key("shortcuts.keys.space", I18n.text("shortcuts.where.playButton"),
                        I18n.text("shortcuts.action.play")),
                key("shortcuts.keys.leftRight", timeline, I18n.text("shortcuts.action.timelineStep")),
                key("shortcuts.keys.homeEnd", timeline, I18n.text("shortcuts.action.timelineEnds")),
                key("shortcuts.keys.enterOrSpace", timeline, I18n.text("shortcuts.action.timelineRead")),
                key("shortcuts.keys.upDownEnter", I18n.text("shortcuts.where.inWords", I18n.text("tab.inWords")),
                        I18n.text("shortcuts.action.inWordsEvents")),
                new Shortcut("Ctrl+Tab / Ctrl+Shift+Tab", I18n.text("shortcuts.where.sidePanel"),
                        I18n.text("shortcuts.action.sideTabs")),
                key("shortcuts.keys.arrowsShift", reach, I18n.text("shortcuts.action.reachRows")),
                new Shortcut("Ctrl+C", reach, I18n.text("shortcuts.action.reachCopy")),
                key("shortcuts.keys.presentationNext", presentation, I18n.text("shortcuts.action.presentationNext")),
                key("shortcuts.keys.presentationPrevious", presentation,
                        I18n.text("shortcuts.action.presentationPrevious")),
                key("shortcuts.keys.homeEnd", presentation, I18n.text("shortcuts.action.presentationEnds")),
                new Shortcut("B", presentation, I18n.text("shortcuts.action.presentationBlank")),
                new Shortcut("P", presentation, I18n.text("shortcuts.action.presentationPanel")),
                key("shortcuts.keys.esc", presentation, I18n.text("shortcuts.action.presentationLeave")));
    }

    private static Shortcut key(String keysKey, String where, String action) {
        return new Shortcut(I18n.text(keysKey), where, action);
    }

    private Shortcuts() {
    }

    /** The views' keys, then every accelerator of the menus (as the menus show it), menu by menu. */
    public static List<Shortcut> all(List<Menu> menus) {
        List<Shortcut> out = new ArrayList<>(viewKeys());
        for (Menu m : menus) {
            accelerators(m, I18n.text("shortcuts.where.menu", plain(m.getText())), out);
        }
        return out;
    }

    private static void accelerators(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                accelerators(sub, I18n.text("shortcuts.where.submenu", where, plain(sub.getText())), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(item.getAccelerator().getDisplayText(), where, plain(item.getText())));
            }
        }
    }

    /**
     * A menu's text without its mnemonic mark: "_File" gives "File", and the bracketed letter Urdu
     * and Hindi menus carry ("فائل (_F)") is left out.
     */
    private static String plain(String text) {
        return text == null ? "" : MNEMONIC_IN_BRACKETS.matcher(text).replaceAll("").replace("_", "");
    }

    /** The list as a table (id {@code shortcuts}), with a line on the menus above it. */
    static VBox view(List<Shortcut> keys) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts");
        table.setAccessibleText(I18n.text("shortcuts.title"));
        table.getColumns().add(column(I18n.text("shortcuts.column.keys"), Shortcut::keys, 190));
        table.getColumns().add(column(I18n.text("shortcuts.column.where"), Shortcut::where, 170));
        table.getColumns().add(column(I18n.text("shortcuts.column.action"), Shortcut::action, 420));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(keys);
        Label intro = new Label(I18n.text("shortcuts.intro"));
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
