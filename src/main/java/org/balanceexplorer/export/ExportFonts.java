package org.balanceexplorer.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.balanceexplorer.map.paint.TextMeasurer;
import org.balanceexplorer.map.paint.TextStyle;

/**
 * The one typeface of every export: DejaVu Sans, regular and bold, bundled with the program
 * (Bitstream Vera licence, which allows redistribution; decision 0013). A PNG draws it through
 * Java2D and a PDF embeds it (subset) through PDFBox, and both measure text here, so a label placed
 * for one target fits on the other, and no export depends on the fonts a machine happens to have.
 *
 * <p>It covers every name the bundled dataset holds (Latin with accents, dashes, curly quotes, the
 * warning sign the legend uses); a character it lacks (a quote in Devanagari, say) is replaced by
 * {@value #MISSING} on the map and the page, never dropped silently and never an error.
 *
 * <p>Thread safety: immutable after class initialisation; measuring is thread-safe.
 */
public final class ExportFonts {

    /** What stands for a character the typeface has no glyph for. */
    public static final char MISSING = '?';

    private static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    private static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";
    /** Unhinted, fractional metrics: the advances a PDF viewer uses, so both targets measure alike. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final byte[] REGULAR_BYTES = read(REGULAR_RESOURCE);
    private static final byte[] BOLD_BYTES = read(BOLD_RESOURCE);
    private static final Font REGULAR = awt(REGULAR_BYTES);
    private static final Font BOLD = awt(BOLD_BYTES);
    private static final Map<TextStyle, Font> SIZED = new ConcurrentHashMap<>();

    /** Measures text in the export typeface. */
    public static final TextMeasurer MEASURER = ExportFonts::measure;

    private ExportFonts() {
    }

    private static byte[] read(String resource) {
        try (InputStream in = ExportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the export typeface is missing from the program: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the export typeface " + resource, e);
        }
    }

    private static Font awt(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the export typeface cannot be read", e);
        }
    }

    /** The TrueType file of the regular or bold face (a copy), for embedding in a PDF. */
    static byte[] trueType(boolean bold) {
        return (bold ? BOLD_BYTES : REGULAR_BYTES).clone();
    }

    /** The Java2D font of a text style. */
    static Font font(TextStyle style) {
        return SIZED.computeIfAbsent(style, s -> (s.bold() ? BOLD : REGULAR).deriveFont((float) s.size()));
    }

    /** Whether the typeface has a glyph for every character of the text (bold and regular cover the same). */
    public static boolean covers(String text) {
        return REGULAR.canDisplayUpTo(text) < 0 && BOLD.canDisplayUpTo(text) < 0;
    }

    /** The text with each character the typeface lacks replaced by {@value #MISSING}. */
    public static String printable(String text) {
        if (covers(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (REGULAR.canDisplay(cp) && BOLD.canDisplay(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(MISSING);
            }
        });
        return b.toString();
    }

    /**
     * The size of a line of text as both export targets draw it.
     *
     * @return its advance width and its line height (ascent, descent and leading), pixels or points
     */
    public static TextMeasurer.TextSize measure(String text, TextStyle style) {
        Font f = font(style);
        String t = printable(text);
        Rectangle2D bounds = f.getStringBounds(t, CONTEXT);
        LineMetrics m = f.getLineMetrics(t.isEmpty() ? " " : t, CONTEXT);
        return new TextMeasurer.TextSize(bounds.getWidth(), m.getAscent() + m.getDescent() + m.getLeading());
    }

    /** The distance from a line's top to its baseline. */
    static double ascent(TextStyle style) {
        return font(style).getLineMetrics("Ag", CONTEXT).getAscent();
    }
}
