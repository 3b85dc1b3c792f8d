package org.balanceexplorer.data;

import java.io.DataInputStream;
import java.io.IOException;
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
 * Reads the records of a {@link DatasetSnapshot}'s body back through their constructors, refusing a
 * count or a length that runs past the end.
 */
final class DatasetSnapshotReader {
    final DataInputStream in;

    DatasetSnapshotReader(DataInputStream in) {
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

    @FunctionalInterface
    interface Get<T> {
        T get() throws IOException;
    }
}
