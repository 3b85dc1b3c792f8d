package org.balanceexplorer.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;
import org.balanceexplorer.data.Settings;

/**
 * The typefaces of the languages the app speaks, shipped with it (SIL Open Font License 1.1,
 * {@code ui/fonts/LICENSE-Noto.txt}): Explorer Naskh for Urdu (Noto Naskh Arabic with the punctuation
 * it lacks added from Noto Sans, so that brackets and dots inside right-to-left text are laid out
 * by one face and not a fallback; Naskh rather than Nastaliq: its
 * line height fits controls sized for Latin text) and Noto Sans Devanagari for Hindi. They are
 * loaded from the jar, so the window shows joined Urdu and Devanagari on a machine with no such
 * font installed; a stylesheet names them for the whole window when the language needs them.
 * Latin text inside them (claim quotes in English, names) falls back to the system's font.
 *
 * <p>FX application thread or before any window; {@link #load} is idempotent.
 */
public final class Fonts {

    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());

    /** The family names of the shipped faces, as their files name them. */
    public static final String URDU_FAMILY = "Explorer Naskh";
    public static final String HINDI_FAMILY = "Noto Sans Devanagari";

    private static final List<String> FILES = List.of("ExplorerNaskh-Regular.ttf", "ExplorerNaskh-Bold.ttf",
            "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf");

    private static boolean loaded;

    private Fonts() {
    }

    /** Loads the shipped faces (once); a face that cannot be read is logged and left to the system. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/balanceexplorer/ui/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    LOG.warning("could not load the typeface " + file + "; the system's fonts are used");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not read the typeface " + file, e);
            }
        }
    }

    /** The family a language's words are set in, or null for the platform's default (English). */
    public static String family(Settings.Language language) {
        return switch (language) {
            case EN -> null;
            case UR -> URDU_FAMILY;
            case HI -> HINDI_FAMILY;
        };
    }

    /**
     * A stylesheet (a data address) that sets the language's family on the window, its menus,
     * dialogs and tooltips, or null when the language needs none.
     */
    public static String stylesheet(Settings.Language language) {
        String family = family(language);
        if (family == null) {
            return null;
        }
        load();
        String css = ".root, .context-menu, .menu-bar, .tooltip, .dialog-pane, .text, .label, .button,"
                + " .text-input, .menu-item .label { -fx-font-family: \"" + family + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
