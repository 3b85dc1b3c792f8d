package org.balanceexplorer.app;

import java.io.IOException;
import java.io.InputStream;
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
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.DatasetProblem;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.DisputedBoundaries;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.model.Country;
import org.locationtech.jts.geom.Geometry;
import java.util.HashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.MainWindow;

/**
 * The JavaFX application: shows a loading screen, loads the dataset and basemaps on a background
 * thread, then the main window; or, when loading fails, the problems in plain words.
 *
 * <p>Parameters: see {@link StartupOptions}; they are parsed once, by the launcher (or, when the
 * app is started without it, from the application's raw parameters), into the first view state.
 */
public final class ExplorerApp extends Application {

    private static final Logger LOG = Logger.getLogger(ExplorerApp.class.getName());
    public static final String TITLE = "South Asia Strategic Balance Explorer";

    private ExplorerViewModel model;
    private MainWindow window;

    /** Everything the main window needs, loaded off the FX thread. */
    public record Loaded(Dataset dataset, Basemap coarse, List<DisputedLine> disputed,
                          Map<String, Geometry> territories) {
    }

    private static Future<Loaded> preloading;
    private static StartupOptions launchOptions;
    private static String preloadingFor;

    /**
     * Starts loading the dataset (the bundled one, or {@code dataArg}'s folder), the world basemap
     * and the geodesy library on background threads, side by side, and returns the result to come.
     * The launcher calls it before JavaFX starts, so the two overlap; later calls with the same
     * argument return the same loading.
     */
    public static synchronized Future<Loaded> preload(String dataArg) {
        if (preloading != null && java.util.Objects.equals(preloadingFor, dataArg)) {
            return preloading;
        }
        Path folder = dataArg != null ? Path.of(dataArg) : null;
        ExecutorService pool = Executors.newFixedThreadPool(2, daemon("loader"));
        // The bundled dataset was validated against the schema by the build's tests; a folder the
        // user opens gets every check.
        StartupTrace.mark("loading starts");
        Future<Dataset> dataset = pool.submit(() -> {
            Dataset d = folder != null ? DatasetLoader.load(folder) : DatasetLoader.loadVerified(BundledData.datasetFolder());
            StartupTrace.mark("dataset loaded");
            return d;
        });
        Future<Basemap> world = pool.submit(() -> {
            Basemap b;
            try (InputStream c = BundledData.basemap(BundledData.Resolution.COARSE)) {
                b = Basemap.read(c);
            }
            StartupTrace.mark("1:110m basemap read");
            return b;
        });
        // The geodesy library loads on whichever thread is free first; the window does not wait for
        // it (the first rings do, on their own thread).
        pool.submit(() -> {
            Geodesy.warmUp();
            StartupTrace.mark("geodesy warmed up");
        });
        java.util.concurrent.FutureTask<Loaded> whole = new java.util.concurrent.FutureTask<>(() -> {
            try {
                Dataset d = unwrap(dataset);
                Basemap coarse = unwrap(world);
                // Territories for envelope mode: the 1:110m outlines, whose accuracy matches the
                // envelope's stated tolerance and which keep it within its time budget.
                Map<String, Geometry> territories = new HashMap<>();
                for (Country c : d.countries()) {
                    coarse.byName(c.name()).ifPresent(shape -> territories.put(c.id(), shape.geometry()));
                }
                return new Loaded(d, coarse, DisputedBoundaries.derive(coarse), territories);
            } finally {
                pool.shutdown();
            }
        });
        daemon("loader-join").newThread(whole).start();
        preloading = whole;
        preloadingFor = dataArg;
        return whole;
    }

    /** The launcher's parsed arguments: the app starts from them and begins loading its data now. */
    static synchronized void launchWith(StartupOptions options) {
        launchOptions = options;
        preload(options.dataFolder());
    }

