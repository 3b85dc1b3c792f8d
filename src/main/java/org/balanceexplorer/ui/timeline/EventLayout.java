package org.balanceexplorer.ui.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.model.PartialDate;

/**
 * Where each event sits on the timeline: a row per kind of event (tests, agreements, sanctions,
 * statements, and "other" when there are any), across by date. Pure: sizes in, positions out, for
 * painting and hit testing alike.
 *
 * <p>A date is placed at the start of what it names (a bare year at 1 January, a month at its
 * first day), as "known in its year" counts it. Events closer than {@link #CROWDED_PX} to the one
 * before in their row are moved up and down in turn, so that none hides another.
 */
final class EventLayout {

    /** Width of the row labels on the left, px. */
    static final double LABEL_WIDTH = 86;
    /** Room left and right of the axis, px: the slider's thumb half-width, so the two line up. */
    static final double PAD = 8;
    /** Height of a row, px. */
    static final double ROW_HEIGHT = 18;
    /** Height of the axis under the rows, px. */
    static final double AXIS_HEIGHT = 18;
    /** Two events nearer than this (px) in one row are drawn staggered. */
    static final double CROWDED_PX = 9;

    /** One placed event. */
    record Placed(Event event, double x, double y) {
    }

    private final List<EventKind> rows;
    private final List<Placed> placed;
    private final int firstYear;
    private final int lastYear;
    private final double width;

    /**
     * @param events    every event, oldest first
     * @param firstYear the axis's first year (its left end is 1 January of it)
     * @param lastYear  the axis's last year (its right end is 31 December of it)
     * @param width     the width, px
     */
    EventLayout(List<Event> events, int firstYear, int lastYear, double width) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.width = width;
        rows = new ArrayList<>(List.of(EventKind.TEST, EventKind.AGREEMENT, EventKind.SANCTION, EventKind.STATEMENT));
        if (events.stream().anyMatch(e -> e.kind() == EventKind.OTHER)) {
            rows.add(EventKind.OTHER);
        }
        placed = new ArrayList<>();
        Map<EventKind, double[]> lastX = new EnumMap<>(EventKind.class);
        Map<EventKind, Integer> crowd = new EnumMap<>(EventKind.class);
        for (Event e : events) {
            double x = x(e.date());
            double rowMid = rows.indexOf(e.kind()) * ROW_HEIGHT + ROW_HEIGHT / 2;
            double[] before = lastX.computeIfAbsent(e.kind(), k -> new double[] {Double.NEGATIVE_INFINITY});
            int n = x - before[0] < CROWDED_PX ? crowd.getOrDefault(e.kind(), 0) + 1 : 0;
            crowd.put(e.kind(), n);
            before[0] = x;
            double dy = n == 0 ? 0 : (n % 2 == 1 ? -4 : 4);
            placed.add(new Placed(e, x, rowMid + dy));
        }
    }

    /** The rows, top to bottom. */
    List<EventKind> rows() {
        return rows;
    }

    /** Every event with its place, oldest first. */
    List<Placed> placed() {
        return placed;
    }

    double height() {
        return rows.size() * ROW_HEIGHT + AXIS_HEIGHT;
    }

    /**
     * The x of a fractional year (2015.0 = 1 January 2015). The axis lines up with the year
     * slider above it (whose track runs from {@code LABEL_WIDTH + PAD} to {@code width - PAD}): the
     * slider's thumb at year Y stands over the end of Y, where the cursor is drawn, so the first
     * year's events lie just left of the slider's start.
     */
    double x(double year) {
        double left = LABEL_WIDTH + PAD;
        double right = width - PAD;
        return left + (year - firstYear - 1) / Math.max(1, lastYear - firstYear) * Math.max(1, right - left);
    }

    double x(PartialDate d) {
        return x(d.year() + (d.month() == 0 ? 0 : (d.month() - 1) / 12.0)
                + (d.day() == 0 ? 0 : (d.day() - 1) / 365.0));
    }

    /** The event drawn nearest to (x, y), within {@code radius} px; null when none is. */
    Placed hit(double x, double y, double radius) {
        Placed best = null;
        double bestD = radius * radius;
        for (Placed p : placed) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d <= bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
    }
}
