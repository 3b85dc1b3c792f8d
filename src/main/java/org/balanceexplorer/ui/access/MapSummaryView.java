package org.balanceexplorer.ui.access;

import org.balanceexplorer.ui.I18n;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.control.Tooltip;

/**
 * The map in words, under the map: a read-only text that takes the focus by Tab (the stop after
 * the map), read out whole by screen readers and updated with the view (the rings, their ranges
 * and who claims them, the places in range with their distances; see
 * {@link org.balanceexplorer.ui.reach.ReachSummary}, made from the reach tables' own computation).
 * On screen it shows its first lines; the tooltip and the accessible text carry all of it.
 *
 * <p>FX application thread only.
 */
public final class MapSummaryView extends Label {

    /** The style class of the text (explorer.css, high-contrast.css). */
    public static final String STYLE_CLASS = "map-summary";
    /** Words of the view, gathered here so they can move into a resource bundle. */
    static String help() {
        return I18n.text("summary.help");
    }

    /** The most lines shown on screen. */
    static final int LINES = 3;
    /** A line of text in em of the font size (Modena's line height for the default font, about 1.3). */
    private static final double LINE_HEIGHT_EM = 1.35;

    /** @param summary the summary to show, kept up to date by its owner */
    public MapSummaryView(ObservableStringValue summary) {
        setId(STYLE_CLASS);
        getStyleClass().add(STYLE_CLASS);
        setWrapText(true);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        textProperty().bind(summary);
        accessibleTextProperty().bind(summary);
        setAccessibleHelp(help());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(summary);
        tip.setWrapText(true);
        tip.setMaxWidth(640);
        setTooltip(tip);
        setMaxWidth(Double.MAX_VALUE);
        // Its own height (up to three lines) even when the window is short: the map gives way first.
        setMinHeight(USE_PREF_SIZE);
        setOnMouseClicked(e -> requestFocus());
    }

    /** What the last height was computed for: its text, width, font and insets. */
    private record HeightFor(String text, double width, Font font, double top, double right, double bottom,
                             double left) {
    }

    /** The heights last computed (a layout asks for a few widths: its own, and -1 for its parent's). */
    private final java.util.Map<HeightFor, Double> heights = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<HeightFor, Double> eldest) {
            return size() > 4;
        }
    };

    /**
     * As tall as its text, up to {@value #LINES} lines: the map keeps its room; the rest is
     * ellipsised. Kept until the text, width, font or insets change: the map above it asks for a
     * layout at every step of a drag, and laying out the whole text (thousands of characters) to
     * find its height then cost the FX thread 4 ms a step (the drag missed its frame time).
     */
    @Override
    protected double computePrefHeight(double width) {
        HeightFor now = new HeightFor(getText(), width, getFont(), snappedTopInset(), snappedRightInset(),
                snappedBottomInset(), snappedLeftInset());
        Double known = heights.get(now);
        if (known == null) {
            double lines = getFont().getSize() * LINE_HEIGHT_EM * LINES + snappedTopInset() + snappedBottomInset();
            known = Math.min(super.computePrefHeight(width), lines);
            heights.put(now, known);
        }
        return known;
    }
}
