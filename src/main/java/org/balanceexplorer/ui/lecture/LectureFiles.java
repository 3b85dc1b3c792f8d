package org.balanceexplorer.ui.lecture;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetProblem;
import org.balanceexplorer.data.FileWriteException;
import org.balanceexplorer.data.LectureJson;
import org.balanceexplorer.data.SceneJson;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.Scene;
import org.balanceexplorer.state.SceneFit;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;

/**
 * File > Open scene…, Save scene as…, Open lecture…, Save lecture as…, and the Lectures menu of
 * the lectures that ship. Files are read and written on a background thread; a file that cannot be
 * read changes nothing and its problems are listed, one a line ({@code FILE:LINE:COLUMN: PATH:
 * message}); what a scene names that the open dataset lacks is said, and the rest opens.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class LectureFiles {

    private static final Logger LOG = Logger.getLogger(LectureFiles.class.getName());

    /** Asks the user for a file to open or to save to; gives null when they cancel. */
    public interface FileAsk {
        Path ask(Window owner, String title, String suffix, boolean save);
    }

    private final ExplorerViewModel explorer;
    private final LectureModel lectures;
    private final java.util.function.Supplier<Window> ownerSupplier;
    private final Consumer<String> notice;
    private FileAsk fileAsk = LectureFiles::choose;
    /** The file task under way, or null; read from any thread. */
    private volatile Task<?> running;

    /**
     * @param owner  the window dialogs belong to (supplied late: the window exists after the menus)
     * @param notice shows a short message in the status line
     */
    public LectureFiles(ExplorerViewModel explorer, LectureModel lectures, java.util.function.Supplier<Window> owner,
                        Consumer<String> notice) {
        this.explorer = explorer;
        this.lectures = lectures;
        this.ownerSupplier = owner;
        this.notice = notice;
    }

    /** Replaces the file chooser (tests answer with a path). */
    public void setFileAsk(FileAsk ask) {
        this.fileAsk = ask;
    }

    /** Whether a file is being read or written (safe from any thread). */
    public boolean busy() {
        return running != null;
    }

    // ---- menus --------------------------------------------------------------------------------

    /** The File menu's items: open and save scenes and lectures. */
    public List<MenuItem> fileItems() {
        MenuItem openScene = item(I18n.text("lecture.file.openScene"), "open-scene", "Shortcut+O",
                this::openSceneAsked);
        MenuItem saveScene = item(I18n.text("lecture.file.saveScene"), "save-scene", "Shortcut+S",
                this::saveSceneAsked);
        MenuItem openLecture = item(I18n.text("lecture.file.openLecture"), "open-lecture", "Shortcut+L",
                this::openLectureAsked);
        MenuItem saveLecture = item(I18n.text("lecture.file.saveLecture"), "save-lecture", null,
                this::saveLectureAsked);
        saveLecture.disableProperty().bind(lectures.lectureProperty().isNull());
        return List.of(openScene, saveScene, new SeparatorMenuItem(), openLecture, saveLecture);
    }

    /**
     * The Lectures menu: "New lecture" at once; the shipped lectures are put above it by
     * {@link #listShipped}, which reads them off the FX thread.
     */
    public Menu lecturesMenu() {
        Menu menu = new Menu(I18n.text("lecture.menu"));
        menu.setId("lectures-menu");
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item(I18n.text("lecture.menu.new"), "new-lecture", null,
                () -> lectures.openNew(I18n.text("lecture.untitled"))));
        return menu;
    }

    /**
     * Lists the lectures that ship and reads their titles on a background thread (the list is a
     * folder inside the application's jar, the titles are in the files), then puts one item each at
     * the top of {@code menu}, as made by {@link #lecturesMenu}. The window calls it once its first
     * frame is drawn, so this work does not compete with drawing it. A lecture whose file does not
     * read is listed under its file name (opening it then says what is wrong).
     */
    public void listShipped(Menu menu) {
        record Shipped(Path file, String title) {
        }
        Task<List<Shipped>> shipped = new Task<>() {
            @Override
            protected List<Shipped> call() throws IOException {
                List<Shipped> out = new java.util.ArrayList<>();
                for (Path p : LectureJson.bundled()) {
                    String title;
                    try {
                        title = LectureJson.read(p).title();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "a shipped lecture does not read: " + p.getFileName(), e);
                        title = titleOf(p.getFileName().toString());
                    }
                    out.add(new Shipped(p, title));
                }
                return out;
            }
        };
        shipped.setOnSucceeded(e -> {
            List<MenuItem> items = new java.util.ArrayList<>();
            for (Shipped l : shipped.getValue()) {
                String name = l.file().getFileName().toString();
                items.add(item(l.title(), "lecture-" + name.substring(0, name.length() - LectureJson.SUFFIX.length()),
                        null, () -> openLecture(l.file(), false)));
            }
            menu.getItems().addAll(0, items);
        });
        shipped.setOnFailed(e -> LOG.log(Level.WARNING, "could not list the lectures that ship", shipped.getException()));
        Thread t = new Thread(shipped, "lecture-titles");
        t.setDaemon(true);
        t.start();
    }

    /** A shipped lecture's menu label until its title is read: its file name in words. */
    private static String titleOf(String fileName) {
        String stem = fileName.substring(0, fileName.length() - LectureJson.SUFFIX.length()).replace('-', ' ');
        return Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- commands -----------------------------------------------------------------------------

    private void openSceneAsked() {
        Path p = fileAsk.ask(ownerSupplier.get(), I18n.text("lecture.chooser.openScene"), SceneJson.SUFFIX, false);
        if (p != null) {
            openScene(p);
        }
    }

    private void saveSceneAsked() {
        Path p = fileAsk.ask(ownerSupplier.get(), I18n.text("lecture.chooser.saveScene"), SceneJson.SUFFIX, true);
        if (p != null) {
            saveScene(withSuffix(p, SceneJson.SUFFIX));
        }
    }

    private void openLectureAsked() {
        Path p = fileAsk.ask(ownerSupplier.get(), I18n.text("lecture.chooser.openLecture"), LectureJson.SUFFIX,
                false);
        if (p != null) {
            openLecture(p, true);
        }
    }

    private void saveLectureAsked() {
        Path p = fileAsk.ask(ownerSupplier.get(), I18n.text("lecture.chooser.saveLecture"), LectureJson.SUFFIX,
                true);
        if (p != null) {
            saveLecture(withSuffix(p, LectureJson.SUFFIX));
        }
    }

    /** Reads a scene off the FX thread and, when it reads, makes it the view. */
    public void openScene(Path p) {
        run(() -> SceneJson.read(p), scene -> {
            SceneFit.Fitted f = SceneFit.fit(scene.view(), scene.dataset(), explorer.dataset());
            explorer.update(s -> f.view());
            notice.accept(scene.title() == null ? I18n.text("lecture.scene.openedFile", p.getFileName().toString())
                    : I18n.text("lecture.scene.openedTitled", scene.title()));
            if (!f.notices().isEmpty()) {
                inform(I18n.text("lecture.scene.openedHeader"), String.join("\n", f.notices()));
            }
        }, "lecture.scene.notOpened");
    }

    /** Saves the current view as a scene, atomically, off the FX thread. */
    public void saveScene(Path p) {
        ViewState view = explorer.state();
        Scene scene = new Scene(null, null, lectures.datasetRef(), view);
        run(() -> {
            SceneJson.save(scene, p);
            return p;
        }, saved -> notice.accept(I18n.text("lecture.scene.saved", saved.getFileName().toString())),
                "lecture.scene.notSaved");
    }

    /** Reads a lecture off the FX thread and opens it at its title slide. */
    public void openLecture(Path p, boolean remember) {
        run(() -> LectureJson.read(p), lecture -> {
            lectures.open(lecture, remember ? p : null);
            notice.accept(I18n.text("lecture.lecture.opened", lecture.title()));
            List<String> said = new java.util.ArrayList<>();
            for (var s : lecture.scenes()) {
                for (String n : SceneFit.fit(s.view(), lecture.dataset(), explorer.dataset()).notices()) {
                    if (!said.contains(n)) {
                        said.add(n);
                    }
                }
            }
            if (!said.isEmpty()) {
                inform(I18n.text("lecture.lecture.openedHeader"), String.join("\n", said));
            }
        }, "lecture.lecture.notOpened");
    }

    /** Saves the open lecture, atomically, off the FX thread. */
    public void saveLecture(Path p) {
        Lecture l = lectures.lecture();
        if (l == null) {
            return;
        }
        run(() -> {
            LectureJson.save(l, p);
            return p;
        }, saved -> {
            lectures.savedTo(saved);
            notice.accept(I18n.text("lecture.lecture.saved", saved.getFileName().toString()));
        }, "lecture.lecture.notSaved");
    }

    /** Runs a file task off the FX thread; {@code failureKey} is the bundle key of what a failure says. */
    private <T> void run(Callable<T> work, Consumer<T> done, String failureKey) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            running = null;
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running = null;
            problems(failureKey, task.getException());
        });
        running = task;
        Thread t = new Thread(task, "scene-file");
        t.setDaemon(true);
        t.start();
    }

    private void problems(String failureKey, Throwable error) {
        String failure = I18n.text(failureKey);
        StringBuilder text = new StringBuilder();
        if (error instanceof DatasetException de) {
            for (DatasetProblem p : de.problems()) {
                text.append(p.format()).append('\n');
            }
            text.append('\n').append(I18n.text("lecture.problem.unchanged"));
        } else if (error instanceof FileWriteException written) {
            LOG.log(Level.WARNING, "file task failed: " + failureKey, written);
            text.append(written.getMessage());
        } else if (error instanceof IOException io) {
            LOG.log(Level.WARNING, "file task failed: " + failureKey, io);
            text.append(I18n.text("lecture.problem.disk"));
        } else {
            LOG.log(Level.WARNING, "file task failed: " + failureKey, error);
            text.append(I18n.text("lecture.problem.unexpected"));
        }
        notice.accept(failure);
        Alert alert = dialog(Alert.AlertType.ERROR, failure, text.toString().strip());
        alert.getDialogPane().setId("scene-problems-dialog");
        alert.show();
    }

    private void inform(String header, String text) {
        Alert alert = dialog(Alert.AlertType.INFORMATION, header, text);
        alert.getDialogPane().setId("scene-notices-dialog");
        alert.show();
    }

    private Alert dialog(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type);
        Window w = ownerSupplier.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setHeaderText(header);
        TextArea area = new TextArea(text);
        area.setId(type == Alert.AlertType.ERROR ? "scene-problems" : "scene-notices");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, (int) text.lines().count() + 1));
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        return alert;
    }

    private static Path withSuffix(Path p, String suffix) {
        String name = p.getFileName().toString();
        return name.endsWith(suffix) ? p : p.resolveSibling(name.endsWith(".json")
                ? name.substring(0, name.length() - 5) + suffix : name + suffix);
    }

    private static Path choose(Window owner, String title, String suffix, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text(
                suffix.equals(SceneJson.SUFFIX) ? "lecture.filter.scenes" : "lecture.filter.lectures", "*" + suffix),
                "*" + suffix));
        File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }
}
