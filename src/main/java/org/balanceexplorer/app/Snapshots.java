package org.balanceexplorer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.DatasetSnapshot;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.model.Dataset;

/**
 * Run by the build (Maven's {@code process-classes} phase), not by users: checks the bundled dataset
 * in full (schema and semantic checks, as {@code validate} does), then writes the binary snapshots
 * the app reads at start-up instead of the JSON and GeoJSON ({@link DatasetSnapshot},
 * {@link BasemapBinary}; decision 0020). A dataset with a problem fails the build, naming it. Never
 * calls {@code System.exit}: it runs inside Maven's own JVM.
 *
 * <p>Usage: {@code Snapshots <bundled folder>}, the folder the resources were copied to (holding
 * {@code dataset/} and {@code basemap/}); the snapshots go to its {@code snapshot/} folder.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Snapshots <bundled folder>");
        }
        Path bundled = Path.of(args[0]);
        Path out = bundled.resolve(BundledData.SNAPSHOT_FOLDER);
        Files.createDirectories(out);
        Dataset dataset;
        try {
            dataset = DatasetLoader.load(bundled.resolve("dataset"));
        } catch (DatasetException e) {
            // the build stops here, with every problem listed
            StringBuilder b = new StringBuilder("The bundled dataset has problems; no snapshot written:");
            e.problems().forEach(p -> b.append(System.lineSeparator()).append("  ").append(p));
            throw new IllegalStateException(b.toString(), e);
        }
        java.util.List<DatasetSnapshot.SourceFile> sources = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> files = Files.list(bundled.resolve("dataset"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                sources.add(DatasetSnapshot.SourceFile.of(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        write(out.resolve(BundledData.DATASET_SNAPSHOT), o -> DatasetSnapshot.write(dataset, sources, o));
        for (BundledData.Resolution r : BundledData.Resolution.values()) {
            byte[] geojson = Files.readAllBytes(bundled.resolve("basemap").resolve(r.fileName()));
            Basemap b = Basemap.read(new java.io.ByteArrayInputStream(geojson));
            write(out.resolve(BundledData.snapshotName(r)), o -> BasemapBinary.write(b, geojson, o));
        }
        System.out.println("snapshots written to " + out);
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a file whole or not at all: to a temporary file beside it, then moved over it. */
    private static void write(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                body.write(o);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
