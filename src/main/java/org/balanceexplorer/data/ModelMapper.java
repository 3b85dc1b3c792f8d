package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimCheck;
import org.balanceexplorer.model.CompiledRecord;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.DatasetInfo;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.LocalNames;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.Qualifier;
import org.balanceexplorer.model.Reading;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.SourceKind;
import org.balanceexplorer.model.WeaponSystem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds model records from files that passed the schema and the semantic rules. This is the only
 * place that knows both the JSON shape and the model. Stateless and thread-safe.
 */
final class ModelMapper {

    private ModelMapper() {
    }

    static Dataset map(List<JsonFile> files) {
        DatasetInfo info = DatasetInfo.UNNAMED;
        List<Source> sources = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<WeaponSystem> systems = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (JsonFile f : files) {
            JsonNode root = f.root();
            if (root.has("dataset")) {
                JsonNode d = root.get("dataset");
                info = new DatasetInfo(d.get("name").asText(), d.get("version").asText(), date(d.get("updated")));
            }
            root.path("sources").forEach(n -> sources.add(source(n)));
            root.path("countries").forEach(n -> countries.add(
                    new Country(text(n, "id"), text(n, "name"), text(n, "representativePoint"), localNames(n))));
            root.path("places").forEach(n -> places.add(new Place(text(n, "id"), text(n, "name"), text(n, "country"),
                    new GeoPoint(n.get("lat").asDouble(), n.get("lon").asDouble()),
                    PlaceKind.fromJson(text(n, "kind")), text(n, "coordinateSource"), localNames(n))));
            root.path("systems").forEach(n -> systems.add(system(n)));
            root.path("events").forEach(n -> events.add(event(n)));
        }
        List<ClaimCheck> checks = new ArrayList<>();
        for (JsonFile f : files) {
            f.root().path("claimChecks").forEach(n -> checks.add(ClaimCheckMapper.check(n, systems, events)));
        }
        return new Dataset(info, sources, countries, places, systems, events, checks);
    }

    private static LocalNames localNames(JsonNode n) {
        JsonNode names = n.get("names");
        if (names == null || names.isEmpty()) {
            return LocalNames.NONE;
        }
        Map<String, String> byLanguage = new java.util.LinkedHashMap<>();
        names.fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText()));
        return new LocalNames(byLanguage, text(n, "namesSource"));
    }

    private static Source source(JsonNode n) {
        return new Source(text(n, "id"), text(n, "title"), text(n, "publisher"), texts(n.get("authors")),
                date(n.get("published")), text(n, "url"), date(n.get("accessed")),
                SourceKind.fromJson(text(n, "kind")), text(n, "note"));
    }

    private static WeaponSystem system(JsonNode n) {
        List<Basing> basing = new ArrayList<>();
        n.get("basing").forEach(b -> basing.add(Basing.fromJson(b.asText())));
        Map<FigureKind, Figure> figures = new EnumMap<>(FigureKind.class);
        JsonNode fs = n.get("figures");
        for (FigureKind kind : FigureKind.values()) {
            JsonNode f = fs.get(kind.jsonName());
            if (f != null) {
                List<Claim> claims = new ArrayList<>();
                f.get("claims").forEach(c -> claims.add(claim(c, kind)));
                figures.put(kind, new Figure(kind, value(f, kind), text(f, "basis"), claims));
            }
        }
        return new WeaponSystem(text(n, "id"), text(n, "name"), texts(n.get("aliases")), text(n, "country"),
                Category.fromJson(text(n, "category")), basing, figures, text(n, "note"));
    }

    private static Event event(JsonNode n) {
        List<Claim> claims = new ArrayList<>();
        n.get("claims").forEach(c -> claims.add(claim(c, null)));
        return new Event(text(n, "id"), date(n.get("date")), text(n, "title"), EventKind.fromJson(text(n, "kind")),
                texts(n.get("countries")), texts(n.get("systems")), claims);
    }

    /**
     * @param kind the figure the claim stands under, or {@code null} for an event's claim
     */
    static Claim claim(JsonNode c, FigureKind kind) {
        ClaimValue value = value(c, kind);
        Qualifier qualifier = c.has("qualifier") ? Qualifier.fromJson(text(c, "qualifier"))
                : value instanceof ClaimValue.Span ? Qualifier.RANGE : Qualifier.EXACT;
        return new Claim(value, qualifier, text(c, "claimant"), ClaimantKind.fromJson(text(c, "claimantKind")),
                text(c, "source"), text(c, "quote"), text(c, "quoteLanguage"), text(c, "gloss"),
                record(c.get("record")), date(c.get("asOf")),
                c.has("reading") ? Reading.fromJson(text(c, "reading")) : null, text(c, "note"));
    }

    private static CompiledRecord record(JsonNode r) {
        if (r == null || r.isNull()) {
            return null;
        }
        return new CompiledRecord(text(r, "file"), text(r, "commit"), text(r, "entry"), text(r, "field"),
                text(r, "value"));
    }

    /** The value of a figure or claim: a span, a number, a date, a word, or the statement alone. */
    private static ClaimValue value(JsonNode n, FigureKind kind) {
        if (n.has("min") && n.has("max")) {
            return new ClaimValue.Span(n.get("min").asDouble(), n.get("max").asDouble());
        }
        JsonNode v = n.get("value");
        if (v == null) {
            return new ClaimValue.Statement();
        }
        if (v.isNumber()) {
            return new ClaimValue.Amount(v.asDouble());
        }
        if (kind == FigureKind.FIRST_TEST) {
            return new ClaimValue.DateValue(PartialDate.parse(v.asText()));
        }
        return new ClaimValue.Text(v.asText());
    }

    static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static PartialDate date(JsonNode n) {
        return n == null || n.isNull() ? null : PartialDate.parse(n.asText());
    }
}
