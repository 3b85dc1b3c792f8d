package org.balanceexplorer.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Urdu sentences that embed Latin text and numbers keep their order on screen. JavaFX (21, Linux)
 * lays out right-to-left text with java.text.Bidi, but draws a character the window's Urdu typeface
 * lacks from a fallback typeface, and such a character inside a right-to-left run comes out
 * unmirrored and out of place: with Noto Naskh Arabic (no brackets, middle dot or ellipsis) the
 * status bar's credit line read ")de facto(" with its brackets at the wrong ends. Bidi control
 * characters do not help: JavaFX draws U+2068/U+2069 (isolates) and U+200F (right-to-left mark) as
 * boxes. The app's Urdu face, Explorer Naskh, is therefore Noto Naskh Arabic with that punctuation
 * added (src/packaging/fonts/merge-naskh.py).
 *
 * <p>The rule checked: in every Urdu text of the bundle, with Latin names and numbers (Latin and
 * Urdu digits) as arguments, every character Bidi puts at a right-to-left level is one the Urdu
 * typeface has, and no bidi control character is left for JavaFX to draw.
 */
class UrduStatusLineTest {

    /** The header that opens this area's section in each bundle. */
    static final String SECTION = "(i18n-c) ----";
    /** The status bar's own keys, from before this area's section. */
    static final List<String> STATUS_BAR = List.of("app.attribution", "status.joined", "status.accessible");
    static final Path URDU = Path.of("src/main/resources/org/balanceexplorer/ui/i18n/messages_ur.properties");

    private static Font urduFace;

    @BeforeAll
    static void readTheUrduTypeface() throws Exception {
        try (InputStream in = UrduStatusLineTest.class.getResourceAsStream(
                "/org/balanceexplorer/ui/fonts/ExplorerNaskh-Regular.ttf")) {
            urduFace = Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    @AfterEach
    void backToEnglish() {
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
    }

    /** The characters of a text that a right-to-left paragraph puts at a right-to-left level and the face lacks. */
    static String misplacedInRightToLeft(String text, Font face) {
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((bidi.getLevelAt(i) & 1) == 1 && !Character.isWhitespace(c) && !face.canDisplay(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasBidiControl(String text) {
        return text.chars().anyMatch(c -> c == 0x200e || c == 0x200f || c == 0x061c || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069));
    }

    /** This area's keys (its section of the Urdu bundle) and the status bar's. */
    static List<String> keys() throws IOException {
        List<String> keys = new ArrayList<>(STATUS_BAR);
        boolean in = false;
        for (String line : Files.readAllLines(URDU, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                in = in || line.contains(SECTION);
            } else if (in && line.contains("=")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    /** Arguments for a key's pattern: numbers where it formats numbers, else a name with a figure, as the status bar embeds them. */
    static Object[] sampleArguments(String key) {
        if (key.equals("point.userChosen")) {
            // Its words are the app's own (north, east), not Latin text.
            return new Object[] {24.86, I18n.text("point.north"), 67.01, I18n.text("point.east")};
        }
        Format[] formats = new MessageFormat(patternOf(key), Locale.ROOT)
                .getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = formats[i] != null ? (Object) 2010 : "Shaheen-III, 2,750 km, initial bearing 45.0\u00b0";
        }
        return args;
    }

    private static String patternOf(String key) {
        return java.util.ResourceBundle.getBundle(I18n.BUNDLE, Locale.forLanguageTag("ur")).getString(key);
    }

    @Test
    void theHelperFindsWhatTheBugWas() {
        // The credit line as it was, brackets around Urdu and around Latin after Urdu, and the middle
        // dot: Noto Naskh Arabic lacked "()()··"; the app's face has them all.
        String before = "بنیادی نقشہ: Natural Earth (پبلک ڈومین)، عملی (de facto) سرحدیں · مقامات: GeoNames (CC BY 4.0) · ہر عدد";
        assertThat(misplacedInRightToLeft(before, urduFace)).isEmpty();
        // A star the face lacks, between Urdu words, would be misplaced: the check finds it.
        assertThat(misplacedInRightToLeft("\u0627\u0631\u062f\u0648 \u2605 \u0627\u0631\u062f\u0648", urduFace))
                .isEqualTo("\u2605");
        // Brackets inside Latin text are laid out left to right: no harm.
        assertThat(misplacedInRightToLeft("مقامات: GeoNames (CC BY 4.0)؛ ہر عدد", urduFace)).isEmpty();
        assertThat(hasBidiControl("a\u2068b\u2069")).isTrue();
        assertThat(hasBidiControl("GeoNames (CC BY 4.0)")).isFalse();
    }

    @Test
    void everyUrduTextKeepsItsOrderWithLatinAndUrduDigits() throws IOException {
        List<String> keys = allKeys();
        assertThat(keys).hasSizeGreaterThan(500);
        List<String> misplaced = new ArrayList<>();
        for (Settings.Digits digits : Settings.Digits.values()) {
            I18n.use(Settings.Language.UR, digits);
            for (String key : keys) {
                String text = I18n.text(key, sampleArguments(key));
                if (!misplacedInRightToLeft(text, urduFace).isEmpty() || hasBidiControl(text)) {
                    misplaced.add(key + " (" + digits + "): " + text);
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    /** Every key of the Urdu bundle. */
    static List<String> allKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(URDU, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && line.contains("=") && !line.isBlank()) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    @Test
    void theStatusLineInUrduReadsWithUrduDigits() {
        I18n.use(Settings.Language.UR, Settings.Digits.NATIVE);
        String status = I18n.text("status.ringsShown", 2) + I18n.text("status.tickedAbsent", 1, 2010);
        assertThat(status).isEqualTo("۲ دائرے دکھائے گئے؛ ۱ نشان زدہ نظام سنہ ۲۰۱۰ میں نقشے پر نہیں، وجہ ساتھ والا پینل بتاتا ہے");
        assertThat(misplacedInRightToLeft(status, urduFace)).isEmpty();
        I18n.use(Settings.Language.EN, Settings.Digits.NATIVE);
        assertThat(I18n.text("status.ringsShown", 1) + I18n.text("status.tickedAbsent", 2, 2010))
                .isEqualTo("1 ring shown; 2 ticked systems not on the map in 2010 (the side panel says why)");
    }
}
