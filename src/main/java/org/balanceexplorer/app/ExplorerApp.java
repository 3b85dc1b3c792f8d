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
import javafx.scene.control.ProgressIndicator;
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
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.MainWindow;

/**
 * The JavaFX application: shows a loading screen, loads the dataset and basemaps on a background
 * thread, then the main window; or, when loading fails, the problems in plain words.
 *
 * <p>Parameters: {@code --data=DIR} opens another dataset folder instead of the bundled one;
 * {@code --show=ID,ID} starts with those systems' rings shown; {@code --select=ID} with that
 * system's claims listed; {@code --projection=KIND} in that projection (e.g. {@code ORTHOGRAPHIC}); {@code --fit=world} showing the whole world.
 */
public final class ExplorerApp extends Application {

    private static final Logger LOG = Logger.getLogger(ExplorerApp.class.getName());
    public static final String TITLE = "South Asia Strategic Balance Explorer";

    private ExplorerViewModel model;
    private MainWindow window;

    /** Everything the main window needs, loaded off the FX thread. */
    private record Loaded(Dataset dataset, Basemap coarse, Basemap fine, List<DisputedLine> disputed,
                          Map<String, Geometry> territories) {
    }

    @Override
    public void start(Stage stage) {
        String dataArg = getParameters().getNamed().get("data");
        Path folder = dataArg != null ? Path.of(dataArg) : null;

        ProgressIndicator spinner = new ProgressIndicator();
        Label what = new Label("Loading the dataset and the basemap\u2026");
        VBox loading = new VBox(12, spinner, what);
        loading.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(loading);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1500, screen.getWidth() * 0.95), Math.min(940, screen.getHeight() * 0.92));
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/balanceexplorer/ui/explorer.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();

        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws IOException {
                updateMessage("Reading the dataset\u2026");
                Dataset d = DatasetLoader.load(folder != null ? folder : BundledData.datasetFolder());
                updateMessage("Reading the basemap\u2026");
                Basemap coarse;
                Basemap fine;
                try (InputStream c = BundledData.basemap(BundledData.Resolution.COARSE);
                     InputStream f = BundledData.basemap(BundledData.Resolution.FINE)) {
                    coarse = Basemap.read(c);
                    fine = Basemap.read(f);
                }
                Geodesy.warmUp();
                updateMessage("Finding the disputed lines\u2026");
                List<DisputedLine> disputed = DisputedBoundaries.derive(fine);
                // Territories for envelope mode: the 1:110m outlines, whose accuracy matches the
                // envelope's stated tolerance and which keep it within its time budget.
                Map<String, Geometry> territories = new HashMap<>();
                for (Country c : d.countries()) {
                    coarse.byName(c.name()).ifPresent(shape -> territories.put(c.id(), shape.geometry()));
                }
                return new Loaded(d, coarse, fine, disputed, territories);
            }
        };
        what.textProperty().bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            Loaded l = task.getValue();
            model = new ExplorerViewModel(l.dataset(), l.territories());
            window = new MainWindow(model, l.coarse(), l.fine(), l.disputed(), url -> getHostServices().showDocument(url));
            root.getChildren().setAll(window);
            String show = getParameters().getNamed().get("show");
            if (show != null) {
                for (String id : show.split(",")) {
                    model.setShown(id.strip(), true);
                }
            }
            String projection = getParameters().getNamed().get("projection");
            if (projection != null) {
                window.selectProjection(projection);
            }
            if ("world".equals(getParameters().getNamed().get("fit"))) {
                window.map().fitWorld();
            }
            String select = getParameters().getNamed().get("select");
            if (select != null) {
                l.dataset().system(select.strip()).ifPresent(model::select);
            }
            stage.setTitle(TITLE + " \u2014 " + l.dataset().info().name());
        });
        task.setOnFailed(e -> root.getChildren().setAll(errorPane(task.getException(), stage)));
        Thread t = new Thread(task, "dataset-loader");
        t.setDaemon(true);
        t.start();
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
        LOG.log(Level.WARNING, "could not load the dataset", error);
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
