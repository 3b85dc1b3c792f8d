/**
 * The reach tables: a view model that recomputes {@link org.balanceexplorer.state.ReachTables} off
 * the FX thread when the rings, the selected place or envelope mode change, and a panel with the
 * two tables (from the shown launch points; to the selected place), sortable and copyable.
 */
package org.balanceexplorer.ui.reach;
