package org.balanceexplorer.ui.present;

import org.balanceexplorer.ui.I18n;
import javafx.scene.control.Tab;
import org.balanceexplorer.ui.LazyContent;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.MainWindow;
import org.balanceexplorer.ui.lecture.LectureFiles;
import org.balanceexplorer.ui.lecture.LectureModel;
import org.balanceexplorer.ui.lecture.LecturePanel;

/**
 * Puts the classroom into the main window: the Lecture tab, File > Open and Save scene and
 * lecture, the Lectures menu, View > Presentation mode (F5), and the transition that animates the
 * view from scene to scene.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class Classroom {

    private final LectureModel lectures;
    private final LectureFiles files;
    private final LazyContent<LecturePanel> panel;
    private final ViewTransition transition;
    private final PresentationMode presentation;

    private Classroom(MainWindow window, ExplorerViewModel model) {
        lectures = new LectureModel(model);
        transition = new ViewTransition(model, window.map());
        lectures.setViewSink(transition::show);
        Tab tab = new Tab(I18n.text("tab.lecture"));
        panel = LazyContent.of(tab, () -> new LecturePanel(lectures));
        tab.setId("lecture-tab");
        window.sideTabs().getTabs().add(tab);
        files = new LectureFiles(model, lectures, () -> window.getScene() == null ? null : window.getScene().getWindow(),
                message -> panel.get().say(message));
        window.menuBar().addBeforeQuit(files.fileItems().toArray(javafx.scene.control.MenuItem[]::new));
        var menus = window.menuBar().getMenus();
        javafx.scene.control.Menu lecturesMenu = files.lecturesMenu();
        menus.add(menus.indexOf(window.menuBar().help()), lecturesMenu);
        window.afterFirstFrame(() -> files.listShipped(lecturesMenu));
        PresentationOverlay.addStylesheet(window);
        presentation = new PresentationMode(window, lectures, transition);
        window.menuBar().view().getItems().add(presentation.menuItem());
        // The next scene's projection is projected in the background while this one is shown, so
        // that stepping to it draws at once (one prepared projection is kept per kind: only the next).
        lectures.stepIndexProperty().addListener((o, a, i) -> prepareNext(window, i.intValue()));
    }

    private void prepareNext(MainWindow window, int index) {
        var steps = lectures.steps();
        for (int i = index + 1; i < steps.size(); i++) {
            if (steps.get(i).isScene()) {
                var next = lectures.lecture().scenes().get(steps.get(i).sceneIndex()).view().projection();
                window.map().prepare(java.util.List.of(next.toProjection()));
                return;
            }
        }
    }

    /** Adds the classroom to a main window. */
    public static Classroom install(MainWindow window, ExplorerViewModel model) {
        return new Classroom(window, model);
    }

    public LectureModel lectures() {
        return lectures;
    }

    public LectureFiles files() {
        return files;
    }

    public ViewTransition transition() {
        return transition;
    }

    public PresentationMode presentation() {
        return presentation;
    }
}
