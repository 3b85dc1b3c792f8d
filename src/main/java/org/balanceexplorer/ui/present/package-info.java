/**
 * Presentation mode and what ties the classroom to the main window:
 * {@link org.balanceexplorer.ui.present.Classroom} installs the Lecture tab, the menu items and
 * presentation mode; {@link org.balanceexplorer.ui.present.PresentationMode} (full screen, bars and
 * side panel hidden, caption and cited claims large, slides, clicker keys, blank screen);
 * {@link org.balanceexplorer.ui.present.ViewTransition} (a scene's state set at once, its frame
 * animated for under a second, skippable).
 *
 * <p>Contract: nothing here changes the view state except through {@code ExplorerViewModel.update};
 * style is in {@code presentation.css}; the UI scale, high-contrast theme and colour-blind palette
 * are the View settings' stylesheets, applied on top.
 */
package org.balanceexplorer.ui.present;
