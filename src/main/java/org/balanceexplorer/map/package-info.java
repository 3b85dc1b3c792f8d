/**
 * The interactive map: {@link org.balanceexplorer.map.MapView}, the shell round the painters of
 * {@code map.paint} (canvases per concern, pointer and keys turned into intentions, tooltips), its
 * projection jobs ({@code ProjectionService}, which knows no node) and the screen's
 * {@code Surface} adapter.
 *
 * <p>Contract: imports {@code model}, {@code geo}, {@code state} and {@code map.paint}; never
 * {@code data} (the map draws what it is handed). FX application thread only.
 */
package org.balanceexplorer.map;
