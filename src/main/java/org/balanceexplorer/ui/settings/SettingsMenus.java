package org.balanceexplorer.ui.settings;

import org.balanceexplorer.ui.I18n;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.balanceexplorer.data.Settings;

/**
 * The menu items of the settings: Theme, UI scale and Ring palette for the View menu; Open dataset
 * folder, Open recent and Use the bundled data for the File menu. Each shows the settings and
 * changes them through {@link SettingsViewModel}.
 */
public final class SettingsMenus {

    /** The UI scales offered, in percent. */
    public static final List<Integer> SCALES = List.of(100, 125, 150, 175, 200, 250);

    /** What the File menu's dataset items do (the application switches datasets). */
    public interface DatasetActions {
        /** Asks for a folder and opens it. */
        void chooseFolder();

        /** Opens a dataset folder (in the background; the open dataset stays if it fails). */
        void open(Path folder);

        /** Goes back to the dataset that ships with the app. */
        void useBundled();
    }

    private SettingsMenus() {
    }

    /**
     * Adds Theme, UI scale, Ring palette, Language and Digits to the end of a View menu. The
     * language and the digits take effect at the next start, as their menus say.
     */
    public static void installView(Menu view, SettingsViewModel settings) {
        Menu theme = radios(I18n.text("settings.theme"), "view-theme", settings, List.of(Settings.Theme.values()),
                t -> I18n.text("settings.theme." + t.name()), t -> "theme-" + id(t),
                Settings::theme, (s, t) -> s.withTheme(t));
        Menu scale = radios(I18n.text("settings.scale"), "view-scale", settings, SCALES,
                p -> I18n.text("settings.scale.value", p), p -> "scale-" + p,
                Settings::uiScalePercent, (s, p) -> s.withUiScalePercent(p));
        Menu palette = radios(I18n.text("settings.palette"), "view-palette", settings, List.of(Settings.Palette.values()),
                p -> I18n.text("settings.palette." + p.name()),
                p -> "palette-" + id(p), Settings::palette, (s, p) -> s.withPalette(p));
        Menu language = radios(I18n.text("settings.language"), "view-language", settings,
                List.of(Settings.Language.values()), l -> I18n.text("settings.language." + l.name()),
                l -> "language-" + l.tag(), Settings::language, (s, l) -> s.withLanguage(l));
        Menu digits = radios(I18n.text("settings.digits"), "view-digits", settings, List.of(Settings.Digits.values()),
                d -> I18n.text("settings.digits." + d.name()), d -> "digits-" + id(d), Settings::digits,
                (s, d) -> s.withDigits(d));
        for (Menu m : List.of(language, digits)) {
            MenuItem note = new MenuItem(I18n.text("settings.restart"));
            note.setDisable(true);
            m.getItems().addAll(new SeparatorMenuItem(), note);
        }
        if (!view.getItems().isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
        }
        view.getItems().addAll(theme, scale, palette, language, digits);
    }

    private static String id(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static <T> Menu radios(String title, String id, SettingsViewModel settings, List<T> values,
                                   Function<T, String> text, Function<T, String> itemId, Function<Settings, T> get,
                                   java.util.function.BiFunction<Settings, T, Settings> set) {
        Menu menu = new Menu(title);
        menu.setId(id);
        ToggleGroup group = new ToggleGroup();
        for (T v : values) {
            RadioMenuItem item = new RadioMenuItem(text.apply(v));
            item.setId(itemId.apply(v));
            item.setUserData(v);
            item.setToggleGroup(group);
            item.setOnAction(e -> settings.update(s -> set.apply(s, v)));
            menu.getItems().add(item);
        }
        Runnable show = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(get.apply(settings.get()))));
        settings.settingsProperty().addListener((o, a, b) -> show.run());
        show.run();
        return menu;
    }

    /** The File menu's dataset items, in order: Open dataset folder, Open recent, Use the bundled data. */
    public static List<MenuItem> fileItems(SettingsViewModel settings, DatasetActions actions) {
        MenuItem open = new MenuItem(I18n.text("file.openFolder"));
        open.setId("open-dataset-folder");
        open.setOnAction(e -> actions.chooseFolder());
        Menu recent = new Menu(I18n.text("file.recent"));
        recent.setId("open-recent");
        Runnable fill = () -> {
            List<MenuItem> items = new ArrayList<>();
            int i = 0;
            for (Path folder : settings.get().recentFolders()) {
                MenuItem item = new MenuItem(folder.toString());
                item.setMnemonicParsing(false);
                item.setId("recent-" + i++);
                item.setOnAction(e -> actions.open(folder));
                items.add(item);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(I18n.text("file.noRecent"));
                none.setDisable(true);
                items.add(none);
            }
            recent.getItems().setAll(items);
        };
        settings.settingsProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        MenuItem bundled = new MenuItem(I18n.text("file.bundled"));
        bundled.setId("use-bundled-data");
        bundled.setOnAction(e -> actions.useBundled());
        bundled.setDisable(settings.get().datasetFolder() == null);
        settings.settingsProperty().addListener((o, a, b) -> bundled.setDisable(b.datasetFolder() == null));
        return List.of(open, recent, bundled);
    }
}
