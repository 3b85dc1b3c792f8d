package org.balanceexplorer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.geo.DisputedBoundaries;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.locationtech.jts.geom.Geometry;

/**
 * What every export draws on besides the view state: the dataset, the basemaps, the disputed lines
 * derived from them and each country's territory (for envelopes). The window hands over what it has
 * loaded; the command line loads the bundled copies ({@link #load}). The fine (1:50m) basemap is
 * read only when a picture needs it, as on the screen.
 *
 * <p>Thread safety: safe to share; the fine basemap is read once, by whichever thread first asks.
 */
public final class ExportContext {

    private final Dataset dataset;
    private final Basemap coarse;
    private final List<Geometry> coarseDisputed;
    private final Map<String, Geometry> territories;
    private Basemap fine;
    private List<Geometry> fineDisputed;

    /**
     * @param dataset     the dataset the views name
     * @param coarse      the 1:110m basemap
     * @param fine        the 1:50m basemap, or null to read the bundled one when first needed
     * @param territories each country's territory (lon/lat) by country id, for envelopes
     */
    public ExportContext(Dataset dataset, Basemap coarse, Basemap fine, Map<String, Geometry> territories) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.coarse = Objects.requireNonNull(coarse, "coarse");
        this.coarseDisputed = lines(DisputedBoundaries.derive(coarse));
        this.territories = Map.copyOf(territories);
        if (fine != null) {
            this.fine = fine;
            this.fineDisputed = lines(DisputedBoundaries.derive(fine));
        }
    }

    /**
     * Reads a dataset folder (null: the bundled dataset, whose schema pass the build runs) and the
     * bundled coarse basemap, side by side.
     *
     * @throws org.balanceexplorer.data.DatasetException with located problems when the dataset is malformed
     */
    public static ExportContext load(Path datasetFolder) {
        CompletableFuture<Basemap> world = CompletableFuture.supplyAsync(
                () -> read(BundledData.Resolution.COARSE));
        // The geodesy library's and the typeface's first use cost class loading: on a spare core meanwhile.
        // (Own daemon threads: the common pool has one thread on two cores, and the basemap holds it.)
        Thread warm = new Thread(() -> {
            Geodesy.warmUp();
            ExportFonts.measure("Islamabad", org.balanceexplorer.map.paint.TextStyle.regular(11));
        }, "export-warm-up");
        warm.setDaemon(true);
        warm.start();
        Dataset d = datasetFolder == null ? BundledData.dataset() : DatasetLoader.load(datasetFolder);
        Basemap coarse;
        try {
            coarse = world.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new ExportContext(d, coarse, null, territories(d, coarse));
    }

    /** Each country's territory in a basemap, by the dataset's country id (as the window takes it). */
    public static Map<String, Geometry> territories(Dataset d, Basemap basemap) {
        Map<String, Geometry> out = new HashMap<>();
        for (Country c : d.countries()) {
            basemap.byName(c.name()).ifPresent(shape -> out.put(c.id(), shape.geometry()));
        }
        return out;
    }

    private static Basemap read(BundledData.Resolution r) {
        try {
            return BundledData.readBasemap(r, BasemapBinary::readEither);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled basemap", e);
        }
    }

    static List<Geometry> lines(List<DisputedLine> disputed) {
        return disputed.stream().map(l -> (Geometry) l.geometry()).toList();
    }

    public Dataset dataset() {
        return dataset;
    }

    public Basemap coarse() {
        return coarse;
    }

    public Map<String, Geometry> territories() {
        return territories;
    }

    /** The 1:50m basemap, read from the program's own copy when first asked for. */
    public synchronized Basemap fine() {
        if (fine == null) {
            fine = read(BundledData.Resolution.FINE);
            fineDisputed = lines(DisputedBoundaries.derive(fine));
        }
        return fine;
    }

    /** The 1:50m basemap if it was handed over or read already, else null (nothing is read). */
    public synchronized Basemap fineIfRead() {
        return fine;
    }

    /** The disputed lines drawn with a basemap: derived from the fine one when it is drawn. */
    public synchronized List<Geometry> disputed(boolean withFine) {
        if (withFine) {
            fine();
            return fineDisputed;
        }
        return coarseDisputed;
    }
}
