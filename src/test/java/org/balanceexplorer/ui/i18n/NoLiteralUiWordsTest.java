package org.balanceexplorer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No view speaks English in its source: every word a user reads comes from the bundles
 * ({@code ui/i18n/messages*.properties}) through {@code ui.I18n}. {@link UiWordsScanner} says what
 * looks like words.
 */
class NoLiteralUiWordsTest {

    static final Path UI = Path.of("src/main/java/org/balanceexplorer/ui");

    /** Literals that look like words but are not the app's words to translate, each with why. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            // Family names of the shipped typefaces, as the font files name them.
            "Fonts.java", Set.of("Explorer Naskh", "Noto Sans Devanagari"),
            // Names of the shipped libraries and of their licences, as their authors write them.
            "help/HelpMenu.java", Set.of("OpenJFX (JavaFX)", "GPL v2 with the Classpath Exception", "ControlsFX",
                    "BSD 3-Clause", "Apache SIS", "Apache License 2.0", "JTS Topology Suite",
                    "Eclipse Public License 2.0 or Eclipse Distribution License 1.0", "Jackson",
                    "networknt JSON Schema Validator"));

    /**
     * Views whose words are still in English in their source: none is left. Kept (empty) so that a
     * view that must stay unconverted for a while is listed by name, and the test below fails on
     * a listed file that holds no such words.
     */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    private static String name(Path file) {
        return UI.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void noConvertedViewHoldsALiteralUiString() {
        List<String> found = UiWordsScanner.scan(UI).stream()
                .filter(f -> !NOT_YET_CONVERTED.contains(name(f.file())))
                .filter(f -> !ALLOWED.getOrDefault(name(f.file()), Set.of()).contains(f.literal()))
                .map(Object::toString).toList();
        assertThat(found).as("words in views' sources: move them to ui/i18n/messages*.properties").isEmpty();
    }

    @Test
    void everyViewListedAsNotYetConvertedStillHoldsWordsAndExists() {
        Set<String> withWords = UiWordsScanner.scan(UI).stream().map(f -> name(f.file()))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String listed : NOT_YET_CONVERTED) {
            assertThat(Files.exists(UI.resolve(listed))).as(listed).isTrue();
            assertThat(withWords).as("%s is converted: take it off NOT_YET_CONVERTED", listed).contains(listed);
        }
    }

    @Test
    void theScannerSeesWordsAndLeavesIdsKeysAndLogsAlone() {
        List<UiWordsScanner.Finding> f = UiWordsScanner.scanFile(Path.of("X.java"), String.join("\n",
                "class X {",
                "  void a() { label.setText(\"Open source\"); }",
                "  void b() { item = new MenuItem(\"_Quit\"); }",
                "  void c() { box.setId(\"show-bands\"); getStyleClass().add(\"muted\"); }",
                "  void d() { LOG.warning(\"could not read the file\"); }",
                "  void e() { label.setText(I18n.text(\"tab.claims\")); }",
                "  // \"Words in a comment\"",
                "  void f() { button.setText(\"shown\"); }",
                "}"));
        assertThat(f).extracting(UiWordsScanner.Finding::literal).containsExactly("Open source", "_Quit", "shown");
    }
}
