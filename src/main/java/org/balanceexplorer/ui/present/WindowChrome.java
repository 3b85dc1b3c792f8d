package org.balanceexplorer.ui.present;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.balanceexplorer.ui.MainWindow;

/**
 * Hides and shows what surrounds the map in the main window (menu and tool bar, side panel, status
 * line) for presentation mode, and puts each back where it was.
 *
 * <p>Thread safety: FX application thread only.
 */
final class WindowChrome {

    private final MainWindow window;
    private Node side;
    private double[] dividers;

    WindowChrome(MainWindow window) {
        this.window = window;
    }

    void hide() {
        setShown(window.getTop(), false);
        setShown(window.getBottom(), false);
        hideSide();
    }

    void show() {
        setShown(window.getTop(), true);
        setShown(window.getBottom(), true);
        showSide();
    }

    boolean sideShown() {
        return side == null;
    }

    void toggleSide() {
        if (side == null) {
            hideSide();
        } else {
            showSide();
        }
    }

    private void hideSide() {
        if (side == null && window.getCenter() instanceof SplitPane centre && centre.getItems().size() > 1) {
            dividers = centre.getDividerPositions();
            side = centre.getItems().remove(centre.getItems().size() - 1);
        }
    }

    private void showSide() {
        if (side != null && window.getCenter() instanceof SplitPane centre) {
            centre.getItems().add(side);
            centre.setDividerPositions(dividers);
            side = null;
        }
    }

    private static void setShown(Node n, boolean shown) {
        if (n != null) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }
}
