package org.balanceexplorer.map.paint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A surface that records what is drawn on it, for tests: every stroked or filled path with its
 * points and style, every text with where it stands. Text is measured by a fixed rule (0.55 of the
 * size per character, lines 1.25 times the size), so placement is the same on every machine.
 */
final class RecordingSurface implements Surface {

    /** A stroked or filled path: its sub-paths' points in view pixels and the style in force. */
    record PathCall(boolean filled, List<List<double[]>> parts, Rgba colour, double lineWidth, List<Double> dashes) {
    }

    /** A text drawn. */
    record TextCall(String text, double x, double baselineY, TextStyle style, TextAlign align, Rgba colour) {
    }

    private static final class State {
        Rgba fill = Rgba.BLACK;
        Rgba stroke = Rgba.BLACK;
        double lineWidth = 1;
        List<Double> dashes = List.of();

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashes = dashes;
            return s;
        }
    }

    final List<PathCall> paths = new ArrayList<>();
    final List<TextCall> texts = new ArrayList<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State();
    private List<List<double[]>> path = new ArrayList<>();

    @Override
    public TextSize measure(String text, TextStyle style) {
        return new TextSize(0.55 * style.size() * text.length(), 1.25 * style.size());
    }

    @Override
    public void save() {
        saved.push(state.copy());
    }

    @Override
    public void restore() {
        state = saved.pop();
    }

    @Override
    public void scale(double sx, double sy) {
        throw new UnsupportedOperationException("the map is drawn at 1x in these tests");
    }

    @Override
    public void translate(double dx, double dy) {
        throw new UnsupportedOperationException("the map is drawn at 1x in these tests");
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
        // Clipping does not change what is recorded.
    }

    @Override
    public void clearRect(double x, double y, double width, double height) {
        // Nothing to clear: each test records one picture.
    }

    @Override
    public void setFill(Rgba colour) {
        state.fill = colour;
    }

    @Override
    public void setStroke(Rgba colour) {
        state.stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        state.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        List<Double> d = new ArrayList<>();
        if (dashes != null) {
            for (double v : dashes) {
                d.add(v);
            }
        }
        state.dashes = List.copyOf(d);
    }

    @Override
    public void setLineCap(LineCap cap) {
    }

    @Override
    public void setLineJoin(LineJoin join) {
    }

    @Override
    public void beginPath() {
        path = new ArrayList<>();
    }

    @Override
    public void moveTo(double x, double y) {
        List<double[]> part = new ArrayList<>();
        part.add(new double[] {x, y});
        path.add(part);
    }

    @Override
    public void lineTo(double x, double y) {
        path.get(path.size() - 1).add(new double[] {x, y});
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath() {
        paths.add(new PathCall(true, List.copyOf(path), state.fill, state.lineWidth, state.dashes));
    }

    @Override
    public void strokePath() {
        paths.add(new PathCall(false, List.copyOf(path), state.stroke, state.lineWidth, state.dashes));
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
    }

    @Override
    public void fillText(String text, double x, double baselineY, TextStyle style, TextAlign align) {
        texts.add(new TextCall(text, x, baselineY, style, align, state.fill));
    }

    /** The strokes drawn in a colour at a line width. */
    List<PathCall> strokes(Rgba colour, double lineWidth) {
        return paths.stream().filter(p -> !p.filled() && p.colour().equals(colour) && p.lineWidth() == lineWidth)
                .toList();
    }
}
