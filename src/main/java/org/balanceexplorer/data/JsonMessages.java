package org.balanceexplorer.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON parser's messages into plain words. The parser's own words name Java features
 * ("enable `JsonReadFeature...`") and character codes; a student needs to know what to change.
 * Stateless and thread-safe.
 */
final class JsonMessages {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.*?)' \\(code \\d+\\)\\)(?::\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"'](.*?)[\"']");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'");

    private JsonMessages() {
    }

    static String plain(String original) {
        String m = original == null ? "" : original;
        Matcher x;
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends before the JSON data is complete: a closing }, ] or \" is missing";
        }
        if ((x = DUPLICATE.matcher(m)).find()) {
            return "the key '" + x.group(1) + "' appears twice in the same object; keep one";
        }
        if (m.contains("nesting depth")) {
            return "the data is nested more than " + JsonFile.MAX_DEPTH + " levels deep here; a dataset file never needs that";
        }
        if (m.startsWith("Number value length") || m.startsWith("Number length")) {
            return "a number here has more than " + JsonFile.MAX_NUMBER_DIGITS + " digits";
        }
        if ((x = NON_STANDARD.matcher(m)).find()) {
            return "'" + x.group(1) + "' is not a number JSON allows; write an ordinary number";
        }
        if ((x = UNRECOGNIZED.matcher(m)).find()) {
            String token = x.group(1);
            if (token.equals("NaN") || token.endsWith("Infinity")) {
                return "'" + token + "' is not a number JSON allows; write an ordinary number";
            }
            return "'" + shorten(token) + "' is not a JSON value; text must be in double quotes, and true, false and null in lower case";
        }
        if ((x = CLOSE_MARKER.matcher(m)).find()) {
            return "unexpected '" + x.group(1) + "': it does not close anything that is open here";
        }
        if ((x = ESCAPE.matcher(m)).find()) {
            return "'\\" + x.group(1) + "' is not a valid escape in a text; write \\\\ for a backslash";
        }
        if (m.startsWith("Illegal unquoted character")) {
            return "a text contains a line break or control character; write it as an escape such as \\n";
        }
        if (m.startsWith("Invalid numeric value") || m.contains("Leading zeroes") || m.contains("Leading zero")) {
            return "this number is not written as JSON allows (no leading zeros, no '+', digits on both sides of '.')";
        }
        if ((x = UNEXPECTED_CHAR.matcher(m)).find()) {
            String c = x.group(1);
            String why = x.group(2) == null ? "" : x.group(2);
            String shown = c.isBlank() || c.chars().anyMatch(Character::isISOControl) ? "a control character" : "'" + c + "'";
            if (c.equals("'")) {
                return "unexpected \"'\": JSON texts and keys use double quotes";
            }
            if (why.contains("comment")) {
                return "unexpected " + shown + ": JSON does not allow comments";
            }
            if (why.contains("double-quote to start field name")) {
                return "unexpected " + shown + ": expected a key in double quotes (JSON allows no comma before })";
            }
            if (why.contains("comma to separate Object")) {
                return "unexpected " + shown + ": expected a comma or } after the value";
            }
            if (why.contains("comma to separate Array")) {
                return "unexpected " + shown + ": expected a comma or ] after the value";
            }
            if (why.contains("colon")) {
                return "unexpected " + shown + ": expected a colon after the key";
            }
            return "unexpected " + shown + ": expected a value (a number, a text in double quotes, true, false, null, an object or a list)";
        }
        return "this is not valid JSON here";
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "..." : s;
    }
}
