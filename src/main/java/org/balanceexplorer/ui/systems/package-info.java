/** The systems list: countries and their systems, filtered by the view state's filters, a tick per system to show its ring. */
package org.balanceexplorer.ui.systems;
