package org.balanceexplorer.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.CompiledRecord;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.DatasetInfo;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.LocalNames;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.Qualifier;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.RangeUse;
import org.balanceexplorer.model.Reading;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.SourceKind;
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
        Writer w = new Writer(new DataOutputStream(body));
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
        Reader r = new Reader(new DataInputStream(new java.io.ByteArrayInputStream(body)));
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

    @FunctionalInterface
    private interface Put<T> {
        void put(T value) throws IOException;
    }

    @FunctionalInterface
    private interface Get<T> {
        T get() throws IOException;
    }

    private static final class Writer {
        final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        void name(Enum<?> e) throws IOException {
            string(e == null ? null : e.name());
        }

        <T> void list(List<T> items, Put<T> each) throws IOException {
            out.writeInt(items.size());
            for (T t : items) {
                each.put(t);
            }
        }

        <T> void optional(T value, Put<T> each) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                each.put(value);
            }
        }

        void strings(List<String> items) throws IOException {
            list(items, this::string);
        }

        void date(PartialDate d) throws IOException {
            optional(d, v -> {
                out.writeInt(v.year());
                out.writeInt(v.month());
                out.writeInt(v.day());
            });
        }

        void info(DatasetInfo i) throws IOException {
            string(i.name());
            string(i.version());
            date(i.updated());
        }

        void source(Source s) throws IOException {
            string(s.id());
            string(s.title());
            string(s.publisher());
            strings(s.authors());
            date(s.published());
            string(s.url());
            date(s.accessed());
            name(s.kind());
            string(s.note());
        }

        void names(LocalNames n) throws IOException {
            optional(n, v -> {
                out.writeInt(v.byLanguage().size());
                for (Map.Entry<String, String> e : new java.util.TreeMap<>(v.byLanguage()).entrySet()) {
                    string(e.getKey());
                    string(e.getValue());
                }
                string(v.source());
            });
        }

        void country(Country c) throws IOException {
            string(c.id());
            string(c.name());
            string(c.representativePoint());
            names(c.localNames());
        }

        void point(GeoPoint p) throws IOException {
            optional(p, v -> {
                out.writeDouble(v.latDeg());
                out.writeDouble(v.lonDeg());
            });
        }

        void place(Place p) throws IOException {
            string(p.id());
            string(p.name());
            string(p.country());
            point(p.location());
            name(p.kind());
            string(p.coordinateSource());
            names(p.localNames());
        }

        void value(ClaimValue v) throws IOException {
            if (v == null) {
                out.writeByte(0);
            } else if (v instanceof ClaimValue.Amount a) {
                out.writeByte(1);
                out.writeDouble(a.value());
            } else if (v instanceof ClaimValue.Span s) {
                out.writeByte(2);
                out.writeDouble(s.min());
                out.writeDouble(s.max());
            } else if (v instanceof ClaimValue.DateValue d) {
                out.writeByte(3);
                date(d.date());
            } else if (v instanceof ClaimValue.Text t) {
                out.writeByte(4);
                string(t.text());
            } else if (v instanceof ClaimValue.Statement) {
                out.writeByte(5);
            } else {
                throw new IOException("a claim value of an unknown kind: " + v.getClass().getName());
            }
        }

        void claim(Claim c) throws IOException {
            value(c.value());
            name(c.qualifier());
            string(c.claimant());
            name(c.claimantKind());
            string(c.sourceId());
            string(c.quote());
            string(c.quoteLanguage());
            string(c.gloss());
            optional(c.record(), r -> {
                string(r.file());
                string(r.commit());
                string(r.entry());
                string(r.field());
                string(r.value());
            });
            date(c.asOf());
            name(c.reading());
            string(c.note());
        }

        void figure(Figure f) throws IOException {
            name(f.kind());
            value(f.headline());
            string(f.basis());
            list(f.claims(), this::claim);
        }

        void system(WeaponSystem s) throws IOException {
            string(s.id());
            string(s.name());
            strings(s.aliases());
            string(s.country());
            name(s.category());
            list(s.basing(), this::name);
            list(new ArrayList<>(s.figures().entrySet()), e -> {
                name(e.getKey());
                figure(e.getValue());
            });
            string(s.note());
        }

        void event(Event e) throws IOException {
            string(e.id());
            date(e.date());
            string(e.title());
            name(e.kind());
            strings(e.countries());
            strings(e.systems());
            list(e.claims(), this::claim);
        }

        void range(RangeRef r) throws IOException {
            optional(r, v -> {
                string(v.systemId());
                string(v.longestOfCountry());
                name(v.use());
            });
        }

        void measure(Measure m) throws IOException {
            if (m instanceof Measure.Distance d) {
                out.writeByte(1);
                string(d.placeId());
                range(d.range());
            } else if (m instanceof Measure.TerritoryShare t) {
                out.writeByte(2);
                string(t.countryId());
                range(t.range());
            } else if (m instanceof Measure.PlacesInRange p) {
                out.writeByte(3);
                range(p.range());
                out.writeBoolean(p.capitalsOnly());
                string(p.inCountry());
            } else if (m instanceof Measure.RangeComparison c) {
                out.writeByte(4);
                list(c.ranges(), this::range);
            } else {
                throw new IOException("a measurement of an unknown kind: " + m.getClass().getName());
            }
        }

        void check(ClaimCheck c) throws IOException {
            string(c.id());
            claim(c.statement());
            string(c.origin());
            list(c.measurements(), this::measure);
            string(c.note());
        }
    }

    private static final class Reader {
        final DataInputStream in;

        Reader(DataInputStream in) {
            this.in = in;
        }

        String string() throws IOException {
            int n = in.readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > in.available()) {
                throw new IOException("a string of " + n + " bytes where " + in.available() + " are left");
            }
            return new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }

        <E extends Enum<E>> E name(Class<E> type) throws IOException {
            String s = string();
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw new IOException("no " + type.getSimpleName() + " named " + s, e);
            }
        }

        int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("a list of " + n + " items where " + in.available() + " bytes are left");
            }
            return n;
        }

        <T> List<T> list(Get<T> each) throws IOException {
            int n = count();
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(each.get());
            }
            return out;
        }

        <T> T optional(Get<T> each) throws IOException {
            return in.readBoolean() ? each.get() : null;
        }

        List<String> strings() throws IOException {
            return list(this::string);
        }

        PartialDate date() throws IOException {
            return optional(() -> new PartialDate(in.readInt(), in.readInt(), in.readInt()));
        }

        DatasetInfo info() throws IOException {
            return new DatasetInfo(string(), string(), date());
        }

        Source source() throws IOException {
            return new Source(string(), string(), string(), strings(), date(), string(), date(),
                    name(SourceKind.class), string());
        }

        LocalNames names() throws IOException {
            return optional(() -> {
                int n = count();
                Map<String, String> byLanguage = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    byLanguage.put(string(), string());
                }
                return new LocalNames(byLanguage, string());
            });
        }

        Country country() throws IOException {
            return new Country(string(), string(), string(), names());
        }

        GeoPoint point() throws IOException {
            return optional(() -> new GeoPoint(in.readDouble(), in.readDouble()));
        }

        Place place() throws IOException {
            return new Place(string(), string(), string(), point(), name(PlaceKind.class), string(), names());
        }

        ClaimValue value() throws IOException {
            int kind = in.readByte();
            return switch (kind) {
                case 0 -> null;
                case 1 -> new ClaimValue.Amount(in.readDouble());
                case 2 -> new ClaimValue.Span(in.readDouble(), in.readDouble());
                case 3 -> new ClaimValue.DateValue(date());
                case 4 -> new ClaimValue.Text(string());
                case 5 -> new ClaimValue.Statement();
                default -> throw new IOException("a claim value of unknown kind " + kind);
            };
        }

        Claim claim() throws IOException {
            return new Claim(value(), name(Qualifier.class), string(), name(ClaimantKind.class), string(), string(),
                    string(), string(),
                    optional(() -> new CompiledRecord(string(), string(), string(), string(), string())),
                    date(), name(Reading.class), string());
        }

        Figure figure() throws IOException {
            return new Figure(name(FigureKind.class), value(), string(), list(this::claim));
        }

        WeaponSystem system() throws IOException {
            String id = string();
            String name = string();
            List<String> aliases = strings();
            String country = string();
            Category category = name(Category.class);
            List<Basing> basing = list(() -> name(Basing.class));
            int n = count();
            Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
            for (int i = 0; i < n; i++) {
                figures.put(name(FigureKind.class), figure());
            }
            return new WeaponSystem(id, name, aliases, country, category, basing, figures, string());
        }

        Event event() throws IOException {
            return new Event(string(), date(), string(), name(EventKind.class), strings(), strings(), list(this::claim));
        }

        RangeRef range() throws IOException {
            return optional(() -> new RangeRef(string(), string(), name(RangeUse.class)));
        }

        Measure measure() throws IOException {
            int kind = in.readByte();
            return switch (kind) {
                case 1 -> new Measure.Distance(string(), range());
                case 2 -> new Measure.TerritoryShare(string(), range());
                case 3 -> new Measure.PlacesInRange(range(), in.readBoolean(), string());
                case 4 -> new Measure.RangeComparison(list(this::range));
                default -> throw new IOException("a measurement of unknown kind " + kind);
            };
        }

        ClaimCheck check() throws IOException {
            return new ClaimCheck(string(), claim(), string(), list(this::measure), string());
        }
    }
}
