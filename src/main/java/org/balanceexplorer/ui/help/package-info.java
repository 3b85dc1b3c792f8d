/**
 * The Help menu: the user guide (shipped inside the jar from {@code docs/user-guide.md}), the
 * keyboard shortcuts, and About with versions, licences and data attributions.
 *
 * <p>Contract: reads only resources on the classpath; opens windows that take the main window's
 * stylesheets (theme and UI scale).
 */
package org.balanceexplorer.ui.help;
