package org.balanceexplorer.ui.present;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.balanceexplorer.ui.MainWindow;

/**
 * Hides and shows what surrounds the map in the main window (menu and tool bar, side panel, the
 * year slider's strip, status line) for presentation mode, and puts each back where it was.
 *
 * <p>Thread safety: FX application thread only.
 */
final class WindowChrome {

    private final MainWindow window;
    private Node side;
    private double[] dividers;
    private double[] widths;

    WindowChrome(MainWindow window) {
        this.window = window;
    }

    void hide() {
        setShown(window.getTop(), false);
        setShown(window.getBottom(), false);
        // The year slider and the events timeline are controls, not the picture: the scene sets the year.
        window.mapArea().getChildren().stream().filter(WindowChrome::controlStrip)
                .forEach(n -> setShown(n, false));
        hideSide();
    }

    void show() {
        setShown(window.getTop(), true);
        setShown(window.getBottom(), true);
        window.mapArea().getChildren().stream().filter(WindowChrome::controlStrip)
                .forEach(n -> setShown(n, true));
        showSide();
    }

    /** The strips under the map that are controls or words for the user, not the picture: the timeline, the map in words. */
    private static boolean controlStrip(javafx.scene.Node n) {
        return "timeline".equals(n.getId()) || "timeline-stand-in".equals(n.getId()) || "map-summary".equals(n.getId());
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

    /**
     * Hides the side panel without taking it out of the scene: taken out and put back, its whole
     * tree would have its style worked out again (hundreds of milliseconds), where hidden it keeps it.
     * It keeps its place in the split pane at no width, the divider drawn at no width either.
     */
    private void hideSide() {
        if (side == null && window.getCenter() instanceof SplitPane centre && centre.getItems().size() > 1) {
            dividers = centre.getDividerPositions();
            side = centre.getItems().get(centre.getItems().size() - 1);
            if (side instanceof Region r) {
                widths = new double[] {r.getMinWidth(), r.getMaxWidth()};
                r.setMinWidth(0);
                r.setMaxWidth(0);
            }
            side.setVisible(false);
            dividerPadding(centre, "-fx-padding: 0;");
            centre.setDividerPositions(1);
        }
    }

    private void showSide() {
        if (side != null && window.getCenter() instanceof SplitPane centre) {
            if (side instanceof Region r) {
                r.setMinWidth(widths[0]);
                r.setMaxWidth(widths[1]);
            }
            side.setVisible(true);
            dividerPadding(centre, "");
            centre.setDividerPositions(dividers);
            side = null;
        }
    }

    /**
     * Styles the split pane's own dividers only: a style class on the split pane would have the
     * style of everything inside it (the side panel's trees and lists) worked out again.
     */
    private static void dividerPadding(SplitPane centre, String style) {
        for (Node d : centre.lookupAll(".split-pane-divider")) {
            if (d.getParent() == centre) {
                d.setStyle(style);
            }
        }
    }

    private static void setShown(Node n, boolean shown) {
        if (n != null) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }
}
