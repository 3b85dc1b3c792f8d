package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.balanceexplorer.model.GeoPoint;

/**
 * Reads values out of one parsed JSON file of a small fixed format (a view state, a lecture),
 * collecting located, plain-worded problems instead of stopping at the first: each method gives
 * the value, or null after recording why it is wrong. A subclass walks its format's keys with these
 * methods and builds its record only when {@link #problems()} is empty.
 *
 * <h2>Errors</h2>
 * Every problem names the file, line, column and JSON path of the value (or of the key, for a key
 * that should not be there). A value a message quotes is cut to its first {@value #SHOWN_MAX}
 * characters ({@link #shown}), so a message stays a line, whatever the file holds. A missing required key is reported once, by {@link #keys}; the value
 * readers pass over an absent value ({@code null} node) in silence.
 *
 * <h2>Thread safety</h2>
 * Not thread-safe: one reader per file and thread.
 */
class JsonTreeReader {
    /** The most characters of a value a message quotes (about one line). */
    static final int SHOWN_MAX = 80;

    private final JsonFile file;
    private final String formatName;
    private final List<DatasetProblem> problems = new ArrayList<>();

    /**
     * @param file       the parsed file
     * @param formatName how an unknown key's message names the format, e.g. "view-state format"
     */
    JsonTreeReader(JsonFile file, String formatName) {
        this.file = file;
        this.formatName = formatName;
    }

