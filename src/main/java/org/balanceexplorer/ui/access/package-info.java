/**
 * Keyboard and screen-reader access across views: the window's Tab order ({@link
 * org.balanceexplorer.ui.access.FocusOrder}), the map in words under the map ({@link
 * org.balanceexplorer.ui.access.MapSummaryView}) and the "In words" tab, which lists what the map
 * and the timeline draw ({@link org.balanceexplorer.ui.access.InWordsPanel}). Views of the
 * {@code ui} layer: they may use {@code state}, {@code model} and other {@code ui} packages, never
 * {@code app}. FX application thread only.
 */
package org.balanceexplorer.ui.access;
