package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and paints the legend: a panel in a corner of the map (or only its title bar when
 * collapsed), never taller than the map (it is cut at its far end rather than run off the view).
 * Ring entries flow side by side; keys and notes wrap at {@link #WRAP_WIDTH}.
 */
public final class LegendPainter {

    /** The width text wraps at, pixels. */
    public static final double WRAP_WIDTH = 380;
    static final double PADDING = 8;
    static final double MARGIN = 10;
    static final double ROW_GAP = 4;
    static final double SWATCH = 18;
    static final TextStyle TITLE = TextStyle.bold(12);
    static final TextStyle TEXT = TextStyle.regular(12);
    static final TextStyle SMALL = TextStyle.regular(11);

    private LegendPainter() {
    }

    /**
     * A row placed: its text lines and where they go.
     *
     * @param row   the row
     * @param lines its text, wrapped
     * @param box   the room it takes (swatch included)
     */
    public record Item(Legend.Row row, List<String> lines, Box box) {
    }

    /**
     * The legend laid out.
     *
     * @param frame     the panel's room in the view (labels keep clear of it)
     * @param titleBar  the title's room: clicking it collapses or expands the legend
     * @param collapsed whether only the title bar is shown
     * @param title     the legend's title
     * @param items     the rows shown, in order (none when collapsed; rows past the map's height are left out)
     */
    public record Layout(Box frame, Box titleBar, boolean collapsed, String title, List<Item> items) {
        public Layout {
            items = List.copyOf(items);
        }

        /** The texts of the rows of one kind, in order. */
        public List<String> texts(Legend.Kind kind) {
            return items.stream().filter(i -> i.row().kind() == kind).map(i -> String.join(" ", i.lines())).toList();
        }
    }

    /**
     * Lays the legend out in a corner of a view.
     *
     * @param right     whether it stands at the right edge (else the left)
     * @param bottom    whether it stands at the bottom (else the top)
     * @param collapsed whether only its title bar is shown
     */
    public static Layout layout(Legend legend, double viewWidth, double viewHeight, boolean right, boolean bottom,
                                boolean collapsed, TextMeasurer m) {
        double lineH = m.measure("Ag", TEXT).height();
        String title = legend.title() + (collapsed ? "  \u25b8" : "  \u25be");
        double titleW = m.measure(title, TITLE).width();
        double maxHeight = Math.max(0, viewHeight - 2 * MARGIN);
        List<Item> items = new ArrayList<>();
        double y = PADDING + lineH + ROW_GAP;
        double width = titleW;
        double flowX = -1;
        double flowY = 0;
        if (!collapsed) {
            for (Legend.Row row : legend.rows()) {
                boolean flows = row.kind() == Legend.Kind.RING || row.kind() == Legend.Kind.MORE;
                TextStyle style = style(row);
                if (flows) {
                    double w = m.measure(row.text(), style).width() + (row.kind() == Legend.Kind.RING ? SWATCH + 4 : 0);
                    if (flowX < 0 || flowX + w > WRAP_WIDTH) {
                        flowX = 0;
                        flowY = y;
                        y += lineH + 2;
                    }
                    Box b = new Box(PADDING + flowX, flowY, w, lineH);
                    flowX += w + 10;
                    width = Math.max(width, flowX - 10);
                    if (b.maxY() + PADDING > maxHeight) {
                        break;
                    }
                    items.add(new Item(row, List.of(row.text()), b));
                    continue;
                }
                if (flowX >= 0) {
                    flowX = -1;
                    y += ROW_GAP - 2;
                }
                double indent = row.kind() == Legend.Kind.KEY ? SWATCH + 4 : 0;
                List<String> lines = wrap(row.text(), style, WRAP_WIDTH - indent, m);
                double h = lines.size() * m.measure("Ag", style).height();
                double w = indent + lines.stream().mapToDouble(l -> m.measure(l, style).width()).max().orElse(0);
                Box b = new Box(PADDING, y, w, h);
                if (b.maxY() + PADDING > maxHeight) {
                    break;
                }
                items.add(new Item(row, lines, b));
                width = Math.max(width, w);
                y += h + ROW_GAP;
            }
            if (flowX >= 0) {
                y += ROW_GAP - 2;
            }
        }
        double frameW = width + 2 * PADDING;
        double frameH = Math.min(maxHeight, collapsed ? lineH + 2 * PADDING : y - ROW_GAP + PADDING);
        double fx = right ? viewWidth - MARGIN - frameW : MARGIN;
        double fy = bottom ? viewHeight - MARGIN - frameH : MARGIN;
        List<Item> placed = new ArrayList<>();
        for (Item i : items) {
            placed.add(new Item(i.row(), i.lines(), new Box(i.box().x() + fx, i.box().y() + fy, i.box().width(),
                    i.box().height())));
        }
        Box frame = new Box(fx, fy, frameW, frameH);
        return new Layout(frame, new Box(fx, fy, frameW, lineH + PADDING), collapsed, legend.title(), placed);
    }

    private static TextStyle style(Legend.Row row) {
        return switch (row.kind()) {
            case HEADING, MORE, NOTE -> SMALL;
            default -> TEXT;
        };
    }

    /** Breaks a text into lines no wider than {@code width} (a word longer than that keeps a line of its own). */
    static List<String> wrap(String text, TextStyle style, double width, TextMeasurer m) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && m.measure(tried, style).width() > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Paints a laid-out legend. */
    public static void paint(Surface s, Layout layout, TextMeasurer m) {
        Box f = layout.frame();
        s.save();
        s.clipRect(f.x(), f.y(), f.width() + 1, f.height() + 1);
        s.setFill(s.theme().legendBackground());
        s.fillRect(f.x(), f.y(), f.width(), f.height());
        s.setStroke(s.theme().legendEdge());
        s.setLineWidth(1);
        s.setLineDashes();
        s.strokeRect(f.x() + 0.5, f.y() + 0.5, f.width() - 1, f.height() - 1);
        double lineH = m.measure("Ag", TEXT).height();
        s.setFill(s.theme().label());
        s.fillText(layout.title() + (layout.collapsed() ? "  \u25b8" : "  \u25be"), f.x() + PADDING,
                f.y() + PADDING + lineH * 0.8, TITLE, TextAlign.LEFT);
        for (Item i : layout.items()) {
            Legend.Row row = i.row();
            TextStyle style = style(row);
            double h = m.measure("Ag", style).height();
            double textX = i.box().x() + (row.kind() == Legend.Kind.RING || row.kind() == Legend.Kind.KEY ? SWATCH + 4 : 0);
            if (row.kind() == Legend.Kind.RING) {
                RingStyle rs = s.theme().ringStyle(row.styleIndex());
                s.setStroke(rs.colour());
                s.setLineWidth(3);
                s.setLineDashes(rs.dashes());
                line(s, i.box().x(), i.box().y() + h / 2, i.box().x() + SWATCH, i.box().y() + h / 2);
                s.setLineDashes();
            } else if (row.kind() == Legend.Kind.KEY) {
                symbol(s, row.symbol(), i.box().x(), i.box().y() + h / 2);
            }
            s.setFill(row.kind() == Legend.Kind.NOTE || row.kind() == Legend.Kind.MORE ? s.theme().muted()
                    : s.theme().label());
            for (int k = 0; k < i.lines().size(); k++) {
                s.fillText(i.lines().get(k), textX, i.box().y() + k * h + h * 0.8, style, TextAlign.LEFT);
            }
        }
        s.restore();
    }

    private static void line(Surface s, double x0, double y0, double x1, double y1) {
        s.beginPath();
        s.moveTo(x0, y0);
        s.lineTo(x1, y1);
        s.strokePath();
    }

    /** A key's symbol, 18 px wide, centred on y. */
    private static void symbol(Surface s, Legend.Symbol symbol, double x, double y) {
        Rgba blue = Rgba.web("#0072B2");
        switch (symbol) {
            case BAND -> box(s, x + 2, y, blue.derive(1, 0.25), blue.derive(1, 0.6), new double[] {4, 3});
            case ENVELOPE -> box(s, x + 2, y, blue.derive(1, 0.08), blue.derive(1, 0.7), new double[] {2, 3});
            case CLAIM_RING -> stroke(s, x, y, Rgba.web("#444444"), 1.2, 1, 3);
            case NAIVE -> stroke(s, x, y, s.theme().naive(), 1.6, 8, 5);
            case DISPUTED -> stroke(s, x, y, s.theme().disputed(), 2.2, 6, 4);
            case LAUNCH_POINT -> {
                s.setFill(s.theme().representative());
                s.beginPath();
                s.moveTo(x + 9, y - 6);
                s.lineTo(x + 15, y);
                s.lineTo(x + 9, y + 6);
                s.lineTo(x + 3, y);
                s.closePath();
                s.fillPath();
            }
            case PLACE -> {
                s.setFill(s.theme().highlight());
                s.setStroke(s.theme().label());
                s.setLineWidth(1);
                s.fillRect(x + 5, y - 4.5, 9, 9);
                s.strokeRect(x + 5, y - 4.5, 9, 9);
            }
            default -> {
            }
        }
    }

    private static void box(Surface s, double x, double y, Rgba fill, Rgba edge, double[] dashes) {
        s.setFill(fill);
        s.fillRect(x, y - 4.5, 14, 9);
        s.setStroke(edge);
        s.setLineWidth(1);
        s.setLineDashes(dashes);
        s.strokeRect(x, y - 4.5, 14, 9);
        s.setLineDashes();
    }

    private static void stroke(Surface s, double x, double y, Rgba colour, double width, double... dashes) {
        s.setStroke(colour);
        s.setLineWidth(width);
        s.setLineDashes(dashes);
        line(s, x, y, x + SWATCH, y);
        s.setLineDashes();
    }
}
