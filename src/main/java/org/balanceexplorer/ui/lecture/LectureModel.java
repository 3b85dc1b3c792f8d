package org.balanceexplorer.ui.lecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimIds;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.DatasetRef;
import org.balanceexplorer.state.Lecture;
import org.balanceexplorer.state.LectureScene;
import org.balanceexplorer.state.LectureStep;
import org.balanceexplorer.state.SceneFit;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;

/**
 * The open lecture and where the presenter is in it: commands to step (next, previous, first,
 * last, a scene) and to edit (add the current view, reorder, remove, edit a caption, notes or
 * title), and read-only properties the lecture panel and presentation mode bind to.
 *
 * <p>A step that shows a scene hands the scene's view, fitted to the open dataset
 * ({@link SceneFit}), to the view sink (the transition that animates the map to it); the title and
 * closing slides leave the view as it is.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class LectureModel {

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Lecture> lecture = new ReadOnlyObjectWrapper<>(this, "lecture");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyObjectWrapper<LectureStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private List<LectureStep> steps = List.of();
    private Consumer<ViewState> viewSink;

    /** @param explorer the explorer whose view the lecture's scenes set */
    public LectureModel(ExplorerViewModel explorer) {
        this.explorer = Objects.requireNonNull(explorer, "explorer");
        this.viewSink = v -> explorer.update(s -> v);
    }

    /** Where a scene's view goes (by default straight into the explorer's state; a transition animates it). */
    public void setViewSink(Consumer<ViewState> sink) {
        this.viewSink = Objects.requireNonNull(sink, "sink");
    }

    // ---- commands: opening and stepping ------------------------------------------------------

    /** Opens a lecture at its title slide. */
    public void open(Lecture l, Path from) {
        lecture.set(Objects.requireNonNull(l, "lecture"));
        file.set(from);
        steps = l.steps();
        go(0);
    }

    /** Starts a new, empty lecture on the open dataset. */
    public void openNew(String title) {
        open(Lecture.empty(title, datasetRef()), null);
    }

    /** Records where the lecture was saved. */
    public void savedTo(Path to) {
        file.set(to);
    }

    public boolean next() {
        return go(stepIndex.get() + 1);
    }

    public boolean previous() {
        return go(stepIndex.get() - 1);
    }

    public boolean first() {
        return go(0);
    }

    public boolean last() {
        return go(steps.size() - 1);
    }

    /** Goes to the first step of a scene. */
    public boolean goToScene(int sceneIndex) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isScene() && steps.get(i).sceneIndex() == sceneIndex) {
                return go(i);
            }
        }
        return false;
    }

    /** Goes to a step; gives whether it is one (an index outside the steps changes nothing). */
    public boolean go(int index) {
        if (lecture.get() == null || index < 0 || index >= steps.size()) {
            return false;
        }
        LectureStep s = steps.get(index);
        stepIndex.set(index);
        step.set(s);
        if (s.isScene()) {
            LectureScene scene = lecture.get().scenes().get(s.sceneIndex());
            viewSink.accept(fitted(scene.viewAt(s.revealed())));
        }
        return true;
    }

    // ---- commands: editing ----------------------------------------------------------------

    /** Adds the explorer's current view as a scene after the others and goes to it. */
    public void addCurrentView() {
        if (lecture.get() == null) {
            openNew(I18n.text("lecture.untitled"));
        }
        int n = lecture.get().scenes().size() + 1;
        edit(lecture.get().withAdded(LectureScene.of(I18n.text("lecture.scene.defaultTitle", n), explorer.state())),
                -1);
        goToScene(n - 1);
    }

    /** Moves a scene to another place; the presenter stays on the scene moved. */
    public void moveScene(int from, int to) {
        Lecture l = lecture.get();
        if (l == null || from == to || from < 0 || to < 0 || from >= l.scenes().size() || to >= l.scenes().size()) {
            return;
        }
        edit(l.withMoved(from, to), to);
    }

    public void removeScene(int index) {
        Lecture l = lecture.get();
        if (l != null && index >= 0 && index < l.scenes().size()) {
            edit(l.withoutScene(index), Math.min(index, l.scenes().size() - 2));
        }
    }

    public void setCaption(int index, String caption) {
        editScene(index, lecture.get() == null ? null : lecture.get().scenes().get(index).withCaption(caption));
    }

    public void setNotes(int index, String notes) {
        editScene(index, lecture.get() == null ? null : lecture.get().scenes().get(index).withNotes(notes));
    }

    public void setTitle(int index, String title) {
        if (title != null && !title.isBlank()) {
            editScene(index, lecture.get() == null ? null : lecture.get().scenes().get(index).withTitle(title));
        }
    }

    /** Replaces a scene's view with the explorer's current view. */
    public void replaceView(int index) {
        editScene(index, lecture.get() == null ? null : lecture.get().scenes().get(index).withView(explorer.state()));
    }

    private void editScene(int index, LectureScene next) {
        if (next != null && !next.equals(lecture.get().scenes().get(index))) {
            edit(lecture.get().withScene(index, next), index);
        }
    }

    /** Sets an edited lecture, keeping the presenter on {@code stayOnScene} (or where they were), without moving the map. */
    private void edit(Lecture next, int stayOnScene) {
        LectureStep before = step.get();
        lecture.set(next);
        steps = next.steps();
        int index = -1;
        int scene = stayOnScene >= 0 ? stayOnScene : before != null && before.isScene() ? before.sceneIndex() : -1;
        for (int i = 0; i < steps.size() && scene >= 0; i++) {
            if (steps.get(i).isScene() && steps.get(i).sceneIndex() == scene) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            index = before != null && before.kind() == LectureStep.Kind.CLOSING ? steps.size() - 1 : 0;
        }
        stepIndex.set(index);
        step.set(steps.get(index));
    }

    // ---- state --------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Lecture> lectureProperty() {
        return lecture.getReadOnlyProperty();
    }

    public Lecture lecture() {
        return lecture.get();
    }

    /** The file the lecture was opened from or saved to; null for a new or a shipped one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    /** The step shown, or null when no lecture is open. */
    public ReadOnlyObjectProperty<LectureStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public List<LectureStep> steps() {
        return steps;
    }

    /** The scene the current step shows, or null on a slide or with no lecture. */
    public LectureScene currentScene() {
        LectureStep s = step.get();
        return s == null || !s.isScene() ? null : lecture.get().scenes().get(s.sceneIndex());
    }

    /**
     * "Scene 2 of 6", "Title slide", "Closing slide", with "ring 1 of 3" when revealing; "" with no
     * lecture. In the chosen language and digits.
     */
    public String position() {
        LectureStep s = step.get();
        if (s == null) {
            return "";
        }
        return switch (s.kind()) {
            case TITLE -> I18n.text("lecture.position.title");
            case CLOSING -> I18n.text("lecture.position.closing");
            case SCENE -> {
                LectureScene scene = currentScene();
                String at = I18n.text("lecture.position.scene", s.sceneIndex() + 1, lecture.get().scenes().size());
                yield scene.stepCount() > 1
                        ? I18n.text("lecture.position.ring", at, s.revealed(), scene.stepCount()) : at;
            }
        };
    }

    /**
     * The claims the current scene cites, one line each, numbered: the claimant, the date it gives
     * (or "undated") and, for a system's figure, which (an event's title is left out: it is long, and
     * the caption says what the event is). Ids the open dataset lacks are said as such. The words
     * around them are the chosen language's; claimants, dates and subjects are the dataset's.
     */
    public List<String> citations() {
        LectureScene scene = currentScene();
        if (scene == null) {
            return List.of();
        }
        Dataset d = explorer.dataset();
        var claims = ClaimIds.of(d);
        List<String> out = new ArrayList<>();
        int n = 1;
        for (String id : scene.claimIds()) {
            Claim c = claims.get(id);
            String subject = id.startsWith("events/") ? null : ClaimIds.subject(d, id);
            if (c == null) {
                out.add(I18n.text("lecture.citation.missing", n++, id));
                continue;
            }
            String cited = I18n.text("lecture.citation", n++, c.claimant(),
                    c.asOf() == null ? I18n.text("lecture.citation.undated") : c.asOf().toString());
            out.add(subject == null ? cited : I18n.text("lecture.citation.on", cited, subject));
        }
        return out;
    }

    /** The dataset the explorer has open, as a lecture names it. */
    public DatasetRef datasetRef() {
        return new DatasetRef(explorer.dataset().info().name(), explorer.dataset().info().version());
    }

    /** A scene's view fitted to the open dataset (what it lacks left out). */
    public ViewState fitted(ViewState v) {
        DatasetRef made = lecture.get() == null ? datasetRef() : lecture.get().dataset();
        return SceneFit.fit(v, made, explorer.dataset()).view();
    }
}
