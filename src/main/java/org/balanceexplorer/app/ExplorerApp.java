package org.balanceexplorer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetProblem;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.DisputedLine;
import org.locationtech.jts.geom.Geometry;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.MainWindow;
import org.balanceexplorer.ui.settings.Appearance;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.settings.SettingsViewModel;
import java.util.concurrent.CompletableFuture;

/**
 * The JavaFX application: shows a loading screen, loads the dataset and basemaps on a background
 * thread, then the main window; or, when loading fails, the problems in plain words.
 *
 * <p>Parameters: see {@link StartupOptions}; they are parsed once, by the launcher (or, when the
 * app is started without it, from the application's raw parameters), into the first view state.
 */
public final class ExplorerApp extends Application {

    private static final Logger LOG = Logger.getLogger(ExplorerApp.class.getName());

    private ExplorerViewModel model;
    private MainWindow window;
    private SettingsViewModel settings;
    private DatasetSwitcher switcher;
    private Loaded lastLoaded;
    /** The folder that opened at start-up, remembered in the settings once they are there. */
    private Path pendingFolder;
    private static StartupOptions launchOptions;

    /** Everything the main window needs, loaded off the FX thread. */
    public record Loaded(Dataset dataset, Basemap coarse, List<DisputedLine> disputed,
                          Map<String, Geometry> territories) {
    }

    /** The launcher's parsed arguments: the app starts from them and begins loading its data now. */
    static synchronized void launchWith(StartupOptions options) {
        launchOptions = options;
        Future<Loaded> loading = StartupLoading.preload(options.dataFolder());
        FirstRings.start(options, loading);
        // The language, on a thread of its own while JavaFX starts: it may wait for the settings file
        // (read first by the loader), and neither JavaFX's start nor the FX thread waits for it;
        // init() takes it, done by then.
        languageChosen = CompletableFuture.runAsync(() -> StartLanguage.choose(options,
                StartupLoading.settingsRead().thenApply(st -> st.settings().settings())),
                r -> StartupLoading.daemon("language").newThread(r).start());
    }

    /** The language being chosen by the launcher (else null: the app's start chooses, for tests that start it directly). */
    private static volatile CompletableFuture<Void> languageChosen;

    /**
     * Waits, on JavaFX's launcher thread (not the FX thread), for the language the launcher began
     * choosing; it is chosen by now (the settings are read in the first quarter second), else within
     * {@link StartLanguage#SETTINGS_WAIT_S} s, English after that.
     */
    @Override
    public void init() {
        CompletableFuture<Void> chosen = languageChosen;
        if (chosen == null) {
            return;
        }
        try {
            chosen.get(StartLanguage.SETTINGS_WAIT_S + 1L, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.WARNING, "the language could not be chosen; English is used", e);
        }
        StartupTrace.mark("language " + I18n.language().tag());
    }