    /**
     * A value as a message quotes it: whole when short, otherwise its first {@value #SHOWN_MAX}
     * characters and its length (a value in a file can be megabytes long).
     */
    static String shown(Object value) {
        String s = String.valueOf(value);
        if (s.codePointCount(0, s.length()) <= SHOWN_MAX) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, SHOWN_MAX)) + "\u2026 (" + s.codePointCount(0, s.length())
                + " characters)";
    }

    /** The file being read. */
    final JsonFile file() {
        return file;
    }

    /** The problems found so far, in the order found. */
    final List<DatasetProblem> problems() {
        return problems;
    }

    final GeoPoint point(JsonNode node, String path) {
        if (!keys(node, path, List.of("latDeg", "lonDeg"), List.of())) {
            return null;
        }
        String latPath = JsonFile.child(path, "latDeg");
        String lonPath = JsonFile.child(path, "lonDeg");
        Double lat = number(node.get("latDeg"), latPath);
        Double lon = number(node.get("lonDeg"), lonPath);
        if (lat != null && !(lat >= -90 && lat <= 90)) {
            problem(latPath, "latDeg must be in [-90, 90] degrees, was " + node.get("latDeg"));
            lat = null;
        }
        if (lon != null && !(lon >= -180 && lon <= 180)) {
            problem(lonPath, "lonDeg must be in [-180, 180] degrees, was " + node.get("lonDeg"));
            lon = null;
        }
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    final <E extends Enum<E>> E constant(JsonNode node, String path, E[] values, Function<E, String> name) {
        String s = text(node, path);
        if (s == null) {
            return null;
        }
        for (E v : values) {
            if (name.apply(v).equals(s)) {
                return v;
            }
        }
        problem(path, "'" + shown(s) + "' is not one of: " + Arrays.stream(values).map(name).collect(Collectors.joining(", ")));
        return null;
    }

    final <E extends Enum<E>> Set<E> constants(JsonNode node, String path, E[] values, Function<E, String> name) {
        List<JsonNode> items = array(node, path);
        if (items == null) {
            return null;
        }
        Set<E> out = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String at = JsonFile.index(path, i);
            E v = constant(items.get(i), at, values, name);
            if (v == null) {
                ok = false;
            } else if (!out.add(v)) {
                problem(at, "'" + name.apply(v) + "' is listed twice; name each once");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    final Set<String> texts(JsonNode node, String path) {
        List<JsonNode> items = array(node, path);
        if (items == null) {
            return null;
        }
        Set<String> out = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String at = JsonFile.index(path, i);
            String s = id(items.get(i), at);
            if (s == null) {
                ok = false;
            } else if (!out.add(s)) {
                problem(at, "'" + shown(s) + "' is listed twice; name each once");
                ok = false;
            }
        }
        return ok ? out : null;
    }

    /**
     * A list of ids, each named once, in their order: every id a non-blank text that {@code check}
     * finds nothing wrong with, none repeated ("the system 'x' is shown twice (also at $.a[0]); name
     * each system once").
     *
     * @param noun   what an id names, e.g. "system"
     * @param used   what the list does with it, e.g. "shown"
     * @param advice what to do about a repeat, e.g. "name each system once"
     * @param check  the problem with an id's form, or null when there is none
     */
    final List<String> distinctIds(JsonNode node, String path, String noun, String used, String advice,
                                   Function<String, String> check) {
        List<JsonNode> items = array(node, path);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Map<String, Integer> first = new java.util.LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            String at = JsonFile.index(path, i);
            String id = id(items.get(i), at);
            String wrong = id == null ? null : check.apply(id);
            if (id == null) {
                ok = false;
            } else if (wrong != null) {
                problem(at, wrong);
                ok = false;
            } else if (first.putIfAbsent(id, i) != null) {
                problem(at, "the " + noun + " '" + shown(id) + "' is " + used + " twice (also at "
                        + JsonFile.index(path, first.get(id)) + "); " + advice);
                ok = false;
            } else {
                out.add(id);
            }
        }
        return ok ? out : null;
    }

    /** A text that must hold more than blank space. */
    final String id(JsonNode node, String path) {
        String s = text(node, path);
        if (s != null && s.isBlank()) {
            problem(path, "this text must not be empty");
            return null;
        }
        return s;
    }

    final String text(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            wrongType(node, path, "a text in double quotes");
            return null;
        }
        return node.asText();
    }

    final Double number(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(node, path, "a number");
            return null;
        }
        return node.doubleValue();
    }

    final Boolean bool(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            wrongType(node, path, "true or false");
            return null;
        }
        return node.booleanValue();
    }

    final List<JsonNode> array(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            wrongType(node, path, "a list ([ ... ])");
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    final boolean isObject(JsonNode node, String path) {
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            wrongType(node, path, "an object ({ ... })");
            return false;
        }
        return true;
    }

    /**
     * Checks that {@code node} is an object with every required key and no key outside both
     * lists; reports each missing key at the object and each unknown key at the key. Gives
     * whether it is an object at all: the keys present are then read (a missing key is
     * reported here once, so the value readers pass over an absent value in silence).
     */
    final boolean keys(JsonNode node, String path, List<String> required, List<String> optional) {
        if (!isObject(node, path)) {
            return false;
        }
        for (String key : required) {
            if (!node.has(key)) {
                problem(path, "the required key '" + key + "' is missing"
                        + (path.equals("$") && file.isWhole() ? " at the top of the file" : ""));
            }
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            if (!required.contains(key) && !optional.contains(key)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                problemAtKey(JsonFile.child(path, key), "'" + shown(key) + "' is not a key the " + formatName + " knows here "
                        + "(known: " + String.join(", ", known) + "); check the spelling");
            }
        }
        return true;
    }

    final void wrongType(JsonNode node, String path, String wanted) {
        problem(path, "this should be " + wanted + ", but it is " + kind(node));
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a text";
            case NUMBER -> node.isIntegralNumber() ? "a whole number" : "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null (leave an optional key out instead)";
            case ARRAY -> "a list ([ ... ])";
            case OBJECT -> "an object ({ ... })";
            default -> "something else";
        };
    }

    final void problem(String path, String message) {
        problems.add(file.problem(path, message));
    }

    final void problemAtKey(String path, String message) {
        problems.add(file.problemAtKey(path, message));
    }
}
