package org.balanceexplorer.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.geo.DisputedBoundaries;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.settings.SettingsMenus;
import org.balanceexplorer.ui.settings.SettingsViewModel;
import org.locationtech.jts.geom.Geometry;

/**
 * Opens another dataset folder, or the bundled data, while the app runs: the folder is read and
 * checked on a background thread (a notice says so over the window), then the main window is built
 * again on it. When the folder fails, its problems are listed in plain words (file, line, column,
 * JSON path) and the dataset open before stays; the settings remember the folder only once it opened.
 *
 * <p>FX application thread, apart from the loading task.
 */
final class DatasetSwitcher implements SettingsMenus.DatasetActions {

    private static final Logger LOG = Logger.getLogger(DatasetSwitcher.class.getName());

    private final Stage stage;
    private final StackPane root;
    private final SettingsViewModel settings;
    /** Shows what was loaded as the main window; the folder is null for the bundled data. */
    private final BiConsumer<ExplorerApp.Loaded, Path> show;
    private Basemap coarse;
    private List<DisputedLine> disputed;
    private Task<ExplorerApp.Loaded> running;

    DatasetSwitcher(Stage stage, StackPane root, SettingsViewModel settings, BiConsumer<ExplorerApp.Loaded, Path> show) {
        this.stage = stage;
        this.root = root;
        this.settings = settings;
        this.show = show;
    }

    /** The world basemap already read (so a switch does not read it again). */
    void remember(ExplorerApp.Loaded loaded) {
        coarse = loaded.coarse();
        disputed = loaded.disputed();
    }

    /** The folder loading now, or null (for tests). */
    boolean loading() {
        return running != null;
    }

    @Override
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.text("alert.chooseFolder"));
        Path start = settings.get().datasetFolder() != null ? settings.get().datasetFolder()
                : settings.get().recentFolders().isEmpty() ? null : settings.get().recentFolders().get(0);
        if (start != null && start.getParent() != null && Files.isDirectory(start.getParent())) {
            chooser.setInitialDirectory(start.getParent().toFile());
        }
        File picked = chooser.showDialog(stage);
        if (picked != null) {
            open(picked.toPath());
        }
    }

    @Override
    public void open(Path folder) {
        load(folder);
    }

    @Override
    public void useBundled() {
        load(null);
    }

    private void load(Path folder) {
        if (running != null) {
            return;
        }
        Label notice = new Label(folder == null ? I18n.text("loading.openingBundled")
                : I18n.text("loading.opening", folder.toString()));
        notice.setId("opening-notice");
        notice.setStyle("-fx-background-color: -fx-background; -fx-border-color: -fx-box-border; -fx-padding: 10 16;");
        StackPane.setAlignment(notice, Pos.CENTER);
        root.getChildren().add(notice);
        Basemap knownCoarse = coarse;
        List<DisputedLine> knownDisputed = disputed;
        Task<ExplorerApp.Loaded> task = new Task<>() {
            @Override
            protected ExplorerApp.Loaded call() throws IOException {
                Dataset d = folder == null ? BundledData.dataset() : DatasetLoader.load(folder);
                Basemap c = knownCoarse;
                if (c == null) {
                    c = BundledData.readBasemap(BundledData.Resolution.COARSE, BasemapBinary::readEither);
                }
                return assemble(d, c, knownDisputed != null ? knownDisputed : DisputedBoundaries.derive(c));
            }
        };
        running = task;
        task.setOnSucceeded(e -> {
            running = null;
            root.getChildren().remove(notice);
            remember(task.getValue());
            settings.update(s -> s.withDatasetFolder(folder));
            show.accept(task.getValue(), folder);
        });
        task.setOnFailed(e -> {
            running = null;
            root.getChildren().remove(notice);
            failed(folder, task.getException());
        });
        Thread t = new Thread(task, "dataset-switch");
        t.setDaemon(true);
        t.start();
    }

    /** Everything the main window needs for a dataset and the world basemap. */
    static ExplorerApp.Loaded assemble(Dataset d, Basemap coarse, List<DisputedLine> disputed) {
        // Territories for envelope mode: the 1:110m outlines, whose accuracy matches the
        // envelope's stated tolerance and which keep it within its time budget.
        Map<String, Geometry> territories = new HashMap<>();
        for (Country c : d.countries()) {
            coarse.byName(c.name()).ifPresent(shape -> territories.put(c.id(), shape.geometry()));
        }
        return new ExplorerApp.Loaded(d, coarse, disputed, territories);
    }

    /** Lists why a folder could not be opened; what was open stays. */
    private void failed(Path folder, Throwable error) {
        if (error instanceof org.balanceexplorer.data.DatasetException de) {
            // The user's mistake, listed in the dialog: one log line, no stack trace.
            LOG.warning(() -> "could not open the dataset " + folder + ": " + de.problems().size() + " problem(s)");
        } else {
            LOG.log(Level.WARNING, "could not open the dataset " + (folder == null ? "bundled" : folder), error);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            settings.update(s -> s.withoutRecent(folder));
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(stage);
        alert.setTitle(I18n.text("loading.failed"));
        alert.setHeaderText(folder == null ? I18n.text("alert.openFailed.bundled")
                : I18n.text("alert.openFailed.folder", folder.toString()));
        TextArea problems = new TextArea(ExplorerApp.problemsText(error));
        problems.setId("open-problems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefSize(760, 260);
        alert.getDialogPane().setContent(problems);
        if (stage.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
        }
        alert.show();
    }
}
