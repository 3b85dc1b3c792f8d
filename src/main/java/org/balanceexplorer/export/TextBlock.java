package org.balanceexplorer.export;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.Surface;
import org.balanceexplorer.map.paint.TextAlign;
import org.balanceexplorer.map.paint.TextStyle;

/**
 * Paragraphs set in the export typeface round a picture (captions, sources, references), wrapped
 * to a width at spaces, a word longer than the line (an address) broken where it must. Drawn through
 * a {@link Surface}, so a PNG and a PDF page set them alike (and in a PDF they stay text).
 *
 * <p>Stateless and thread-safe.
 */
final class TextBlock {

    /** Line spacing as a multiple of the font size. */
    static final double LEADING = 1.3;

    private TextBlock() {
    }

    /** The lines a paragraph wraps into at a width. */
    static List<String> wrap(String text, TextStyle style, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (ExportFonts.measure(candidate, style).width() <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (ExportFonts.measure(rest, style).width() > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && ExportFonts.measure(rest.substring(0, cut), style).width() > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The height of some lines. */
    static double height(int lines, TextStyle style) {
        return lines * style.size() * LEADING;
    }

    /**
     * Draws lines from a top edge.
     *
     * @return the y under the last line
     */
    static double draw(Surface s, List<String> lines, double x, double top, TextStyle style, Rgba colour) {
        s.setFill(colour);
        double y = top;
        for (String line : lines) {
            double baseline = y + ExportFonts.ascent(style) + style.size() * (LEADING - 1) / 2;
            if (!line.isEmpty()) {
                s.fillText(line, x, baseline, style, TextAlign.LEFT);
            }
            y += style.size() * LEADING;
        }
        return y;
    }
}
