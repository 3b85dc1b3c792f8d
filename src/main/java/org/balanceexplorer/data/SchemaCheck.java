package org.balanceexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the dataset JSON Schema (draft 2020-12) to one file and says what is wrong in plain
 * words at the line and column of the offending value or key.
 *
 * <p>The schema is read once from the classpath resource {@link #RESOURCE}, whose one copy is
 * {@code data/schema/dataset-v1.schema.json} in the repository. Thread-safe.
 */
final class SchemaCheck {

    /** Classpath location of the schema. */
    static final String RESOURCE = "/org/balanceexplorer/data/dataset-v1.schema.json";

    private SchemaCheck() {
    }

    private static volatile JsonSchema schema;

    /** The compiled schema, read on first use; JsonSchema is immutable and thread-safe once built. */
    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (SchemaCheck.class) {
                s = schema;
                if (s == null) {
                    s = load();
                    schema = s;
                }
            }
        }
        return s;
    }

    private static JsonSchema load() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dataset schema " + RESOURCE + " is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the schema finds in one file, in no particular order; empty when it conforms. */
    static List<DatasetProblem> check(JsonFile file) {
        Set<ValidationMessage> messages = schema().validate(file.root());
        Set<DatasetProblem> problems = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            String evaluation = m.getEvaluationPath().toString();
            if (evaluation.contains("/oneOf/") || evaluation.contains(".oneOf[")) {
                continue; // a failed branch of an either-or: the oneOf message itself says it plainly
            }
            problems.add(toProblem(file, m));
        }
        return new ArrayList<>(problems);
    }

    private static DatasetProblem toProblem(JsonFile file, ValidationMessage m) {
        String path = path(m.getInstanceLocation());
        JsonNode node = m.getInstanceNode();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        String arg0 = args.length > 0 && args[0] != null ? String.valueOf(args[0]) : "";
        String schemaAt = String.valueOf(m.getSchemaLocation());
        String type = m.getType() == null ? "" : m.getType();
        switch (type) {
            case "required":
                return file.problem(path, "the required key '" + arg0 + "' is missing" + where(path));
            case "additionalProperties": {
                String key = m.getProperty() != null ? m.getProperty() : arg0;
                return file.problemAtKey(JsonFile.child(path, key), unknownKey(key));
            }
            case "propertyNames": {
                String key = m.getProperty() != null ? m.getProperty() : arg0;
                String keyPath = path.endsWith(JsonFile.child("", key)) ? path : JsonFile.child(path, key);
                return file.problemAtKey(keyPath, unknownKey(key));
            }
            case "false": {
                String key = lastKey(path);
                return file.problemAtKey(path, "'" + key + "' is not allowed here: 'min' and 'max' are for numbers, "
                        + "and go instead of 'value', never with it");
            }
            case "type":
                return file.problem(path, "this should be " + typeWords(args.length > 1 ? String.valueOf(args[1]) : "")
                        + ", but it is " + typeWords(arg0));
            case "enum":
                if (path.equals("$.schemaVersion")) {
                    return file.problem(path, "schemaVersion must be 1 or 2: this program reads dataset format versions"
                            + " 1 and 2 (2 adds claim checks)");
                }
                return file.problem(path, shown(node) + " is not one of: " + list(arg0));
            case "const":
                if (path.equals("$.schemaVersion")) {
                    return file.problem(path, "schemaVersion must be 1: this program reads dataset format version 1");
                }
                return file.problem(path, shown(node) + " is not the allowed value " + arg0);
            case "pattern":
                return file.problem(path, patternWords(schemaAt, shown(node)));
            case "minItems":
                if (path.endsWith(".measurements")) {
                    return file.problem(path, "a claim check needs at least one measurement");
                }
                if (path.endsWith(".ranges")) {
                    return file.problem(path, "a range comparison needs at least two ranges");
                }
                if (path.endsWith(".claims")) {
                    return file.problem(path, "there must be at least one claim: every figure and event rests on a claim");
                }
                if (path.endsWith(".basing")) {
                    return file.problem(path, "basing needs at least one of: land, sea, submarine, air");
                }
                return file.problem(path, "this list must not be empty");
            case "uniqueItems":
                return file.problem(path, "this list names the same thing twice");
            case "oneOf":
                return file.problem(path, "give either 'value', or both 'min' and 'max' (not both, not neither)");
            case "dependentRequired":
                if (String.valueOf(m.getMessage()).contains("names")) {
                    return file.problem(path, "'names' and 'namesSource' go together: names in other languages must "
                            + "say which source writes them");
                }
                return file.problem(path, "'min' and 'max' go together: give both or neither");
            default:
                return file.problem(path, "this does not follow the dataset format (" + stripPath(m.getMessage()) + ")");
        }
    }

    private static String unknownKey(String key) {
        return "'" + key + "' is not a key the dataset format knows here; check the spelling "
                + "(unknown keys are errors so that no data is silently dropped)";
    }

    private static String where(String path) {
        return path.equals("$") ? " at the top of the file" : "";
    }

    private static String lastKey(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String patternWords(String schemaAt, String value) {
        if (schemaAt.contains("/$defs/id/")) {
            return value + " is not a valid id: use lower-case letters and digits, with single '-' between parts, e.g. 'shaheen-3'";
        }
        if (schemaAt.contains("/$defs/countryCode/")) {
            return value + " is not an ISO 3166-1 alpha-3 country code: three capital letters, e.g. 'PAK'";
        }
        if (schemaAt.contains("/$defs/date/")) {
            return value + " is not a date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. '2015-03-09'";
        }
        if (schemaAt.contains("/$defs/url/")) {
            return value + " is not an http or https web address with a host name, e.g. 'https://www.dawn.com/news/1168422'";
        }
        if (schemaAt.contains("/$defs/text/") || schemaAt.endsWith("/value/pattern")) {
            return "this text must not be empty";
        }
        if (schemaAt.contains("quoteLanguage")) {
            return value + " is not a language code such as 'en', 'ur' or 'hi'";
        }
        return value + " is not written as the dataset format requires here";
    }

    private static String shown(JsonNode node) {
        if (node == null) {
            return "the value";
        }
        String s = node.isTextual() ? node.asText() : node.toString();
        if (s.length() > 60) {
            s = s.substring(0, 60) + "...";
        }
        return "'" + s + "'";
    }

    private static String list(String bracketed) {
        String s = bracketed.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.replace("\"", "");
    }

    private static String typeWords(String type) {
        String t = list(type);
        if (t.contains(",")) {
            StringBuilder b = new StringBuilder();
            for (String part : t.split(",")) {
                if (b.length() > 0) {
                    b.append(" or ");
                }
                b.append(typeWords(part.strip()));
            }
            return b.toString();
        }
        return switch (t) {
            case "string" -> "a text in double quotes";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "object" -> "an object ({ ... })";
            case "array" -> "a list ([ ... ])";
            case "boolean" -> "true or false";
            case "null" -> "null";
            default -> t;
        };
    }

    private static String stripPath(String message) {
        if (message == null) {
            return "";
        }
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    /** The JSONPath-like path of a validator location, written as {@link JsonFile} writes them. */
    static String path(JsonNodePath location) {
        String path = "$";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer n ? JsonFile.index(path, n) : JsonFile.child(path, String.valueOf(element));
        }
        return path;
    }
}
