package org.balanceexplorer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.model.Dataset;

/** The bundled dataset and basemaps, loaded once per benchmark JVM (as the app loads them). */
final class BenchData {

    private BenchData() {
    }

    static Dataset dataset() {
        Geodesy.warmUp();
        return DatasetLoader.load(BundledData.datasetFolder());
    }

    static Basemap basemap(BundledData.Resolution resolution) {
        try (InputStream in = BundledData.basemap(resolution)) {
            return Basemap.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
