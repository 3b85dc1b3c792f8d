/**
 * The user's settings in the window: {@link org.balanceexplorer.ui.settings.SettingsViewModel}
 * (the value while the app runs, saved in the background), {@link org.balanceexplorer.ui.settings.Appearance}
 * (themes as stylesheets, the UI scale, the ring palette) and
 * {@link org.balanceexplorer.ui.settings.SettingsMenus} (their menu items).
 *
 * <p>Contract: the file is read and written by {@code data.SettingsFile} only (decision 0015);
 * nothing here reads or writes files itself. Views show the settings and change them through the
 * view model's {@code update}.
 */
package org.balanceexplorer.ui.settings;
