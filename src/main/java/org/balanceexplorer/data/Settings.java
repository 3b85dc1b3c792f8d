package org.balanceexplorer.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the app remembers between runs: how it looks (theme, UI scale, ring palette), which dataset
 * folder was open and which were opened lately, the last scene or lecture file, and where the
 * window stood. Written to and read from the user's configuration folder by {@link SettingsFile}.
 *
 * <p>Immutable and thread-safe; the withers give a changed copy.
 *
 * @param theme          the stylesheet theme
 * @param uiScalePercent the UI scale in percent, {@value #MIN_SCALE_PERCENT} to {@value #MAX_SCALE_PERCENT}
 * @param palette        the ring palette
 * @param datasetFolder  the dataset folder open when the app was last closed, or null for the bundled data
 * @param recentFolders  dataset folders opened lately, newest first, at most {@value #MAX_RECENT}, no repeats
 * @param lastScene      the scene or lecture file last opened or saved, or null
 * @param window         where the window stood, or null for the default place and size
 * @param language       the language of the app's own words (never of the dataset's)
 * @param digits         the digits numbers are written in
 */
public record Settings(Theme theme, int uiScalePercent, Palette palette, Path datasetFolder, List<Path> recentFolders,
                       Path lastScene, WindowPlace window, Language language, Digits digits) {

    public static final int MIN_SCALE_PERCENT = 100;
    public static final int MAX_SCALE_PERCENT = 250;
    public static final int MAX_RECENT = 8;

    /** The first run's settings: light theme, 100 %, the standard palette, the bundled data. */
    public static final Settings DEFAULTS = new Settings(Theme.LIGHT, 100, Palette.STANDARD, null, List.of(), null, null,
            Language.EN, Digits.LATIN);

    /** The languages of the app's own words; claim quotes and dataset text stay as their sources wrote them. */
    public enum Language {
        /** English, the default. */
        EN("en"),
        /** Urdu, laid out right to left. */
        UR("ur"),
        /** Hindi. */
        HI("hi");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        /** The BCP 47 language tag ({@code en}, {@code ur}, {@code hi}). */
        public String tag() {
            return tag;
        }

        /** The language of a tag, case-insensitive, or null when it is none of these. */
        public static Language ofTag(String tag) {
            for (Language l : values()) {
                if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.strip())) {
                    return l;
                }
            }
            return null;
        }
    }

    /** The digits numbers are written in. */
    public enum Digits {
        /** 0-9 in every language. */
        LATIN,
        /** The language's own digits: Extended Arabic-Indic for Urdu, Devanagari for Hindi (English keeps 0-9). */
        NATIVE
    }

    /** The stylesheet themes. */
    public enum Theme {
        /** The default light theme. */
        LIGHT,
        /** Black on white with strong edges and focus marks, for projectors and low vision. */
        HIGH_CONTRAST
    }

    /** The ring palettes. */
    public enum Palette {
        /** Okabe-Ito's colours, three dash patterns. */
        STANDARD,
        /** Five colours kept apart under protanopia, deuteranopia and tritanopia, five dash patterns. */
        COLOUR_BLIND_SAFE
    }

    /**
     * Where the window stood, in screen coordinates (pixels of the platform's logical screen).
     *
     * @param x         left edge
     * @param y         top edge
     * @param width     width, positive
     * @param height    height, positive
     * @param maximized whether it was maximized (then the bounds are those to restore to)
     */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
        public WindowPlace {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("x and y must be finite, were " + x + ", " + y);
            }
            if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
                throw new IllegalArgumentException("width and height must be positive, were " + width + ", " + height);
            }
        }
    }

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(palette, "palette");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(digits, "digits");
        if (uiScalePercent < MIN_SCALE_PERCENT || uiScalePercent > MAX_SCALE_PERCENT) {
            throw new IllegalArgumentException("uiScalePercent must be in [" + MIN_SCALE_PERCENT + ", "
                    + MAX_SCALE_PERCENT + "], was " + uiScalePercent);
        }
        recentFolders = List.copyOf(recentFolders);
        if (recentFolders.size() > MAX_RECENT || recentFolders.stream().distinct().count() != recentFolders.size()) {
            throw new IllegalArgumentException("recentFolders must hold at most " + MAX_RECENT
                    + " distinct folders, was " + recentFolders);
        }
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, uiScalePercent, palette, datasetFolder, recentFolders, lastScene, window, language, digits);
    }

    public Settings withUiScalePercent(int percent) {
        return new Settings(theme, percent, palette, datasetFolder, recentFolders, lastScene, window, language, digits);
    }

    public Settings withPalette(Palette p) {
        return new Settings(theme, uiScalePercent, p, datasetFolder, recentFolders, lastScene, window, language, digits);
    }

    /**
     * The settings with a dataset folder open: null for the bundled data; a folder also goes to the
     * top of the recent folders (the oldest falls off past {@value #MAX_RECENT}).
     */
    public Settings withDatasetFolder(Path folder) {
        List<Path> recent = recentFolders;
        if (folder != null) {
            List<Path> r = new ArrayList<>(recentFolders);
            r.remove(folder);
            r.add(0, folder);
            recent = r.subList(0, Math.min(MAX_RECENT, r.size()));
        }
        return new Settings(theme, uiScalePercent, palette, folder, recent, lastScene, window, language, digits);
    }

    /** The settings without a folder in the recent list (one that could no longer be opened). */
    public Settings withoutRecent(Path folder) {
        List<Path> r = new ArrayList<>(recentFolders);
        r.remove(folder);
        return new Settings(theme, uiScalePercent, palette, datasetFolder, r, lastScene, window, language, digits);
    }

    public Settings withLastScene(Path file) {
        return new Settings(theme, uiScalePercent, palette, datasetFolder, recentFolders, file, window, language, digits);
    }

    public Settings withWindow(WindowPlace place) {
        return new Settings(theme, uiScalePercent, palette, datasetFolder, recentFolders, lastScene, place, language, digits);
    }

    public Settings withLanguage(Language l) {
        return new Settings(theme, uiScalePercent, palette, datasetFolder, recentFolders, lastScene, window, l, digits);
    }

    public Settings withDigits(Digits d) {
        return new Settings(theme, uiScalePercent, palette, datasetFolder, recentFolders, lastScene, window, language, d);
    }
}
