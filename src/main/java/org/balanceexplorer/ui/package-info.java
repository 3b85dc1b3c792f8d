/**
 * The window: {@link org.balanceexplorer.ui.MainWindow} wires the views, {@code MapPresenter}
 * draws the map from the view state and turns map actions into the next state, the tool bar and
 * status line show it; one sub-package per side-panel feature ({@code systems}, {@code claims}, {@code checks}).
 *
 * <p>Contract: views bind to {@link org.balanceexplorer.ui.ExplorerViewModel} and hold no state of
 * their own; background work runs on its executor, never on the FX thread.
 */
package org.balanceexplorer.ui;