    private static synchronized StartupOptions options(List<String> raw) {
        if (launchOptions != null) {
            return launchOptions;
        }
        return StartupOptions.parse(raw).orElse(StartupOptions.NONE);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The value of a finished future, or the exception that stopped it (not its wrapper). */
    private static <T> T unwrap(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Reads the finer basemap and its disputed lines after the window is up, and hands them to it. */
    private void loadFineBasemap(MainWindow target) {
        record Fine(Basemap basemap, List<DisputedLine> disputed) {
        }
        Task<Fine> fine = new Task<>() {
            @Override
            protected Fine call() throws IOException {
                try (InputStream f = BundledData.basemap(BundledData.Resolution.FINE)) {
                    Basemap b = Basemap.read(f);
                    return new Fine(b, DisputedBoundaries.derive(b));
                }
            }
        };
        fine.setOnSucceeded(e -> target.setFineBasemap(fine.getValue().basemap(), fine.getValue().disputed()));
        fine.setOnFailed(e -> LOG.log(Level.WARNING, "could not read the 1:50m basemap; the 1:110m one stays",
                fine.getException()));
        Thread t = daemon("fine-basemap").newThread(fine);
        t.start();
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
        stage.setTitle(TITLE);
        stage.setScene(scene);
        StartupTrace.pulses(scene, 4);

        Future<Loaded> loading = preload(dataArg);
        StartupTrace.mark("scene created, loading " + (loading.isDone() ? "done" : "still running"));
        if (loading.isDone()) {
            // Loaded while JavaFX started (the usual case for the bundled dataset): the first frame
            // is the main window, with no loading screen before it.
            try {
                showMainWindow(unwrap(loading), options, root, stage);
            } catch (Exception e) {
                root.getChildren().setAll(errorPane(e, stage));
            }
            stage.show();
            StartupTrace.mark("window shown");
            return;
        }
        // Plain text, not a spinner: an animated indicator costs a frame at every pulse while the
        // dataset loads, on the same thread that is about to build the main window.
        Label what = new Label("Loading the dataset and the basemap\u2026");
        VBox message = new VBox(12, what);
        message.setAlignment(Pos.CENTER);
        root.getChildren().setAll(message);
        stage.show();

        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws Exception {
                return unwrap(loading);
            }
        };
        task.setOnSucceeded(e -> showMainWindow(task.getValue(), options, root, stage));
        task.setOnFailed(e -> root.getChildren().setAll(errorPane(task.getException(), stage)));
        Thread t = new Thread(task, "dataset-loader");
        t.setDaemon(true);
        t.start();
    }

    /** Builds the main window from what was loaded, in the first state the parameters give. */
    private void showMainWindow(Loaded l, StartupOptions options, StackPane root, Stage stage) {
        StartupTrace.mark("loaded, building the main window");
        // Rings asked for on the command line start computing while the window is built.
        model = new ExplorerViewModel(l.dataset(), l.territories(), options.firstState(l.dataset()));
        options.unknownIds(l.dataset()).forEach(m -> System.err.println("balance-explorer: " + m));
        if (StartupTrace.on()) {
            model.ringsProperty().addListener((o, a, r) -> StartupTrace.mark("rings computed: " + r.rings().size()));
        }
        // The Linux opener can be named by a system property (tests name one that does not exist).
        window = new MainWindow(model, l.coarse(), l.disputed(), new org.balanceexplorer.ui.AddressOpener(
                System.getProperty("explorer.addressOpener", "xdg-open"), getHostServices()::showDocument, () -> stage));
        // The 1:50m basemap is read once the opening view is drawn: it is only needed zoomed in.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
        later.setOnFinished(e2 -> loadFineBasemap(window));
        later.play();
        root.getChildren().setAll(window);
        stage.setTitle(TITLE + " \u2014 " + l.dataset().info().name());
        StartupTrace.mark("main window built");
    }

    /** The window's content, once loaded (for tests). */
    public MainWindow window() {
        return window;
    }

    public ExplorerViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        if (model != null) {
            model.dispose();
        }
    }

    /** Plain words for the user; the detail goes to the log once. */
    private static VBox errorPane(Throwable error, Stage stage) {
        if (error instanceof DatasetException de) {
            // The user's mistake, shown in the window: no stack trace on the terminal.
            LOG.warning(() -> "could not load the dataset: " + de.problems().size() + " problem(s)"
                    + (de.problems().isEmpty() ? "" : ", the first " + de.problems().get(0).format()));
        } else {
            LOG.log(Level.WARNING, "could not load the dataset", error);
        }
        Label title = new Label("The dataset could not be opened");
        title.getStyleClass().add("heading");
        StringBuilder text = new StringBuilder();
        if (error instanceof DatasetException de) {
            for (DatasetProblem p : de.problems()) {
                text.append(p.format()).append('\n');
            }
        } else if (error instanceof UncheckedIOException || error instanceof IOException) {
            text.append(message(error));
        } else {
            text.append("An unexpected error stopped the loading: ").append(message(error))
                    .append("\nThe details are in the log.");
        }
        TextArea problems = new TextArea(text.toString());
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setId("load-problems");
        Label hint = new Label("Nothing was changed in your files. Fix the problems listed (file:line:column: place: "
                + "what is wrong) and open the dataset again.");
        hint.setWrapText(true);
        Button quit = new Button("Quit");
        quit.setOnAction(e -> stage.close());
        VBox box = new VBox(10, title, hint, problems, quit);
        box.setPadding(new Insets(20));
        box.setMaxWidth(900);
        return box;
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
