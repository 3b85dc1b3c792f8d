/**
 * The Help menu: the user guide (shipped inside the jar from {@code docs/user-guide.md}), the
 * keyboard shortcuts, Report a problem (versions and the log's last lines, to copy), and About with
 * versions, licences and data attributions.
 *
 * <p>Contract: reads resources on the classpath, and the log file the app names (on a thread of
 * its own, never the FX thread); opens windows that take the main window's stylesheets (theme and
 * UI scale); shows no stack trace (the copied report carries the log's whole).
 */
package org.balanceexplorer.ui.help;
