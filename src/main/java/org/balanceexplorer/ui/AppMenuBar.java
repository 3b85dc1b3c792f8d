package org.balanceexplorer.ui;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.balanceexplorer.ui.help.HelpMenu;
import org.balanceexplorer.ui.help.ProblemReport;

/**
 * The window's menu bar in the platform's manner: File, View and Help. It holds only the items
 * every window has (Quit; the user guide, keyboard shortcuts, Report a problem and About in Help,
 * {@link HelpMenu});
 * each feature adds its own items to the menu they belong in
 * ({@link #file()}, {@link #view()}, {@link #help()}) with {@link #addBeforeQuit} for File, so that
 * Quit stays last.
 *
 * <p>On macOS the bar is the system's menu bar ({@link MenuBar#setUseSystemMenuBar}).
 */
public final class AppMenuBar extends MenuBar {

    private final Menu file = new Menu(I18n.text("menu.file"));
    private final Menu view = new Menu(I18n.text("menu.view"));
    private final Menu help = new Menu(I18n.text("menu.help"));
    private final MenuItem quit = new MenuItem(I18n.text("menu.quit"));
    private final SeparatorMenuItem quitSeparator = new SeparatorMenuItem();

    AppMenuBar(String title, String versionLine, ProblemReport.Sources report) {
        setId("menu-bar");
        setUseSystemMenuBar(true);
        file.setId("file-menu");
        view.setId("view-menu");
        help.setId("help-menu");
        quit.setId("quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        file.getItems().add(quit);
        HelpMenu.install(help, title, () -> versionLine, () -> getScene() == null ? null : getScene().getWindow(),
                this::getMenus, report);
        HelpMenu.answerQuestionMark(this, this::getMenus);
        getMenus().addAll(file, view, help);
    }

    /** The File menu; add items with {@link #addBeforeQuit} so that Quit stays last. */
    public Menu file() {
        return file;
    }

    /** The View menu. */
    public Menu view() {
        return view;
    }

    /** The Help menu (User guide, Keyboard shortcuts, Report a problem, About). */
    public Menu help() {
        return help;
    }

    /** Adds items to the File menu, after those added before and above a separator and Quit. */
    public void addBeforeQuit(MenuItem... items) {
        if (file.getItems().indexOf(quit) == 0) {
            file.getItems().add(0, quitSeparator);
        }
        file.getItems().addAll(file.getItems().indexOf(quitSeparator), java.util.List.of(items));
    }
}
