/**
 * File &gt; Export in the window: the save dialog, the export on a background thread, its progress
 * under the map and its failure in plain words. The drawing and writing are the {@code export}
 * package's.
 */
package org.balanceexplorer.ui.export;
