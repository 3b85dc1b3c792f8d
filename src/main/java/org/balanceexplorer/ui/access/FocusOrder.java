package org.balanceexplorer.ui.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The order Tab and Shift+Tab move the focus in, over a window's parts given in reading order
 * (for the main window: the tool bar, the systems list, the map and what is under it, the side
 * panel's tabs), then whatever else the root holds. JavaFX alone follows the order in which the
 * nodes were added to their parents, which is not the order they are read in.
 *
 * <h2>Algorithm</h2>
 * The stops are the nodes that take the focus by Tab ({@link Node#isFocusTraversable()}), visible
 * and enabled, found depth first, part by part, in the order of each part's children, as JavaFX
 * finds them; then those of the root outside every part. Tab moves to the stop after the one that
 * holds the focus (the focus owner or its nearest ancestor among the stops), Shift+Tab to the one
 * before, both round the end; so Shift+Tab walks the very same stops in reverse. Ctrl+Tab and
 * Alt+Tab are left to the controls (Ctrl+Tab switches tabs). Stops are found afresh at each press,
 * so panels shown, hidden or filled since count as they are.
 *
 * <p>FX application thread only.
 */
public final class FocusOrder {

    private final Parent root;
    private final List<Node> parts;

    private FocusOrder(Parent root, List<Node> parts) {
        this.root = Objects.requireNonNull(root, "root");
        this.parts = List.copyOf(parts);
    }

    /**
     * Makes Tab and Shift+Tab follow the parts' order within a root.
     *
     * @param root  the root whose key presses are taken (an event filter on it)
     * @param parts the root's parts in reading order, each inside {@code root}
     */
    public static FocusOrder install(Parent root, List<Node> parts) {
        FocusOrder order = new FocusOrder(root, parts);
        root.addEventFilter(KeyEvent.KEY_PRESSED, order::key);
        return order;
    }

    /** Every stop in Tab order, first to last. */
    public List<Node> stops() {
        List<Node> out = new ArrayList<>();
        Set<Node> done = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node part : parts) {
            walk(part, out, Set.of());
            done.add(part);
        }
        walk(root, out, done);
        return out;
    }

    /** The stop after (or before, {@code back}) the one that holds a node; the first (or last) when none does. */
    public Node next(Node focused, boolean back) {
        List<Node> stops = stops();
        if (stops.isEmpty()) {
            return null;
        }
        int at = -1;
        for (Node n = focused; n != null && at < 0; n = n.getParent()) {
            at = indexOf(stops, n);
        }
        if (at < 0) {
            return back ? stops.get(stops.size() - 1) : stops.get(0);
        }
        int n = stops.size();
        return stops.get(((back ? at - 1 : at + 1) % n + n) % n);
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || e.isShortcutDown() || root.getScene() == null) {
            return;
        }
        Node next = next(root.getScene().getFocusOwner(), e.isShiftDown());
        if (next != null) {
            next.requestFocus();
            e.consume();
        }
    }

    private static int indexOf(List<Node> stops, Node n) {
        for (int i = 0; i < stops.size(); i++) {
            if (stops.get(i) == n) {
                return i;
            }
        }
        return -1;
    }

    private static void walk(Node n, List<Node> out, Set<Node> skip) {
        if (skip.contains(n) || !n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n.isFocusTraversable()) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out, skip);
            }
        }
    }
}
