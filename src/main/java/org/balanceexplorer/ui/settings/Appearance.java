package org.balanceexplorer.ui.settings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.RingPalette;
import org.balanceexplorer.ui.Fonts;
import org.balanceexplorer.ui.I18n;

/**
 * Applies the look the settings ask for. Themes are stylesheets: the light theme is
 * {@code explorer.css}, high contrast adds {@code high-contrast.css} after it (which also sets the
 * map's colours, {@code -map-*} properties of {@code .map-view}); the UI scale is one more small
 * stylesheet that sets the font size every control's size follows (Modena sizes in em), and the
 * map's painters draw at the same scale. The ring palette goes to the map.
 *
 * <p>FX application thread only.
 */
public final class Appearance {

    /** The base font size at 100 %, in pixels (as {@code explorer.css} sets it). */
    public static final double BASE_FONT_PX = 13;

    static final String BASE = stylesheet("explorer.css");
    static final String HIGH_CONTRAST = stylesheet("high-contrast.css");

    private Appearance() {
    }

    private static String stylesheet(String name) {
        return Appearance.class.getResource("/org/balanceexplorer/ui/" + name).toExternalForm();
    }

    /** The stylesheets for a theme and scale, in order. */
    public static List<String> stylesheets(Settings s) {
        List<String> out = new ArrayList<>();
        out.add(BASE);
        if (s.theme() == Settings.Theme.HIGH_CONTRAST) {
            out.add(HIGH_CONTRAST);
        }
        if (s.uiScalePercent() != 100) {
            out.add(scaleSheet(s.uiScalePercent()));
        }
        // The language in effect (chosen at start), not the one the settings ask for next time.
        String fonts = Fonts.stylesheet(I18n.language());
        if (fonts != null) {
            out.add(fonts);
        }
        return out;
    }

    /** A stylesheet (a data address) that sets the font size of windows, menus, dialogs and tooltips. */
    static String scaleSheet(int percent) {
        String px = String.format(Locale.ROOT, "%.2fpx", BASE_FONT_PX * percent / 100.0);
        String css = ".root, .context-menu, .menu-bar, .tooltip, .dialog-pane { -fx-font-size: " + px + "; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts a scene's stylesheets in line with the settings (changing nothing when they already are). */
    public static void apply(Scene scene, Settings s) {
        List<String> wanted = stylesheets(s);
        if (!scene.getStylesheets().equals(wanted)) {
            scene.getStylesheets().setAll(wanted);
        }
        scene.setNodeOrientation(I18n.orientation());
    }

    /** Gives the map the settings' UI scale and ring palette. */
    public static void apply(MapView map, Settings s) {
        map.uiScaleProperty().set(s.uiScalePercent() / 100.0);
        map.ringPaletteProperty().set(palette(s.palette()));
    }

    /** The ring palette of a setting. */
    public static RingPalette palette(Settings.Palette p) {
        return switch (p) {
            case STANDARD -> RingPalette.STANDARD;
            case COLOUR_BLIND_SAFE -> RingPalette.COLOUR_BLIND_SAFE;
        };
    }
}
