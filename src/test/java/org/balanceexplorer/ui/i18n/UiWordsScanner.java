package org.balanceexplorer.ui.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the string literals of Java sources that look like words a user reads. A literal is such
 * words when it holds a letter and a space ("Open source"), or starts with a capital followed by a
 * small letter ("Light"), or holds letters and is handed in the same statement to something that
 * shows text (setText, a Label, a Tooltip, setAccessibleText, a menu item...). Not words:
 * literals of statements that log, throw, name ids or style classes, look nodes up or read
 * resources; bundle keys (dotted, no space), CSS, resource paths, file names and formats.
 */
final class UiWordsScanner {

    /** A literal found: where, and its text. */
    record Finding(Path file, int line, String literal) {
        @Override
        public String toString() {
            return file + ":" + line + ": \"" + literal + "\"";
        }
    }

    private static final Pattern SINK = Pattern.compile("setText\\(|new Label\\(|new Button\\(|new Tooltip\\(|"
            + "setAccessibleText\\(|setAccessibleHelp\\(|MenuItem\\(|new Menu\\(|new Tab\\(|setPromptText\\(|"
            + "setTitle\\(|setHeaderText\\(|setContentText\\(|new CheckBox\\(|new RadioButton\\(|new ToggleButton\\(|"
            + "new Hyperlink\\(|new Text\\(|new TableColumn|setPlaceholder\\(|new TitledPane\\(|new Alert\\(");
    private static final Pattern EXEMPT_STATEMENT = Pattern.compile("LOG\\.|Logger|throw new|requireNonNull|"
            + "setId\\(|getStyleClass\\(\\)|lookup\\(|lookupAll\\(|getResource|System\\.getProperty|"
            + "Exception\\(|\\bassert\\b|I18n\\.text\\(|pseudoClass|PseudoClass|setStyle\\(|@SuppressWarnings");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*([.\\-_][A-Za-z0-9]+)*");
    private static final Pattern CAPITALISED = Pattern.compile("^[A-Z][a-z].*");
    private static final Pattern ACCELERATOR = Pattern.compile("(Shortcut|Ctrl|Alt|Shift|Meta)\\+.*");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-]+\\.(ttf|css|json|properties|png|txt)");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private UiWordsScanner() {
    }

    /** Every finding in the Java files under a folder, in file order. */
    static List<Finding> scan(Path folder) {
        List<Finding> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(scanFile(f, Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The findings of one source's text. */
    static List<Finding> scanFile(Path file, String source) {
        List<Finding> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        List<int[]> literalsAt = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
                continue;
            }
            if (c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != '\'') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                statement.append("' '");
                i = j + 1;
                continue;
            }
            if (c == '"') {
                boolean block = source.startsWith("\"\"\"", i);
                int j = block ? i + 3 : i + 1;
                StringBuilder lit = new StringBuilder();
                while (j < n) {
                    if (block ? source.startsWith("\"\"\"", j) : source.charAt(j) == '"') {
                        break;
                    }
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        lit.append(source, j, j + 2);
                        j += 2;
                        continue;
                    }
                    lit.append(source.charAt(j));
                    j++;
                }
                literals.add(lit.toString());
                literalsAt.add(new int[] {line});
                line += count(source, i, j);
                statement.append("\"\"");
                i = j + (block ? 3 : 1);
                continue;
            }
            statement.append(c);
            if (c == ';' || c == '{' || c == '}') {
                judge(file, statement.toString(), literals, literalsAt, out);
                statement.setLength(0);
                literals.clear();
                literalsAt.clear();
            }
            i++;
        }
        judge(file, statement.toString(), literals, literalsAt, out);
        return out;
    }

    private static int count(String s, int from, int to) {
        int k = 0;
        for (int i = from; i < to && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                k++;
            }
        }
        return k;
    }

    private static void judge(Path file, String statement, List<String> literals, List<int[]> at, List<Finding> out) {
        if (literals.isEmpty() || EXEMPT_STATEMENT.matcher(statement).find()) {
            return;
        }
        boolean sink = SINK.matcher(statement).find();
        for (int k = 0; k < literals.size(); k++) {
            String lit = literals.get(k);
            if (looksLikeWords(lit, sink)) {
                out.add(new Finding(file, at.get(k)[0], lit));
            }
        }
    }

    /** Whether a literal reads as words to a user (see the class's rule). */
    static boolean looksLikeWords(String lit, boolean shownInStatement) {
        if (!LETTER.matcher(lit).find() || lit.contains("-fx-") || lit.startsWith("/") || lit.startsWith("data:")
                || lit.startsWith("%") || lit.startsWith("*.") || lit.startsWith("http") || lit.startsWith(".")
                || FILE_NAME.matcher(lit).matches()) {
            return false;
        }
        if (KEY.matcher(lit).matches() && !shownInStatement) {
            return false;
        }
        if (KEY.matcher(lit).matches() && lit.contains(".")) {
            return false;
        }
        if (ACCELERATOR.matcher(lit).matches()) {
            return false;
        }
        boolean twoLetters = lit.codePoints().filter(Character::isLetter).count() >= 2;
        return twoLetters && (lit.contains(" ") || CAPITALISED.matcher(lit.replace("_", "")).matches() || shownInStatement);
    }
}
