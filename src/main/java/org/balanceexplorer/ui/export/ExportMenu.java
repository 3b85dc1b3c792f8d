package org.balanceexplorer.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.balanceexplorer.export.ExportContext;
import org.balanceexplorer.export.GisExport;
import org.balanceexplorer.export.Page;
import org.balanceexplorer.export.PdfHandout;
import org.balanceexplorer.export.PngExport;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.map.paint.Viewport;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.I18n;

/**
 * File &gt; Export: the current view as a PNG at 1x to 4x, a PDF handout page, GeoJSON (QGIS) or KML
 * (Google Earth). Each asks where to save, then works on a background thread (the FX thread never
 * waits for an export) while a strip under the map shows its progress; the file is written
 * atomically; a failure is said in plain words and logged once.
 *
 * <p>Thread safety: built and used on the FX application thread.
 */
public final class ExportMenu {

    private static final Logger LOG = Logger.getLogger(ExportMenu.class.getName());

    /** What can be exported, with its file type. */
    public enum Kind {
        PNG_1X("png"), PNG_2X("png"), PNG_3X("png"), PNG_4X("png"), PDF("pdf"), GEOJSON("geojson"), KML("kml");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** Its name in the menu, the save dialog and the progress strip, in the chosen language. */
        public String label() {
            return switch (this) {
                case PNG_1X, PNG_2X, PNG_3X, PNG_4X -> I18n.text("export.kind.png", ordinal() + 1);
                case PDF -> I18n.text("export.kind.pdf");
                case GEOJSON -> I18n.text("export.kind.geojson");
                case KML -> I18n.text("export.kind.kml");
            };
        }
    }

    private final Supplier<ViewState> state;
    private final Supplier<Viewport> viewport;
    private final Dataset dataset;
    private final Basemap coarse;
    private volatile Basemap fine;
    private ExportContext context;
    private final Menu menu = new Menu(I18n.text("export.menu"));
    private final ProgressBar progress = new ProgressBar();
    private final Label message = new Label();
    private final HBox strip = new HBox(8, message, progress);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "export");
        t.setDaemon(true);
        return t;
    });
    private Function<Kind, Optional<Path>> chooser;
    private Task<Path> running;

    /**
     * @param state    the current view state
     * @param viewport the map's viewport now (its size is the picture's), or null before the first layout
     * @param dataset  the dataset shown
     * @param coarse   the world basemap the window draws
     */
    public ExportMenu(Supplier<ViewState> state, Supplier<Viewport> viewport, Dataset dataset, Basemap coarse) {
        this.state = state;
        this.viewport = viewport;
        this.dataset = dataset;
        this.coarse = coarse;
        menu.setId("export-menu");
        for (Kind k : Kind.values()) {
            MenuItem item = new MenuItem(k.label() + "\u2026");
            item.setId("export-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> export(k));
            menu.getItems().add(item);
            if (k == Kind.PNG_4X || k == Kind.PDF) {
                menu.getItems().add(new SeparatorMenuItem());
            }
        }
        strip.setId("export-progress");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(2, 8, 2, 8));
        progress.setPrefWidth(160);
        strip.setVisible(false);
        strip.setManaged(false);
        chooser = this::askWhere;
    }

    /** The Export submenu, for the File menu. */
    public Menu menu() {
        return menu;
    }

    /** The strip that shows an export's progress under the map (hidden when none runs). */
    public HBox progressStrip() {
        return strip;
    }

    /** Hands over the finer basemap once read, for views zoomed in far enough to draw it. */
    public void setFineBasemap(Basemap basemap) {
        fine = basemap;
    }

    /** Replaces the save dialog (tests: a path chosen in advance). */
    public void setChooser(Function<Kind, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    /** The export running now, or null. */
    public Task<Path> running() {
        return running;
    }

    private Optional<Path> askWhere(Kind kind) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.text("export.chooser.title", kind.label()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.label(), "*." + kind.extension));
        fc.setInitialFileName("balance-explorer-view." + kind.extension);
        Window owner = menu.getParentPopup() == null ? null : menu.getParentPopup().getOwnerWindow();
        java.io.File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Exports the current view: asks where, then works in the background. */
    public void export(Kind kind) {
        if (running != null) {
            return;
        }
        Optional<Path> where = chooser.apply(kind);
        if (where.isEmpty()) {
            return;
        }
        Path target = where.get();
        ViewState now = state.get();
        Viewport v = viewport.get();
        int width = v == null ? 1200 : (int) Math.max(200, Math.round(v.width()));
        int height = v == null ? 800 : (int) Math.max(150, Math.round(v.height()));
        String exporting = I18n.text("export.running", kind.label());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(exporting);
                updateProgress(-1, 1);
                ExportContext ctx = context();
                Page page = Page.of(now);
                switch (kind) {
                    case PNG_1X, PNG_2X, PNG_3X, PNG_4X -> PngExport.write(ctx, page, width, height,
                            kind.ordinal() + 1, target);
                    // No title: the handout's own (the app's name in English), for its typeface
                    // shapes neither Urdu nor Hindi (decision 0019: exports stay in English).
                    case PDF -> PdfHandout.write(ctx, List.of(page), new PdfHandout.Options(PdfHandout.Paper.A4,
                            width > height, null, ""), target);
                    case GEOJSON -> GisExport.writeGeoJson(ctx, now, "balance-explorer-rings", target);
                    case KML -> GisExport.writeKml(ctx, now, "balance-explorer-rings", target);
                }
                updateProgress(1, 1);
                return target;
            }
        };
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        strip.setVisible(true);
        strip.setManaged(true);
        task.setOnSucceeded(e -> done(I18n.text("export.done", target.getFileName().toString())));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.log(Level.WARNING, "export to " + target + " failed", t);
            done("");
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.setHeaderText(I18n.text("export.failed"));
            alert.setContentText(plainWords(t, target));
            alert.show();
        });
        running = task;
        worker.submit(task);
    }

    private void done(String text) {
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        message.setText(text);
        strip.setVisible(!text.isEmpty());
        strip.setManaged(!text.isEmpty());
        running = null;
    }

    /** The export's data, made once (and again when the fine basemap arrives); on the export thread. */
    private synchronized ExportContext context() {
        Basemap f = fine;
        if (context == null || (f != null && context.fineIfRead() != f)) {
            context = new ExportContext(dataset, coarse, f, ExportContext.territories(dataset, coarse));
        }
        return context;
    }

    static String plainWords(Throwable t, Path target) {
        if (t instanceof org.balanceexplorer.data.FileWriteException) {
            return t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException) {
            return I18n.text("export.failed.permission", target.toString());
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return I18n.text("export.failed.noFolder", target.toString());
        }
        if (t instanceof java.io.IOException) {
            return I18n.text("export.failed.disk", target.toString());
        }
        String m = t.getMessage();
        return I18n.text("export.failed.unchanged", m == null ? I18n.text("export.failed.other") : m);
    }
}
