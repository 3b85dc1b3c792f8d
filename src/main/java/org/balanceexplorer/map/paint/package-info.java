/**
 * One painting path for the screen, a PNG and a PDF page: painters per concern (ground, disputed
 * lines, rings, markers, labels, legend, scale bar, measurement) that draw through the
 * {@link org.balanceexplorer.map.paint.Surface} interface only, label placement as a pure function,
 * the projected geometry they read, and {@link org.balanceexplorer.map.paint.MapPainter}, a whole
 * picture in the screen's layer order.
 *
 * <p>Contract: no JavaFX and nothing of {@code map} (LayeringTest), so painters never touch a node
 * and run with no toolkit; inputs are handed in immutable (decision 0008).
 */
package org.balanceexplorer.map.paint;