    private static synchronized StartupOptions options(List<String> raw) {
        if (launchOptions != null) {
            return launchOptions;
        }
        return StartupOptions.parse(raw).orElse(StartupOptions.NONE);
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("JavaFX started");
        StartupOptions options = options(getParameters().getRaw());
        String dataArg = options.dataFolder();
        StackPane root = new StackPane();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1500, screen.getWidth() * 0.95), Math.min(940, screen.getHeight() * 0.92));
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/balanceexplorer/ui/explorer.css").toExternalForm());
        stage.setScene(scene);
        StartupTrace.pulses(scene, 4);
        FirstFrame.watch(() -> window != null && window.getScene() == scene && !window.map().busyProperty().get()
                && (options.show().isEmpty() || !window.map().rings().isEmpty()), () -> {
            StartupTrace.threadTimes();
            StartupTrace.nodes(root);
        });

        Future<Loaded> loading = StartupLoading.preload(dataArg);
        CompletableFuture<StartupLoading.Startup> started = StartupLoading.settingsRead();
        if (languageChosen == null) {
            StartLanguage.choose(options, started.thenApply(st -> st.settings().settings()));
        }
        scene.setNodeOrientation(I18n.orientation());
        stage.setTitle(I18n.text("app.title"));
        StartupTrace.mark("scene created, loading " + (loading.isDone() ? "done" : "still running"));
        if (started.isDone()) {
            useSettings(started.join(), stage, root);
        } else {
            started.thenAccept(s -> javafx.application.Platform.runLater(() -> useSettings(s, stage, root)));
        }
        if (loading.isDone()) {
            // Loaded while JavaFX started (the usual case for the bundled dataset): the first frame
            // is the main window, with no loading screen before it.
            try {
                showMainWindow(StartupLoading.unwrap(loading), options, root, stage);
            } catch (Exception e) {
                root.getChildren().setAll(errorPane(e, stage));
            }
            showWhenDrawn(stage);
            return;
        }
        // Plain text, not a spinner: an animated indicator costs a frame at every pulse while the
        // dataset loads, on the same thread that is about to build the main window.
        Label what = new Label(I18n.text("loading.text"));
        VBox message = new VBox(12, what);
        message.setAlignment(Pos.CENTER);
        root.getChildren().setAll(message);
        stage.show();

        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                return StartupLoading.unwrap(loading);
            }
        };
        task.setOnSucceeded(e -> showMainWindow(task.getValue(), options, root, stage));
        task.setOnFailed(e -> root.getChildren().setAll(errorPane(task.getException(), stage)));
        Thread t = new Thread(task, "dataset-loader");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Shows the stage once the map has projected what it first shows (the basemap and the first
     * rings, on background threads), so that the first frame is the whole view: shown at once, it
     * drew a frame without the rings and then another with them, a second software render of the
     * whole window before the view was complete. Never waits more than {@link #SHOW_AT_LATEST}.
     */
    private void showWhenDrawn(Stage stage) {
        boolean[] shown = {false};
        Runnable show = () -> {
            // Once: a window the user closed in its first second is not shown again.
            if (!shown[0]) {
                shown[0] = true;
                stage.show();
                StartupTrace.mark("window shown");
            }
        };
        if (window == null || !window.map().busyProperty().get()) {
            show.run();
            return;
        }
        javafx.beans.value.ChangeListener<Boolean> drawn = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean busy) {
                if (!busy) {
                    o.removeListener(this);
                    show.run();
                }
            }
        };
        window.map().busyProperty().addListener(drawn);
        javafx.animation.PauseTransition latest = new javafx.animation.PauseTransition(SHOW_AT_LATEST);
        latest.setOnFinished(e -> show.run());
        latest.play();
    }

    /** The longest the window waits for its map before it is shown anyway. */
    static final javafx.util.Duration SHOW_AT_LATEST = javafx.util.Duration.seconds(1);

    /**
     * Takes the settings read at start-up: the theme and scale (stylesheets), the window's place,
     * the dataset folder actions; tells the user once when the settings file was set aside.
     */
    private void useSettings(StartupLoading.Startup s, Stage stage, StackPane root) {
        if (settings != null) {
            return;
        }
        settings = new SettingsViewModel(s.file(), s.settings());
        switcher = new DatasetSwitcher(stage, root, settings, (loaded, folder) -> {
            pendingFolder = null;
            showMainWindow(loaded, StartupOptions.NONE, root, stage);
            stage.setTitle(windowTitle(loaded.dataset()));
        });
        WindowPlaces.restore(stage, settings.get().window());
        Appearance.apply(stage.getScene(), settings.get());
        settings.settingsProperty().addListener((o, a, b) -> Appearance.apply(stage.getScene(), b));
        if (s.folder() != null) {
            // A folder given on the command line, or the one open last: remembered once it opened.
            pendingFolder = s.folder();
        }
        if (window != null) {
            attachSettings(window);
        }
        settings.saveFailureProperty().addListener((o, before, now) -> {
            // Said once when saving starts to fail (a full or read-only disk), not at every change.
            if (before.isEmpty() && !now.isEmpty()) {
                javafx.scene.control.Alert failed = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING, now);
                failed.setHeaderText(I18n.text("alert.settingsNotSaved"));
                failed.initOwner(stage);
                failed.show();
            }
        });
        if (!settings.noticeProperty().get().isEmpty()) {
            LOG.warning(settings.noticeProperty().get());
            javafx.scene.control.Alert notice = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    settings.noticeProperty().get());
            notice.setHeaderText(I18n.text("alert.settingsSetAside"));
            notice.initOwner(stage);
            javafx.application.Platform.runLater(notice::show);
        }
    }

    /** Hangs the settings' menus on a main window and applies its look. */
    private void attachSettings(MainWindow w) {
        w.useSettings(settings, switcher);
        if (model != null && lastLoaded != null) {
            switcher.remember(lastLoaded);
        }
        if (pendingFolder != null) {
            Path f = pendingFolder;
            pendingFolder = null;
            settings.update(st -> st.withDatasetFolder(f));
        }
    }

    /** Builds the main window from what was loaded, in the first state the parameters give. */
    private void showMainWindow(Loaded l, StartupOptions options, StackPane root, Stage stage) {
        StartupTrace.mark("loaded, building the main window");
        if (model != null) {
            model.dispose();
        }
        lastLoaded = l;
        // Rings asked for on the command line start computing while the window is built.
        ViewState first = options.firstState(l.dataset());
        model = new ExplorerViewModel(l.dataset(), l.territories(), first, FirstRings.of(l, first));
        options.unknownIds(l.dataset()).forEach(m -> System.err.println("balance-explorer: " + m));
        if (StartupTrace.on()) {
            model.ringsProperty().addListener((o, a, r) -> StartupTrace.mark("rings taken: " + r.rings().size()));
        }
        // The Linux opener can be named by a system property (tests name one that does not exist).
        window = new MainWindow(model, l.coarse(), l.disputed(), new org.balanceexplorer.ui.AddressOpener(
                System.getProperty("explorer.addressOpener", "xdg-open"), getHostServices()::showDocument, () -> stage),
                LogFiles::current);
        // The 1:50m basemap is read once the opening view is drawn: it is only needed zoomed in.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
        later.setOnFinished(e2 -> StartupLoading.loadFineBasemap(window));
        later.play();
        // The first rings, when already computed, go on the map before the window is shown.
        model.takeFinishedRings();
        root.getChildren().setAll(window);
        if (settings != null) {
            attachSettings(window);
        }
        stage.setTitle(windowTitle(l.dataset()));
        if (StartupTrace.on()) {
            window.map().busyProperty().addListener((o, a, b) -> StartupTrace.mark("map " + (b ? "busy" : "drawn")));
        }
        StartupTrace.mark("main window built");
    }

    /** The window's title: the app's name and the dataset's (as the dataset names itself). */
    private static String windowTitle(Dataset d) {
        return I18n.text("loading.windowTitle", I18n.text("app.title"), d.info().name());
    }

    /** The window's content, once loaded (for tests). */
    public MainWindow window() {
        return window;
    }

    public ExplorerViewModel model() {
        return model;
    }

    /** The settings while the app runs (for tests); null until read. */
    public SettingsViewModel settings() {
        return settings;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.dispose();
        }
        if (settings != null) {
            Stage stage = window != null && window.getScene() != null ? (Stage) window.getScene().getWindow() : null;
            if (stage != null) {
                settings.update(s -> s.withWindow(WindowPlaces.of(stage)));
            }
            settings.close(1000);
        }
    }

    /** Plain words for the user; the detail goes to the log once. */
    private VBox errorPane(Throwable error, Stage stage) {
        if (error instanceof DatasetException de) {
            // The user's mistake, shown in the window: no stack trace on the terminal.
            LOG.warning(() -> "could not load the dataset: " + de.problems().size() + " problem(s)"
                    + (de.problems().isEmpty() ? "" : ", the first " + de.problems().get(0).format()));
        } else {
            LOG.log(Level.WARNING, "could not load the dataset", error);
        }
        Label title = new Label(I18n.text("loading.failed"));
        title.getStyleClass().add("heading");
        TextArea problems = new TextArea(problemsText(error));
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setId("load-problems");
        Label hint = new Label(I18n.text("loading.failed.hint"));
        hint.setWrapText(true);
        Button other = new Button(I18n.text("loading.openAnother"));
        other.setId("error-open-folder");
        other.setOnAction(e -> {
            if (switcher != null) {
                switcher.chooseFolder();
            }
        });
        Button bundled = new Button(I18n.text("loading.useBundled"));
        bundled.setId("error-use-bundled");
        bundled.setDefaultButton(true);
        bundled.setOnAction(e -> {
            if (switcher != null) {
                switcher.useBundled();
            }
        });
        Button quit = new Button(I18n.text("loading.quit"));
        quit.setId("error-quit");
        quit.setOnAction(e -> stage.close());
        VBox box = new VBox(10, title, hint, problems, new javafx.scene.layout.HBox(10, other, bundled, quit));
        box.setPadding(new Insets(20));
        box.setMaxWidth(900);
        return box;
    }

    /** The problems of a failed loading in plain words, one a line. */
    static String problemsText(Throwable error) {
        StringBuilder text = new StringBuilder();
        if (error instanceof DatasetException de) {
            for (DatasetProblem p : de.problems()) {
                text.append(p.format()).append('\n');
            }
        } else if (error instanceof UncheckedIOException || error instanceof IOException) {
            text.append(message(error));
        } else {
            text.append(I18n.text("loading.unexpected", message(error))).append('\n')
                    .append(I18n.text("settings.detailsInLog"));
        }
        return text.toString();
    }

    private static String message(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && (c.getMessage() == null || c instanceof UncheckedIOException)) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName().toLowerCase(Locale.ROOT) : m;
    }
}
