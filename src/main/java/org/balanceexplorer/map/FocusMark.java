package org.balanceexplorer.map;

import javafx.scene.layout.Region;

/**
 * The map's focus mark: a frame round the whole map, shown only while the map has the keyboard
 * focus, so that someone moving by Tab sees that the arrow keys and {@code +}/{@code -} now move the
 * map. It is a node of its own over the canvases (nothing is painted into them, so exports never
 * carry it), never takes the pointer, and is drawn by the stylesheet: style class
 * {@value #STYLE_CLASS} (a double line in the light theme, a thick red one in high contrast).
 *
 * <p>FX application thread only.
 */
final class FocusMark extends Region {

    /** The style class the themes draw. */
    static final String STYLE_CLASS = "map-focus-mark";

    FocusMark(Region map) {
        setId(STYLE_CLASS);
        getStyleClass().add(STYLE_CLASS);
        setManaged(false);
        setMouseTransparent(true);
        setFocusTraversable(false);
        visibleProperty().bind(map.focusedProperty());
        map.layoutBoundsProperty().addListener((o, was, b) -> resizeRelocate(0, 0, b.getWidth(), b.getHeight()));
    }
}
