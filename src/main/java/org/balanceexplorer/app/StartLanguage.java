package org.balanceexplorer.app;

import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.I18n;

/**
 * Chooses the language and digits of the app's own words before any view is built: the command
 * line's ({@code --lang}, {@code --digits}), else the settings'. The settings are the first thing
 * the loader thread reads (a few milliseconds); they are waited for at most
 * {@value #SETTINGS_WAIT_S} s, then English is used.
 */
final class StartLanguage {

    private static final Logger LOG = Logger.getLogger(StartLanguage.class.getName());
    static final int SETTINGS_WAIT_S = 2;

    private StartLanguage() {
    }

    static void choose(StartupOptions options, Future<Settings> settings) {
        Settings saved = Settings.DEFAULTS;
        if (options.language() == null || options.digitsChoice() == null) {
            try {
                saved = settings.get(SETTINGS_WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.log(Level.FINE, "settings not read in time; the default language is used", e);
            }
        }
        I18n.use(options.language() != null ? options.language() : saved.language(),
                options.digitsChoice() != null ? options.digitsChoice() : saved.digits());
    }
}
