package org.balanceexplorer.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.concurrent.Task;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.data.SettingsFile;
import org.balanceexplorer.data.SettingsFolder;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.geo.DisputedBoundaries;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.ui.MainWindow;

/**
 * What the app loads before and after its window: the settings, the dataset, the 1:110m basemap and
 * the geodesy library on background threads while JavaFX starts ({@link #preload}), and the 1:50m
 * basemap once the window is up ({@link #loadFineBasemap}). The FX thread never reads a file.
 *
 * <p>Thread safety: the static state is guarded by the class's lock; the loading runs on daemon threads.
 */
final class StartupLoading {

    private static final Logger LOG = Logger.getLogger(StartupLoading.class.getName());

    private StartupLoading() {
    }

    private static Future<ExplorerApp.Loaded> preloading;
    private static String preloadingFor;

    /** The settings read at start-up and the dataset folder opened (null: the bundled data). */
    record Startup(SettingsFile file, SettingsFile.Loaded settings, Path folder) {
    }

    private static CompletableFuture<Startup> startup;

    /** The settings of the last {@link #preload}, read first by its loader (done in milliseconds). */
    static synchronized CompletableFuture<Startup> settingsRead() {
        return startup;
    }

    /**
     * Starts loading the dataset (the bundled one, or {@code dataArg}'s folder), the world basemap
     * and the geodesy library on background threads, side by side, and returns the result to come.
     * The launcher calls it before JavaFX starts, so the two overlap; later calls with the same
     * argument return the same loading.
     */
    static synchronized Future<ExplorerApp.Loaded> preload(String dataArg) {
        // Only the folder's name here, on the launcher's thread: the file (and Jackson) on the loader's.
        Path settingsFolder = SettingsFolder.forUser();
        String key = dataArg + "|" + settingsFolder;
        if (preloading != null && java.util.Objects.equals(preloadingFor, key)) {
            return preloading;
        }
        Path given = dataArg != null ? Path.of(dataArg) : null;
        CompletableFuture<Startup> started = new CompletableFuture<>();
        startup = started;
        ExecutorService pool = Executors.newFixedThreadPool(2, daemon("loader"));
        // The bundled dataset was checked in full by the build, which wrote its snapshot; a folder
        // the user opens gets every check.
        StartupTrace.mark("loading starts");
        Future<Dataset> dataset = pool.submit(() -> {
            // The settings first (a few hundred bytes, when there are any): they say which folder
            // was open last.
            SettingsFile settingsFile = new SettingsFile(settingsFolder);
            SettingsFile.Loaded settings = settingsFile.read();
            Path folder = given != null ? given : remembered(settings.settings());
            started.complete(new Startup(settingsFile, settings, folder));
            StartupTrace.mark("settings read");
            // The bundled dataset from the snapshot the build wrote once it had checked it in full.
            Dataset d = folder != null ? DatasetLoader.load(folder) : BundledData.dataset();
            StartupTrace.mark("dataset loaded");
            return d;
        });
        Future<Basemap> world = pool.submit(() -> {
            Basemap b = BundledData.readBasemap(BundledData.Resolution.COARSE, BasemapBinary::readEither);
            StartupTrace.mark("1:110m basemap read");
            return b;
        });
        // The geodesy library loads on whichever thread is free first; the window does not wait for
        // it (the first rings do, on their own thread).
        pool.submit(() -> {
            Geodesy.warmUp();
            StartupTrace.mark("geodesy warmed up");
        });
        java.util.concurrent.FutureTask<ExplorerApp.Loaded> whole = new java.util.concurrent.FutureTask<>(() -> {
            try {
                Dataset d = unwrap(dataset);
                Basemap coarse = unwrap(world);
                return DatasetSwitcher.assemble(d, coarse, DisputedBoundaries.derive(coarse));
            } finally {
                started.complete(new Startup(new SettingsFile(settingsFolder),
                        new SettingsFile.Loaded(Settings.DEFAULTS, List.of(), null), given));
                pool.shutdown();
            }
        });
        daemon("loader-join").newThread(whole).start();
        preloading = whole;
        preloadingFor = key;
        return whole;
    }

    /** The folder the settings remember as open, when it still exists; else null (the bundled data). */
    private static Path remembered(Settings s) {
        Path f = s.datasetFolder();
        return f != null && Files.isDirectory(f) ? f : null;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The value of a finished future, or the exception that stopped it (not its wrapper). */
    static <T> T unwrap(Future<T> f) throws Exception {
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
    static void loadFineBasemap(MainWindow target) {
        record Fine(Basemap basemap, List<DisputedLine> disputed) {
        }
        Task<Fine> fine = new Task<>() {
            @Override
            protected Fine call() throws IOException {
                Basemap b = BundledData.readBasemap(BundledData.Resolution.FINE, BasemapBinary::readEither);
                return new Fine(b, DisputedBoundaries.derive(b));
            }
        };
        fine.setOnSucceeded(e -> target.setFineBasemap(fine.getValue().basemap(), fine.getValue().disputed()));
        fine.setOnFailed(e -> LOG.log(Level.WARNING, "could not read the 1:50m basemap; the 1:110m one stays",
                fine.getException()));
        Thread t = daemon("fine-basemap").newThread(fine);
        t.start();
    }
}
