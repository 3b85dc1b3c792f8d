package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balanceexplorer.ui.help.Shortcuts.Shortcut;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole main window by keyboard, as someone without a pointer walks it: Tab goes round every
 * control in reading order and Shift+Tab the same way back, each stop says what it is, the systems
 * list is one stop, the map shows a focus mark (in both themes), and F1 (or ?) lists every key.
 */
class KeyboardAccessTest extends RunningAppTest {

    /** More stops than the window has: a walk that does not come back by then is stuck in a loop. */
    private static final int MOST_STOPS = 300;

    private Node focusOwner() throws Exception {
        return onFx(() -> app.window().getScene().getFocusOwner());
    }

    /** Presses a key (with Shift when asked) until the focus is back where it started; the stops on the way. */
    private List<Node> walk(Node start, boolean back) throws Exception {
        List<Node> order = new ArrayList<>();
        order.add(start);
        for (int i = 0; i < MOST_STOPS; i++) {
            if (back) {
                push(KeyCode.SHIFT, KeyCode.TAB);
            } else {
                type(KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Node now = focusOwner();
            if (now == start) {
                return order;
            }
            order.add(now);
        }
        throw new AssertionError("Tab did not come back to the start in " + MOST_STOPS + " presses: " + order);
    }

    /** What a screen reader says a node is: its accessible text, or a labelled control's text. */
    private static String spoken(Node n) {
        String text = n.getAccessibleText();
        if ((text == null || text.isBlank()) && n instanceof Labeled l) {
            text = l.getText();
        }
        return text == null ? "" : text;
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
    }

    private static boolean inside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void tabGoesRoundTheWholeWindowInReadingOrderAndShiftTabGoesTheSameWayBack() throws Exception {
        tick("Shaheen-III");
        // A system selected: its claims (links, buttons) are in the walk too.
        interact(() -> app.model().select(system("Shaheen-III")));
        Node start = lookup("#fit-south-asia").query();
        interact(start::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> forward = walk(start, false);
        List<Node> backward = walk(start, true);

        List<Node> reversed = new ArrayList<>(forward.subList(1, forward.size()));
        java.util.Collections.reverse(reversed);
        reversed.add(0, start);
        assertThat(backward).as("Shift+Tab walks Tab's stops in reverse").containsExactlyElementsOf(reversed);
        assertThat(forward).as("each stop once").doesNotHaveDuplicates();
        assertThat(forward).as("the stops Tab finds are the window's focus order")
                .containsExactlyElementsOf(onFx(() -> app.window().focusOrder().stops()));
        assertThat(forward.stream().filter(n -> spoken(n).isBlank()).map(KeyboardAccessTest::describe).toList())
                .as("stops a screen reader has no words for").isEmpty();

        // Every tab of the side panel, shown in turn: each stop in it says what it is.
        for (var tab : List.copyOf(app.window().sideTabs().getTabs())) {
            interact(() -> app.window().sideTabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> silent = onFx(() -> app.window().focusOrder().stops().stream()
                    .filter(n -> inside(n, app.window().sideTabs()) && spoken(n).isBlank())
                    .map(KeyboardAccessTest::describe).toList());
            assertThat(silent).as("stops without words in the tab " + tab.getText()).isEmpty();
        }

        TreeView<?> tree = lookup("#system-tree").queryAs(TreeView.class);
        assertThat(forward.stream().filter(n -> inside(n, tree)).toList()).as("the systems list is one stop")
                .containsExactly(tree);
        Node map = app.window().map();
        Node summary = lookup("#map-summary").query();
        Node tabs = app.window().sideTabs();
        Node search = lookup("#system-search").query();
        int atFilters = forward.indexOf(lookup("#filters").query());
        int atSearch = forward.indexOf(search);
        int atTree = forward.indexOf(tree);
        int atMap = forward.indexOf(map);
        int atSummary = forward.indexOf(summary);
        int atTabs = forward.indexOf(tabs);
        assertThat(List.of(atFilters, atSearch, atTree, atMap, atSummary, atTabs))
                .as("filters, search, list, map, summary, side tabs")
                .doesNotContain(-1).isSorted();
        assertThat(atSummary).as("the map in words straight after the map").isEqualTo(atMap + 1);
        assertThat(forward.subList(0, atFilters)).as("the tool bar comes first")
                .allMatch(n -> inside(n, app.window().getTop()));
        assertThat(forward.subList(atTabs, forward.size())).as("the side panel's tabs, then the status bar")
                .allMatch(n -> inside(n, tabs) || inside(n, app.window().getBottom()));
    }

    @Test
    void theSystemsListSaysWhatEachRowIsAndSpaceTicksTheFocusedSystem() throws Exception {
        search("Shaheen-III");
        TreeView<?> tree = lookup("#system-tree").queryAs(TreeView.class);
        clickOn("#system-search");
        type(KeyCode.TAB, KeyCode.DOWN, KeyCode.DOWN);
        assertThat(focusOwner()).isSameAs(tree);
        javafx.scene.control.TreeCell<?> cell = lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) ->
                c.getText() != null && c.getText().startsWith("Shaheen-III \u2014")).query();
        assertThat(cell.getAccessibleText()).isEqualTo("Shaheen-III, Pakistan, ballistic, 2,750 km, not shown");
        type(KeyCode.SPACE);
        settle();
        assertThat(app.model().shownSystems()).containsExactly(system("Shaheen-III").id());
        assertThat(cell.getAccessibleText()).isEqualTo("Shaheen-III, Pakistan, ballistic, 2,750 km, shown");
        assertThat(from(cell).lookup(".check-box").queryAs(Node.class).isFocusTraversable()).isFalse();
    }

    @Test
    void theMapShowsAFocusMarkOnlyWhileItHasTheFocusInBothThemes() throws Exception {
        Region mark = lookup("#map-focus-mark").queryAs(Region.class);
        interact(() -> lookup("#fit-south-asia").query().requestFocus());
        assertThat(mark.isVisible()).as("no mark while the tool bar has the focus").isFalse();

        clickOn("#system-search");
        type(KeyCode.TAB);
        for (int i = 0; i < MOST_STOPS && focusOwner() != app.window().map(); i++) {
            type(KeyCode.TAB);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark.isVisible()).isTrue();
        assertThat(onFx(() -> mark.getBoundsInParent())).isEqualTo(onFx(() -> app.window().map().getLayoutBounds()));
        assertThat(strokeOf(mark).getWidths().getTop()).as("a line thick enough to see").isGreaterThanOrEqualTo(3);

        fire("theme-high-contrast");
        interact(() -> app.window().map().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark.isVisible()).isTrue();
        assertThat(strokeOf(mark).getTopStroke()).as("high contrast: red, as its every focus mark")
                .isEqualTo(Color.web("#cc0000"));
        assertThat(strokeOf(mark).getWidths().getTop()).isGreaterThanOrEqualTo(5);

        type(KeyCode.TAB);
        assertThat(mark.isVisible()).as("gone when the focus moves on").isFalse();
    }

    private BorderStroke strokeOf(Region mark) throws Exception {
        return onFx(() -> {
            mark.applyCss();
            return mark.getBorder().getStrokes().get(0);
        });
    }

    /** Fires a menu item of the window's menus by its id, as a click on it does. */
    private void fire(String id) throws Exception {
        MenuItem item = onFx(() -> find(app.window().menuBar().getMenus(), id));
        interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m && find(m.getItems(), id) != null) {
                return find(m.getItems(), id);
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Shortcut> shortcutsShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#shortcuts").tryQuery().isPresent());
        TableView<Shortcut> table = lookup("#shortcuts").queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    private void closeShortcuts() throws Exception {
        Stage keys = (Stage) onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle())).findFirst()
                .orElseThrow());
        interact(keys::close);
    }

