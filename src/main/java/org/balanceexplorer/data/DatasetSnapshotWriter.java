package org.balanceexplorer.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.DatasetInfo;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.LocalNames;
import org.balanceexplorer.model.Measure;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.RangeRef;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;

/**
 * Writes the records of a {@link DatasetSnapshot}'s body, field by field in declaration order (see
 * its format).
 */
final class DatasetSnapshotWriter {
    final DataOutputStream out;

    DatasetSnapshotWriter(DataOutputStream out) {
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

    @FunctionalInterface
    interface Put<T> {
        void put(T value) throws IOException;
    }
}
