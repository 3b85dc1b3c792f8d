package org.balanceexplorer.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed dataset file: a Jackson tree plus the line and column of every value and every key,
 * recorded by path while a streaming parser reads the text. The stock {@code JsonNode} tree keeps
 * no locations; this is what lets schema and semantic problems point at a line and column.
 *
 * <p>Paths are JSONPath-like: {@code $}, {@code $.systems[0].figures.rangeKm}; a key that is not a
 * plain name is written {@code $['odd key']}.
 *
 * <p>Not thread-safe while being built; immutable in use after {@link #parse}.
 */
final class JsonFile {

    /** Largest file read, in bytes (10 MB, as docs/data-format.md says). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    /** Deepest nesting of objects and arrays accepted; real files need 6 levels. */
    static final int MAX_DEPTH = 64;
    /** Most digits a number may have; real figures have fewer than 10. */
    static final int MAX_NUMBER_DIGITS = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern RECORD = Pattern.compile("^\\$\\.(sources|countries|places|systems|events|claimChecks)\\[(\\d+)\\]");

    /** Where a value or key starts: 1-based line and column. */
    record Location(int line, int column) {
        static final Location UNKNOWN = new Location(0, 0);
    }

    /** What {@link #parse} gives: a file, or the one problem that stopped reading it. */
    record Outcome(JsonFile file, DatasetProblem problem) {
    }

    private final String name;
    private final Map<String, Location> valueLocations = new HashMap<>();
    private final Map<String, Location> keyLocations = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    private ObjectNode root;
    /** For a {@link #subtree}, the path of its root in the whole file; {@code null} for a whole file. */
    private String base;

    private JsonFile(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    ObjectNode root() {
        return root;
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads a file's bytes as strict UTF-8 JSON holding one object.
     *
     * @param name  the file name used in problems
     * @param bytes the whole file, at most {@link #MAX_BYTES}
     */
    static Outcome parse(String name, byte[] bytes) {
        return parse(name, bytes, "{ \"schemaVersion\": 1 }");
    }

    /**
     * Reads a file's bytes as strict UTF-8 JSON holding one object.
     *
     * @param name    the file name used in problems
     * @param bytes   the whole file, at most {@link #MAX_BYTES}
     * @param example the smallest object such a file holds, shown when the file is empty
     */
    static Outcome parse(String name, byte[] bytes, String example) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return failed(name, 1, 1, "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM");
        }
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), chars, true);
        if (result.isError()) {
            chars.flip();
            Location at = locationAfter(chars);
            return failed(name, at.line(), at.column(),
                    "the file is not valid UTF-8 text at line " + at.line() + " column " + at.column()
                            + "; save it with the UTF-8 encoding");
        }
        decoder.flush(chars);
        chars.flip();
        String text = chars.toString();
        if (text.isBlank()) {
            return failed(name, 1, 1, text.isEmpty()
                    ? "the file is empty; it must hold one JSON object, e.g. " + example
                    : "the file holds only blank space; it must hold one JSON object, e.g. " + example);
        }
        JsonFile file = new JsonFile(name);
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            Location start = location(p.currentTokenLocation());
            if (first != JsonToken.START_OBJECT) {
                return failed(name, start.line(), start.column(),
                        "the file must hold one JSON object ({ ... }), but it holds " + describe(first));
            }
            file.root = (ObjectNode) file.read(p, "$", null);
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                Location at = start(e, e.getLocation() == null ? p.currentLocation() : e.getLocation());
                return failed(name, at.line(), at.column(), TRAILING);
            }
            if (after != null) {
                return trailing(name, p.currentTokenLocation());
            }
            return new Outcome(file, null);
        } catch (Refused e) {
            return new Outcome(null, new DatasetProblem(name, e.at.line(), e.at.column(), e.path, null, e.problem));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            if (where == null && parser != null) {
                // Limits (nesting, number length) are reported without a location; the parser has
                // already marked the start of the token that broke the limit.
                where = parser.currentTokenLocation();
            }
            Location at = start(e, where);
            boolean endedEarly = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input");
            String path = parser == null || endedEarly ? "$" : contextPath(parser.getParsingContext());
            return new Outcome(null, new DatasetProblem(name, at.line(), at.column(), path, null,
                    JsonMessages.plain(e.getOriginalMessage())));
        } catch (IOException e) {
            return new Outcome(null, DatasetProblem.ofFile(name, "the file could not be read"));
        }
    }

    private static final String TRAILING =
            "there is more text after the end of the JSON object; a file holds exactly one object";
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized token|Non-standard token) '(.*?)'");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*?)[\"']");

    private static Outcome trailing(String name, JsonLocation where) {
        Location at = location(where);
        return failed(name, at.line(), at.column(), TRAILING);
    }

    /**
     * Where the offending text starts. The parser reports some errors at the end of the word or
     * key it read ("hello", "NaN", a duplicate key); point at its first character instead.
     */
    private static Location start(JsonProcessingException e, JsonLocation where) {
        Location at = location(where);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher m = TOKEN.matcher(message);
        int length = -1;
        if (m.find()) {
            length = m.group(1).length();
        } else if ((m = DUPLICATE_KEY.matcher(message)).find()) {
            length = m.group(1).length() + 2;
        }
        if (length > 0 && at.column() - length >= 1) {
            return new Location(at.line(), at.column() - length);
        }
        return at;
    }

    private static Outcome failed(String name, int line, int column, String message) {
        return new Outcome(null, new DatasetProblem(name, line, column, "$", null, message));
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list ([ ... ])";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** Longest path given for a syntax error; deeper ones (absurd nesting) are given as {@code $}. */
    private static final int MAX_CONTEXT_PATH = 200;

    /** The path of the value the parser was reading when it stopped. */
    private static String contextPath(JsonStreamContext context) {
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = "$";
        JsonStreamContext parent = null;
        for (JsonStreamContext c : chain) {
            if (parent != null) {
                path = parent.inArray() ? index(path, Math.max(0, parent.getCurrentIndex()))
                        : parent.getCurrentName() == null ? path : child(path, parent.getCurrentName());
            }
            parent = c;
            if (path.length() > MAX_CONTEXT_PATH) {
                return "$";
            }
        }
        if (parent != null && parent.inObject() && parent.getCurrentName() != null) {
            path = child(path, parent.getCurrentName());
        } else if (parent != null && parent.inArray() && parent.getEntryCount() > 0) {
            path = index(path, parent.getCurrentIndex());
        }
        return path.length() > MAX_CONTEXT_PATH ? "$" : path;
    }

    /** Line and column just after the decoded text, i.e. where decoding stopped. */
    private static Location locationAfter(CharBuffer decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.limit(); i++) {
            char c = decoded.get(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Location(line, column);
    }

    private static Location location(JsonLocation l) {
        if (l == null) {
            return Location.UNKNOWN;
        }
        return new Location(Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    /** Reads the value at the current token, recording its location and those of everything inside. */
    private JsonNode read(JsonParser p, String path, String parent) throws IOException {
        Location at = location(p.currentTokenLocation());
        valueLocations.put(path, at);
        if (parent != null) {
            parents.put(path, parent);
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = child(path, key);
                    keyLocations.put(child, location(p.currentTokenLocation()));
                    refuseLoneSurrogate(key, location(p.currentTokenLocation()), child, "key");
                    p.nextToken();
                    object.set(key, read(p, child, path));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, index(path, i++), path));
                }
                return array;
            }
            case VALUE_STRING: {
                String text = p.getText();
                refuseLoneSurrogate(text, at, path, "text");
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT: {
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    BigInteger big = p.getBigIntegerValue();
                    if (!Double.isFinite(big.doubleValue())) {
                        throw Refused.tooLarge(p.getText(), at, path);
                    }
                    return nodes.numberNode(big);
                }
                return nodes.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    throw Refused.tooLarge(p.getText(), at, path);
                }
                return nodes.numberNode(d);
            }
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + p.currentToken());
        }
    }

    /**
     * A text (or key) holding a UTF-16 surrogate with no partner, as a {@code \\ud800} escape can
     * write: it is no character at all, would print as "?" and cannot be saved as UTF-8.
     */
    private static void refuseLoneSurrogate(String text, Location at, String path, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refused(String.format(Locale.ROOT, "this %s holds a lone UTF-16 surrogate (\\u%04x at "
                        + "character %d), which is not a character: remove the escape, or write the character "
                        + "itself", what, (int) c, i + 1), at, path);
            }
        }
    }

    /** Thrown inside parsing when a value cannot be taken: a number that does not fit a double, a lone surrogate. */
    private static final class Refused extends RuntimeException {
        private final String problem;
        private final Location at;
        private final String path;

        Refused(String problem, Location at, String path) {
            super(null, null, false, false);
            this.problem = problem;
            this.at = at;
            this.path = path;
        }

        static Refused tooLarge(String text, Location at, String path) {
            return new Refused("the number " + (text.length() > 20 ? text.substring(0, 20) + "..." : text)
                    + " is too large", at, path);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Paths and locations

    static String child(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path + "." + key;
        }
        return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** Where the value at {@code path} starts; for a path with no value, its nearest recorded parent. */
    Location valueLocation(String path) {
        String p = path;
        while (p != null) {
            Location at = valueLocations.get(p);
            if (at != null) {
                return at;
            }
            p = parents.get(p);
        }
        return Location.UNKNOWN;
    }

    /** Where the key of the value at {@code path} starts, or where the value starts when it has no key. */
    Location keyLocation(String path) {
        Location at = keyLocations.get(path);
        return at != null ? at : valueLocation(path);
    }

    /** The id of the top-level record {@code path} lies in, or {@code null}. */
    String recordId(String path) {
        Matcher m = RECORD.matcher(path);
        if (!m.find()) {
            return null;
        }
        JsonNode record = root.path(m.group(1)).path(Integer.parseInt(m.group(2)));
        JsonNode id = record.path("id");
        return id.isTextual() ? id.asText() : null;
    }

    /** The singular word for the kind of top-level record {@code path} lies in, or {@code null}. */
    static String recordKind(String path) {
        Matcher m = RECORD.matcher(path);
        if (!m.find()) {
            return null;
        }
        return switch (m.group(1)) {
            case "sources" -> "source";
            case "countries" -> "country";
            case "places" -> "place";
            case "systems" -> "system";
            case "claimChecks" -> "claim check";
            default -> "event";
        };
    }

    /** A problem at the value of {@code path}, naming the enclosing record. */
    DatasetProblem problem(String path, String message) {
        return at(path, valueLocation(path), message);
    }

    /** A problem at the key of {@code path} (for keys that should not be there). */
    DatasetProblem problemAtKey(String path, String message) {
        return at(path, keyLocation(path), message);
    }

    /** "file:line:column" of the value at {@code path}, for messages that point elsewhere. */
    String place(String path) {
        Location at = valueLocation(path);
        return name + ":" + at.line() + ":" + at.column();
    }

    private DatasetProblem at(String path, Location where, String message) {
        String id = recordId(path);
        String text = id == null ? message : "in " + recordKind(path) + " '" + id + "': " + message;
        String shown = base == null ? path : base + path.substring(1);
        return new DatasetProblem(name, where.line(), where.column(), shown, id, text);
    }

    /**
     * The object at {@code path} as a file of its own, for reading a format embedded in another (a
     * view state in a scene or a lecture): its paths start at {@code $} again, while the problems it
     * makes give the whole file's name, lines, columns and paths.
     *
     * @param path where the object is, e.g. {@code $.scenes[2].view}
     * @param node the object at {@code path}
     */
    JsonFile subtree(String path, ObjectNode node) {
        JsonFile sub = new JsonFile(name);
        sub.root = node;
        sub.base = base == null ? path : base + path.substring(1);
        rebase(valueLocations, sub.valueLocations, path);
        rebase(keyLocations, sub.keyLocations, path);
        parents.forEach((child, parent) -> {
            if (inside(child, path) && inside(parent, path)) {
                sub.parents.put("$" + child.substring(path.length()), "$" + parent.substring(path.length()));
            }
        });
        return sub;
    }

    /** Whether this is a whole file rather than a {@link #subtree}. */
    boolean isWhole() {
        return base == null;
    }

    private static <V> void rebase(Map<String, V> from, Map<String, V> to, String path) {
        from.forEach((p, v) -> {
            if (inside(p, path)) {
                to.put("$" + p.substring(path.length()), v);
            }
        });
    }

    private static boolean inside(String p, String path) {
        return p.startsWith(path) && (p.length() == path.length() || p.charAt(path.length()) == '.'
                || p.charAt(path.length()) == '[');
    }

}