    @Test
    void f1AndTheQuestionMarkListEveryKeyTheAppAnswersTo() throws Exception {
        interact(() -> app.window().map().requestFocus());
        type(KeyCode.F1);
        List<Shortcut> shown = shortcutsShown();
        List<String> keys = shown.stream().map(Shortcut::keys).toList();

        // Every accelerator of every menu, as the menu shows it.
        List<String> accelerators = onFx(() -> {
            List<String> out = new ArrayList<>();
            collect(app.window().menuBar().getMenus(), out);
            return out;
        });
        assertThat(accelerators).contains("F1", "Shift+F1", "F5", "Ctrl+Q", "Ctrl+O", "Ctrl+S", "Ctrl+L");
        assertThat(keys).containsAll(accelerators);
        // And the keys the views handle themselves, each with where it works.
        assertThat(shown).extracting(s -> s.keys() + " @ " + s.where()).contains(
                "Tab / Shift+Tab @ Anywhere", "? @ Anywhere", "Space @ Systems list", "Up / Down @ Systems list",
                "Arrow keys @ Map", "+ / \u2212 @ Map", "0 @ Map", "Esc @ Map", "Left / Right @ Year slider",
                "Left / Right @ Events timeline", "Enter or Space @ Events timeline", "Ctrl+C @ Reach tables",
                "Page Down, Right, Down or Space @ Presentation", "B @ Presentation", "Esc @ Presentation");
        assertThat(shown).allMatch(s -> !s.action().isBlank() && !s.where().isBlank());
        closeShortcuts();

        // The question mark, typed outside a text field, opens the same list.
        interact(() -> app.window().map().requestFocus());
        write("?");
        assertThat(shortcutsShown()).hasSameSizeAs(shown);
        closeShortcuts();
        // ... and in the search field it is only a character.
        clickOn("#system-search").write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#shortcuts").tryQuery()).isEmpty();
    }

    private static void collect(List<? extends MenuItem> items, List<String> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                collect(m.getItems(), out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getDisplayText());
            }
        }
    }
}
