package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the legend says, before it is laid out: its rows in order. Built from the rings shown and
 * the options in force by {@link #of}, so the screen, a PNG and a PDF page carry the same legend.
 *
 * @param title its title, in the language of its words
 * @param rows  the rows, top to bottom
 */
public record Legend(String title, List<Row> rows) {

    /** The most ring entries the legend lists, shared between the launch points (at least three each). */
    public static final int MAX_RINGS = 12;

    public Legend {
        rows = List.copyOf(rows);
    }

    /** How a row is drawn. */
    public enum Kind {
        /** A launch point's heading: "from Islamabad (representative point)". */
        HEADING,
        /** One ring, with its style's swatch; consecutive entries flow side by side. */
        RING,
        /** "+ 9 more" under a group cut short. */
        MORE,
        /** A symbol's key: what a kind of mark means. */
        KEY,
        /** A muted note, wrapped. */
        NOTE
    }

    /** What a key's symbol is. */
    public enum Symbol { NONE, BAND, CLAIM_RING, ENVELOPE, NAIVE, LAUNCH_POINT, PLACE, DISPUTED }

    /**
     * One row.
     *
     * @param kind       how it is drawn
     * @param text       what it says
     * @param symbol     the symbol of a key ({@link Symbol#NONE} otherwise)
     * @param styleIndex a ring entry's {@link RingStyle} index (0 otherwise)
     */
    public record Row(Kind kind, String text, Symbol symbol, int styleIndex) {
        static Row of(Kind kind, String text) {
            return new Row(kind, text, Symbol.NONE, 0);
        }

        static Row key(Symbol symbol, String text) {
            return new Row(Kind.KEY, text, symbol, 0);
        }
    }

    /**
     * The options that add keys.
     *
     * @param bands          claim bands are drawn
     * @param claimRings     a ring per claim is drawn
     * @param envelopes      territory envelopes are drawn
     * @param naive          the naive circle is drawn
     * @param disputedLines  disputed lines are drawn on the map
     */
    public record Options(boolean bands, boolean claimRings, boolean envelopes, boolean naive, boolean disputedLines) {
    }

    /**
     * The legend for a set of rings: under a heading per launch point (in the order shown), entries
     * side by side, at most {@value #MAX_RINGS} in all; each group cut short says how many more it
     * has, and a line says how the rest are named. Then a key for each option in force and for the
     * map's marks.
     */
    public static Legend of(List<RingOverlay> rings, Options options) {
        return of(rings, options, Words.ENGLISH);
    }

    /** The legend for a set of rings, in the language of {@code words}. */
    public static Legend of(List<RingOverlay> rings, Options options, Words words) {
        Map<String, List<RingOverlay>> groups = new LinkedHashMap<>();
        for (RingOverlay r : rings) {
            groups.computeIfAbsent(r.legendGroup(), k -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        int perGroup = Math.max(3, MAX_RINGS / Math.max(1, groups.size()));
        boolean cut = false;
        for (var g : groups.entrySet()) {
            rows.add(Row.of(Kind.HEADING, g.getKey()));
            List<RingOverlay> all = g.getValue();
            for (RingOverlay r : all.subList(0, Math.min(all.size(), perGroup))) {
                rows.add(new Row(Kind.RING, r.label() + (r.disputed() ? " \u26a0" : ""), Symbol.NONE, r.styleIndex()));
            }
            if (all.size() > perGroup) {
                rows.add(Row.of(Kind.MORE, words.text("map.legend.more", all.size() - perGroup)));
                cut = true;
            }
        }
        if (cut) {
            rows.add(Row.of(Kind.NOTE, words.text("map.legend.moreNote")));
        }
        if (rings.stream().anyMatch(RingOverlay::disputed)) {
            rows.add(Row.of(Kind.NOTE, words.text("map.legend.claimsDiffer")));
        }
        if (options.bands()) {
            rows.add(Row.key(Symbol.BAND, words.text("map.legend.band")));
        }
        if (options.claimRings()) {
            rows.add(Row.key(Symbol.CLAIM_RING, words.text("map.legend.claimRing")));
        }
        if (options.envelopes()) {
            rows.add(Row.key(Symbol.ENVELOPE, words.text("map.legend.envelope")));
        }
        if (options.naive()) {
            rows.add(Row.key(Symbol.NAIVE, words.text("map.legend.naive")));
        }
        rows.add(Row.key(Symbol.LAUNCH_POINT, words.text("map.legend.launchPoint")));
        rows.add(Row.key(Symbol.PLACE, words.text("map.legend.place")));
        if (options.disputedLines()) {
            rows.add(Row.key(Symbol.DISPUTED, words.text("map.legend.disputed")));
        }
        rows.add(Row.of(Kind.NOTE, words.text("map.legend.note")));
        return new Legend(words.text("map.legend.title"), rows);
    }
}
