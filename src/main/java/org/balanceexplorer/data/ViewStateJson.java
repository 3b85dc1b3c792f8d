package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.RangeClass;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.LegendLayout;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.Measurement;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.RingOptions;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.state.ViewState;

/**
 * Writes a {@link ViewState} as a view-state (scene) file and reads one back, refusing anything
 * that is not exactly the format with located, plain-worded problems. The format is described in
 * {@code docs/data-format.md}, section "View state (scene) files".
 *
 * <h2>Algorithm</h2>
 * Writing builds the JSON tree in a fixed key order and prints it indented by two spaces, one value
 * a line, with a final line break: equal states give identical text. Reading parses with the
 * dataset loader's located parser (strict UTF-8 JSON, no duplicate keys, one object), then walks
 * the tree and checks every key, collecting every problem (wrong type, missing or unknown key,
 * unknown name, coordinates or years out of range, a scale that is not positive, a system shown
 * twice) before giving up, so one reading lists them all.
 *
 * <h2>Errors</h2>
 * {@link #read} gives a whole state or throws {@link DatasetException} whose problems name the
 * file, line, column and JSON path, sorted by line and column; it never throws anything else for
 * bad input. Writing then reading gives an equal state.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class ViewStateJson {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "view-state";
    /** The one version of the format this program reads and writes. */
    public static final int VERSION = 1;

    private static final String EXAMPLE = "{ \"format\": \"view-state\", \"version\": 1, ... }";
    private ViewStateJson() {
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /** The state as the text of a view-state file (UTF-8 when saved), ending in a line break. */
    public static String write(ViewState state) {
        Objects.requireNonNull(state, "state");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode projection = root.putObject("projection");
        projection.put("kind", name(state.projection().kind()));
        projection.set("centre", point(state.projection().centre()));
        ObjectNode frame = root.putObject("frame");
        MapFrame mf = state.frame();
        if (mf.isFitted()) {
            frame.put("fit", name(mf.fit()));
        }
        if (mf.centre() != null) {
            frame.set("centre", point(mf.centre()));
        }
        if (!mf.isFitted()) {
            frame.put("metresPerPixel", mf.metresPerPixel());
        }
        ArrayNode shown = root.putArray("shownSystems");
        state.shownSystems().forEach(shown::add);
        ObjectNode moved = root.putObject("movedLaunchPoints");
        state.movedLaunchPoints().forEach((country, p) -> moved.set(country, point(p)));
        ObjectNode rings = root.putObject("rings");
        rings.put("bands", state.rings().bands());
        rings.put("claimRings", state.rings().claimRings());
        rings.put("envelopes", state.rings().envelopes());
        rings.put("naive", state.rings().naive());
        ObjectNode time = root.putObject("time");
        if (state.time().year() != null) {
            time.put("year", state.time().year());
        }
        if (state.time().knownInYear() != null) {
            time.put("knownInYear", state.time().knownInYear());
        }
        Filters fl = state.filters();
        ObjectNode filters = root.putObject("filters");
        filters.put("search", fl.search());
        ArrayNode countries = filters.putArray("countries");
        fl.countries().forEach(countries::add);
        ArrayNode classes = filters.putArray("classes");
        fl.classes().forEach(c -> classes.add(name(c)));
        ArrayNode basings = filters.putArray("basings");
        fl.basings().forEach(b -> basings.add(b.jsonName()));
        ArrayNode categories = filters.putArray("categories");
        fl.categories().forEach(c -> categories.add(c.jsonName()));
        ArrayNode statuses = filters.putArray("statuses");
        fl.statuses().forEach(statuses::add);
        if (!fl.claimedClasses().isEmpty()) {
            ArrayNode claimed = filters.putArray("claimedClasses");
            fl.claimedClasses().forEach(claimed::add);
        }
        ObjectNode selection = root.putObject("selection");
        Selection sel = state.selection();
        putIfGiven(selection, "systemId", sel.systemId());
        putIfGiven(selection, "countryId", sel.countryId());
        putIfGiven(selection, "placeId", sel.placeId());
        if (state.measurement() != null) {
            ObjectNode m = root.putObject("measurement");
            m.set("from", point(state.measurement().from()));
            m.set("to", point(state.measurement().to()));
        }
        ObjectNode legend = root.putObject("legend");
        legend.put("corner", name(state.legend().corner()));
        legend.put("collapsed", state.legend().collapsed());
        return FormatFiles.print(root);
    }

    private static void putIfGiven(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static ObjectNode point(GeoPoint p) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("latDeg", p.latDeg());
        node.put("lonDeg", p.lonDeg());
        return node;
    }

    /** The file name of a constant: lower camel case, {@code AZIMUTHAL_EQUIDISTANT} as {@code azimuthalEquidistant}. */
    static String name(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads a view-state file.
     *
     * @param file the file; problems name it by its file name
     * @throws DatasetException when the file cannot be read or is not a valid view state
     */
    public static ViewState read(Path file) {
        Objects.requireNonNull(file, "file");
        return read(FormatFiles.bytes(file, "a view state", "The view state could not be read"), FormatFiles.name(file));
    }

    /**
     * Reads the text of a view-state file.
     *
     * @param text     the whole text
     * @param fileName the name problems give as their file
     * @throws DatasetException when the text is not a valid view state
     */
    public static ViewState read(String text, String fileName) {
        Objects.requireNonNull(text, "text");
        return read(text.getBytes(StandardCharsets.UTF_8), Objects.requireNonNull(fileName, "fileName"));
    }

    private static ViewState read(byte[] bytes, String name) {
        JsonFile.Outcome outcome = JsonFile.parse(name, bytes, EXAMPLE);
        if (outcome.problem() != null) {
            throw failure(List.of(outcome.problem()));
        }
        Reader reader = new Reader(outcome.file());
        ViewState state = reader.state();
        if (!reader.problems().isEmpty() || state == null) {
            throw failure(FormatFiles.sorted(reader.problems()));
        }
        return state;
    }

    /**
     * Reads a view state embedded in a file of another format (a scene, a lecture) at {@code path},
     * adding its problems, located in the whole file, to {@code into}.
     *
     * @return the state, or {@code null} when it has problems
     */
    static ViewState readEmbedded(JsonFile file, String path, ObjectNode node, List<DatasetProblem> into) {
        Reader reader = new Reader(file.subtree(path, node));
        ViewState state = reader.state();
        into.addAll(reader.problems());
        return reader.problems().isEmpty() ? state : null;
    }

    private static DatasetException failure(List<DatasetProblem> problems) {
        return new DatasetException("The view state could not be read", problems);
    }

    /** Walks one parsed file, collecting problems; each method gives null where its value is wrong. */
    private static final class Reader extends JsonTreeReader {

        Reader(JsonFile file) {
            super(file, "view-state format");
        }

        ViewState state() {
            ObjectNode root = file().root();
            // A file of another kind, or of another version, is refused by that alone: its other
            // keys would only be noise.
            if (root.has("format")) {
                String format = text(root.get("format"), "$.format");
                if (format == null) {
                    return null;
                }
                if (!format.equals(FORMAT)) {
                    problem("$.format", "'" + shown(format) + "' is not a view state: format must be '" + FORMAT + "'");
                    return null;
                }
            }
            JsonNode version = root.get("version");
            if (version != null && !(version.isIntegralNumber() && version.canConvertToInt() && version.intValue() == VERSION)) {
                problem("$.version", "version " + shown(version) + " is not supported: this program reads view-state format version "
                        + VERSION + " only");
                return null;
            }
            keys(root, "$", List.of("format", "version", "projection", "frame", "shownSystems",
                    "movedLaunchPoints", "rings", "time", "filters", "selection", "legend"), List.of("measurement"));
            ProjectionChoice projection = projection(root.get("projection"), "$.projection");
            MapFrame frame = frame(root.get("frame"), "$.frame");
            List<String> shown = shownSystems(root.get("shownSystems"), "$.shownSystems");
            Map<String, GeoPoint> moved = movedLaunchPoints(root.get("movedLaunchPoints"), "$.movedLaunchPoints");
            RingOptions rings = rings(root.get("rings"), "$.rings");
            TimeSettings time = time(root.get("time"), "$.time");
            Filters filters = filters(root.get("filters"), "$.filters");
            Selection selection = selection(root.get("selection"), "$.selection");
            Measurement measurement = root.has("measurement") ? measurement(root.get("measurement"), "$.measurement") : null;
            LegendLayout legend = legend(root.get("legend"), "$.legend");
            if (!problems().isEmpty()) {
                return null;
            }
            return build("$", () -> new ViewState(projection, frame, shown, moved, rings, time, filters, selection,
                    measurement, legend));
        }

        private ProjectionChoice projection(JsonNode node, String path) {
            if (!keys(node, path, List.of("kind", "centre"), List.of())) {
                return null;
            }
            ProjectionKind kind = constant(node.get("kind"), JsonFile.child(path, "kind"), ProjectionKind.values(),
                    ViewStateJson::name);
            GeoPoint centre = point(node.get("centre"), JsonFile.child(path, "centre"));
            return kind == null || centre == null ? null : new ProjectionChoice(kind, centre);
        }

        private MapFrame frame(JsonNode node, String path) {
            if (!keys(node, path, List.of(), List.of("fit", "centre", "metresPerPixel"))) {
                return null;
            }
            String centrePath = JsonFile.child(path, "centre");
            String scalePath = JsonFile.child(path, "metresPerPixel");
            if (node.has("fit")) {
                FitRegion fit = constant(node.get("fit"), JsonFile.child(path, "fit"), FitRegion.values(), ViewStateJson::name);
                GeoPoint centre = node.has("centre") ? point(node.get("centre"), centrePath) : null;
                if (node.has("metresPerPixel")) {
                    problemAtKey(scalePath, "'metresPerPixel' is for a frame with a centre and a scale; "
                            + "a frame that fits a region takes its scale from the map's size: leave it out");
                    return null;
                }
                return fit == null ? null : new MapFrame(fit, centre, 0);
            }
            if (!node.has("centre") || !node.has("metresPerPixel")) {
                problem(path, "the frame needs either 'fit' (e.g. \"southAsia\"), or both 'centre' and 'metresPerPixel'");
                return null;
            }
            GeoPoint centre = point(node.get("centre"), centrePath);
            Double scale = number(node.get("metresPerPixel"), scalePath);
            if (scale != null && !(scale > 0)) {
                problem(scalePath, "metresPerPixel must be more than 0 (projected metres per pixel), was "
                        + node.get("metresPerPixel"));
                return null;
            }
            return centre == null || scale == null ? null : MapFrame.at(centre, scale);
        }

        private List<String> shownSystems(JsonNode node, String path) {
            return distinctIds(node, path, "system", "shown", "name each system once", id -> null);
        }

        private Map<String, GeoPoint> movedLaunchPoints(JsonNode node, String path) {
            if (!isObject(node, path)) {
                return null;
            }
            Map<String, GeoPoint> moved = new LinkedHashMap<>();
            boolean ok = true;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = JsonFile.child(path, e.getKey());
                if (e.getKey().isBlank()) {
                    problemAtKey(at, "a country id must not be empty");
                    ok = false;
                    continue;
                }
                GeoPoint p = point(e.getValue(), at);
                if (p == null) {
                    ok = false;
                } else {
                    moved.put(e.getKey(), p);
                }
            }
            return ok ? moved : null;
        }

        private RingOptions rings(JsonNode node, String path) {
            if (!keys(node, path, List.of("bands", "claimRings", "envelopes", "naive"), List.of())) {
                return null;
            }
            Boolean bands = bool(node.get("bands"), JsonFile.child(path, "bands"));
            Boolean claimRings = bool(node.get("claimRings"), JsonFile.child(path, "claimRings"));
            Boolean envelopes = bool(node.get("envelopes"), JsonFile.child(path, "envelopes"));
            Boolean naive = bool(node.get("naive"), JsonFile.child(path, "naive"));
            if (bands == null || claimRings == null || envelopes == null || naive == null) {
                return null;
            }
            return new RingOptions(bands, claimRings, envelopes, naive);
        }

        private TimeSettings time(JsonNode node, String path) {
            if (!keys(node, path, List.of(), List.of("year", "knownInYear"))) {
                return null;
            }
            Integer[] years = new Integer[2];
            String[] names = {"year", "knownInYear"};
            boolean ok = true;
            for (int i = 0; i < 2; i++) {
                if (!node.has(names[i])) {
                    continue;
                }
                String at = JsonFile.child(path, names[i]);
                JsonNode v = node.get(names[i]);
                if (!v.isIntegralNumber()) {
                    wrongType(v, at, "a whole number (a year, e.g. 2015)");
                    ok = false;
                } else if (!v.canConvertToInt() || v.intValue() < TimeSettings.MIN_YEAR || v.intValue() > TimeSettings.MAX_YEAR) {
                    problem(at, names[i] + " must be a year from " + TimeSettings.MIN_YEAR + " to " + TimeSettings.MAX_YEAR
                            + ", was " + v + " (leave it out for no limit)");
                    ok = false;
                } else {
                    years[i] = v.intValue();
                }
            }
            return ok ? new TimeSettings(years[0], years[1]) : null;
        }

        private Filters filters(JsonNode node, String path) {
            if (!keys(node, path, List.of("search", "countries", "classes", "basings", "categories", "statuses"),
                    List.of("claimedClasses"))) {
                return null;
            }
            String search = text(node.get("search"), JsonFile.child(path, "search"));
            Set<String> countries = texts(node.get("countries"), JsonFile.child(path, "countries"));
            Set<RangeClass> classes = constants(node.get("classes"), JsonFile.child(path, "classes"), RangeClass.values(),
                    ViewStateJson::name);
            Set<Basing> basings = constants(node.get("basings"), JsonFile.child(path, "basings"), Basing.values(),
                    Basing::jsonName);
            Set<Category> categories = constants(node.get("categories"), JsonFile.child(path, "categories"),
                    Category.values(), Category::jsonName);
            Set<String> statuses = texts(node.get("statuses"), JsonFile.child(path, "statuses"));
            Set<String> claimed = node.has("claimedClasses")
                    ? texts(node.get("claimedClasses"), JsonFile.child(path, "claimedClasses")) : Set.of();
            if (search == null || countries == null || classes == null || basings == null || categories == null
                    || statuses == null || claimed == null) {
                return null;
            }
            return new Filters(search, countries, classes, basings, categories, statuses, claimed);
        }

        private Selection selection(JsonNode node, String path) {
            if (!keys(node, path, List.of(), List.of("systemId", "countryId", "placeId"))) {
                return null;
            }
            String[] ids = new String[3];
            String[] names = {"systemId", "countryId", "placeId"};
            boolean ok = true;
            for (int i = 0; i < 3; i++) {
                if (node.has(names[i])) {
                    ids[i] = id(node.get(names[i]), JsonFile.child(path, names[i]));
                    ok &= ids[i] != null;
                }
            }
            return ok ? new Selection(ids[0], ids[1], ids[2]) : null;
        }

        private Measurement measurement(JsonNode node, String path) {
            if (!keys(node, path, List.of("from", "to"), List.of())) {
                return null;
            }
            GeoPoint from = point(node.get("from"), JsonFile.child(path, "from"));
            GeoPoint to = point(node.get("to"), JsonFile.child(path, "to"));
            return from == null || to == null ? null : new Measurement(from, to);
        }

        private LegendLayout legend(JsonNode node, String path) {
            if (!keys(node, path, List.of("corner", "collapsed"), List.of())) {
                return null;
            }
            LegendCorner corner = constant(node.get("corner"), JsonFile.child(path, "corner"), LegendCorner.values(),
                    ViewStateJson::name);
            Boolean collapsed = bool(node.get("collapsed"), JsonFile.child(path, "collapsed"));
            return corner == null || collapsed == null ? null : new LegendLayout(corner, collapsed);
        }

        /** Builds a record from values already checked; a rule the checks missed is still a located problem. */
        private <T> T build(String path, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(path, "this is not a valid view state: " + e.getMessage());
                return null;
            }
        }
    }
}
