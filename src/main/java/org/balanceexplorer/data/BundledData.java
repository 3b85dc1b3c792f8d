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
