/** The systems list: countries and their systems, a search field, a tick per system to show its ring. */
package org.balanceexplorer.ui.systems;
