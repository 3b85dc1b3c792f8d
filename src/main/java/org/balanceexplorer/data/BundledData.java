package org.balanceexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The dataset and basemap that ship inside the application (copied from the repository's
 * {@code data/} folder at build time), so the app works offline and from any folder.
 *
 * <p>Thread safety: safe from any thread.
 */
public final class BundledData {

    private static final String ROOT = "/org/balanceexplorer/bundled/";

    /** The basemap resolutions that ship. */
    public enum Resolution {
        COARSE("countries-110m.geojson"), FINE("countries-50m.geojson");

        private final String file;

        Resolution(String file) {
            this.file = file;
        }

        public String fileName() {
            return file;
        }
    }

    private BundledData() {
    }

    /**
     * The bundled dataset folder, as a path that {@link java.nio.file.Files} can list: a plain
     * folder when running from a build tree, a folder inside the jar when running from the jar.
     *
     * @throws UncheckedIOException when the application was built without its dataset
     */
    public static Path datasetFolder() {
        return folder("dataset", "its bundled dataset");
    }

    /**
     * The folder of the lectures that ship ({@code data/scenes/}), as {@link #datasetFolder()} gives
     * the dataset's.
     *
     * @throws UncheckedIOException when the application was built without them
     */
    public static Path scenesFolder() {
        return folder("scenes", "its example lectures");
    }

    private static Path folder(String name, String what) {
        URL url = BundledData.class.getResource(ROOT + name);
        if (url == null) {
            throw new UncheckedIOException(new IOException("the application was built without " + what));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open " + what + ": " + e.getMessage(), e));
        }
    }

    /** Where the build writes the snapshots, inside {@code ROOT} (the build's {@code Snapshots} tool). */
    public static final String SNAPSHOT_FOLDER = "snapshot/";

    /** The file name of the dataset's snapshot in {@link #SNAPSHOT_FOLDER}. */
    public static final String DATASET_SNAPSHOT = "dataset.bin";

    private static final System.Logger LOG = System.getLogger(BundledData.class.getName());

    /**
     * The bundled dataset: read from the snapshot the build wrote after checking it
     * ({@link DatasetSnapshot}), else, when the build wrote none, it cannot be read or its JSON files
     * changed since, from its JSON files ({@link DatasetLoader#loadVerified}), which gives the same
     * dataset. The files are compared with the snapshot only outside a jar (a build tree that a tool
     * other than Maven may have copied new files to); a jar is made whole by one build. (A file
     * added to the folder after the snapshot was made is not seen.)
     *
     * @throws DatasetException when the JSON files are read and something is wrong in them
     */
    public static org.balanceexplorer.model.Dataset dataset() {
        try (InputStream in = snapshot(DATASET_SNAPSHOT)) {
            if (in != null) {
                return DatasetSnapshot.read(in, packed() ? null
                        : name -> BundledData.class.getResourceAsStream(ROOT + "dataset/" + name));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the bundled dataset's snapshot could not be read ("
                    + e.getMessage() + "); reading its JSON files instead");
        }
        return DatasetLoader.loadVerified(datasetFolder());
    }

    /**
     * Whether the bundled data is read from the application's jar, where the build put the files and
     * their snapshots together (else from a build tree's folder, which other tools may change).
     */
    public static boolean packed() {
        URL url = BundledData.class.getResource(ROOT + SNAPSHOT_FOLDER + DATASET_SNAPSHOT);
        return url != null && "jar".equals(url.getProtocol());
    }

    /**
     * Opens a snapshot the build wrote (file name in {@link #SNAPSHOT_FOLDER}), or returns null when
     * there is none (a build that skipped writing them); the caller closes the stream.
     */
    public static InputStream snapshot(String fileName) {
        return BundledData.class.getResourceAsStream(ROOT + SNAPSHOT_FOLDER + fileName);
    }

    /** The file name of a basemap's snapshot in {@link #SNAPSHOT_FOLDER}. */
    public static String snapshotName(Resolution resolution) {
        return resolution.fileName().replace(".geojson", ".bin");
    }

    /**
     * Opens the snapshot of a bundled basemap the build wrote (read by {@code geo.BasemapBinary}), or
     * returns null when there is none; the caller closes the stream.
     */
    public static InputStream basemapSnapshot(Resolution resolution) {
        return snapshot(snapshotName(resolution));
    }

    /** A basemap reader that takes a snapshot or, failing it, the GeoJSON ({@code geo.BasemapBinary#readEither}). */
    @FunctionalInterface
    public interface BasemapReader<T> {
        T read(java.util.function.Supplier<InputStream> snapshot, java.util.function.Supplier<InputStream> geojson,
               boolean compare) throws IOException;
    }

    /**
     * Reads a bundled basemap with {@code reader}, handed its snapshot, its GeoJSON, and whether to
     * compare the two (outside a jar only, see {@link #packed()}): one place that says so for every caller.
     */
    public static <T> T readBasemap(Resolution resolution, BasemapReader<T> reader) throws IOException {
        return reader.read(() -> basemapSnapshot(resolution), () -> basemap(resolution), !packed());
    }

    /** Opens a bundled basemap; the caller closes the stream. */
    public static InputStream basemap(Resolution resolution) {
        InputStream in = BundledData.class.getResourceAsStream(ROOT + "basemap/" + resolution.fileName());
        if (in == null) {
            throw new UncheckedIOException(new IOException("the application was built without its basemap "
                    + resolution.fileName()));
        }
        return in;
    }
}
