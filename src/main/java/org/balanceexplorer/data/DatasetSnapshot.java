package org.balanceexplorer.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.DatasetInfo;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;

/**
 * A compact binary copy of a loaded {@link Dataset}, written by the build from the bundled dataset
 * after it has passed every check (schema and semantic), and read at start-up in its place: no JSON
 * parsing, no schema, no Jackson on the way to the first frame (decision 0020).
 *
 * <h2>Format</h2>
 * {@link DataOutputStream} primitives, big-endian: the magic {@code BXDS}, a format version, the
 * JSON files it was made from (each its name, size and CRC-32, so that a copy older than its files
 * is never used: a build tool that copies the files without writing the snapshot again), the number
 * of bytes that follow, then the records field by field in their declaration order. A
 * string is its UTF-8 length (-1 for none) and bytes; an enum its constant's name; a list its size
 * and elements; an optional record a presence byte. Nothing is shared or referenced: records are
 * written whole where they appear, and read back through their constructors, so the model's own
 * checks run again (the dataset's references among them).
 *
 * <h2>Limitations</h2>
 * Only for a dataset of this build: the format follows the model's records and is not meant to be
 * kept, exchanged or edited; a copy from another version is refused ({@link IOException}), and the
 * caller then reads the JSON files. The dataset folder's own path is not kept.
 *
 * <p>Thread safety: stateless; safe from any thread.
 */
public final class DatasetSnapshot {

    private static final int MAGIC = 0x42584453; // "BXDS"
    /** Raise whenever what is written changes. */
    static final int VERSION = 1;

    private DatasetSnapshot() {
    }

    /** A file the snapshot was made from: its name in the dataset folder, size and CRC-32. */
    public record SourceFile(String name, long size, long crc) {

        /** The stamp of a file's content. */
        public static SourceFile of(String name, byte[] content) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(content);
            return new SourceFile(name, content.length, crc.getValue());
        }
    }

    /** Opens a file of the dataset folder by name, or gives null when there is none. */
    @FunctionalInterface
    public interface Files {
        InputStream open(String name) throws IOException;
    }

    /** Writes {@code d}, made from {@code sources}; the stream is flushed, not closed. */
    public static void write(Dataset d, List<SourceFile> sources, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 16);
        DatasetSnapshotWriter w = new DatasetSnapshotWriter(new DataOutputStream(body));
        w.info(d.info());
        w.list(d.sources(), w::source);
        w.list(d.countries(), w::country);
        w.list(d.places(), w::place);
        w.list(d.systems(), w::system);
        w.list(d.events(), w::event);
        w.list(d.claimChecks(), w::check);
        w.out.flush();
        DataOutputStream head = new DataOutputStream(new BufferedOutputStream(out));
        head.writeInt(MAGIC);
        head.writeInt(VERSION);
        head.writeInt(sources.size());
        for (SourceFile f : sources) {
            head.writeUTF(f.name());
            head.writeLong(f.size());
            head.writeLong(f.crc());
        }
        head.writeInt(body.size());
        body.writeTo(head);
        head.flush();
    }

    /**
     * Reads a dataset written by {@link #write}, when the files it was made from are still as they
     * were (each opened through {@code files} and compared by size and CRC-32).
     *
     * @param files opens the files to compare, or null not to compare them: when the snapshot and
     *              the files come from one build artefact (the application's jar)
     * @throws IOException when the stream is not such a copy, is of another version, ends early,
     *                     has bytes left over, holds a dataset the model refuses, or when one of
     *                     its files is missing or has changed since it was made
     */
    public static Dataset read(InputStream in, Files files) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a dataset snapshot");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("a dataset snapshot of format " + version + ", not " + VERSION);
        }
        int count = data.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("a dataset snapshot made from " + count + " files");
        }
        for (int i = 0; i < count; i++) {
            SourceFile made = new SourceFile(data.readUTF(), data.readLong(), data.readLong());
            if (files == null) {
                continue;
            }
            byte[] now;
            try (InputStream f = files.open(made.name())) {
                if (f == null) {
                    throw new IOException("the snapshot's file " + made.name() + " is gone");
                }
                now = f.readAllBytes();
            }
            if (!SourceFile.of(made.name(), now).equals(made)) {
                throw new IOException("the file " + made.name() + " changed after the snapshot was made");
            }
        }
        int length = data.readInt();
        if (length < 0) {
            throw new IOException("a dataset snapshot of negative length");
        }
        byte[] body = data.readNBytes(length);
        if (body.length != length || data.read() != -1) {
            throw new IOException("a dataset snapshot of the wrong length");
        }
        DatasetSnapshotReader r = new DatasetSnapshotReader(new DataInputStream(new java.io.ByteArrayInputStream(body)));
        try {
            DatasetInfo info = r.info();
            List<Source> sources = r.list(r::source);
            List<Country> countries = r.list(r::country);
            List<Place> places = r.list(r::place);
            List<WeaponSystem> systems = r.list(r::system);
            List<Event> events = r.list(r::event);
            List<ClaimCheck> checks = r.list(r::check);
            if (r.in.available() != 0) {
                throw new IOException("a dataset snapshot with bytes after its end");
            }
            return new Dataset(info, sources, countries, places, systems, events, checks);
        } catch (RuntimeException e) {
            // a record's or the dataset's own check refused what was read
            throw new IOException("a dataset snapshot the model refuses: " + e.getMessage(), e);
        }
    }
}
