package org.balanceexplorer.map.paint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Label placement as a pure function: boxes in, placed labels out.
 *
 * <h2>Algorithm</h2>
 * One greedy pass in the order given (the caller orders by importance: launch points, capitals,
 * cities; rings in the order shown). Each request may first claim an <em>anchor</em> (the room a
 * marker's symbol takes): when that room is already taken and the anchor is not
 * {@linkplain Request#anchorAlwaysDrawn always drawn}, the whole request is left out (a city under
 * a capital's label). Then its candidates are tried in order; the first that overlaps nothing
 * taken and lies within its own bound is chosen and taken. A request none of whose candidates
 * fits keeps its anchor and shows no label. Markers and labels never pile up.
 *
 * <h2>Limitations</h2>
 * Greedy, not optimal: an early label can take the room a later one needed. Fine for the tens of
 * labels a view has; the order encodes which matter more.
 *
 * <h2>Thread safety</h2>
 * Stateless; the lists passed in are not changed.
 */
public final class LabelPlacement {

    private LabelPlacement() {
    }

    /**
     * A place a label may go.
     *
     * @param box   the room it takes
     * @param bound the box it must lie within ({@link Box#EVERYWHERE} for none)
     */
    public record Candidate(Box box, Box bound) {
        public Candidate {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(bound, "bound");
        }

        public static Candidate anywhere(Box box) {
            return new Candidate(box, Box.EVERYWHERE);
        }
    }

    /**
     * What one label asks for.
     *
     * @param anchor            room taken by what the label names (a symbol), or null
     * @param anchorAlwaysDrawn whether the anchor is drawn even on taken room (a launch point)
     * @param candidates        where its label may go, in order of preference
     */
    public record Request(Box anchor, boolean anchorAlwaysDrawn, List<Candidate> candidates) {
        public Request {
            candidates = List.copyOf(candidates);
        }

        /** A label with no symbol of its own. */
        public static Request label(List<Candidate> candidates) {
            return new Request(null, false, candidates);
        }
    }

    /**
     * What became of a request.
     *
     * @param shown     whether the request was placed at all (false: its anchor found no room)
     * @param candidate the index of the chosen candidate, or -1 when its label found no room
     */
    public record Placement(boolean shown, int candidate) {
        static final Placement LEFT_OUT = new Placement(false, -1);

        /** Whether a label is drawn. */
        public boolean labelled() {
            return candidate >= 0;
        }
    }

    /**
     * Places the requests in order.
     *
     * @param requests the labels, most important first
     * @param taken    room already taken (the legend, the scale bar, other layers' labels); the rooms
     *                 this pass takes are appended to it, so that a later pass keeps clear of them
     * @return one placement per request, in the same order
     */
    public static List<Placement> place(List<Request> requests, List<Box> taken) {
        Objects.requireNonNull(taken, "taken");
        List<Placement> out = new ArrayList<>(requests.size());
        for (Request r : requests) {
            if (r.anchor() != null) {
                if (!r.anchorAlwaysDrawn() && r.anchor().overlapsAny(taken)) {
                    out.add(Placement.LEFT_OUT);
                    continue;
                }
                taken.add(r.anchor());
            }
            int chosen = -1;
            for (int i = 0; i < r.candidates().size(); i++) {
                Candidate c = r.candidates().get(i);
                if (c.box().within(c.bound()) && !c.box().overlapsAny(taken)) {
                    chosen = i;
                    taken.add(c.box());
                    break;
                }
            }
            out.add(new Placement(true, chosen));
        }
        return out;
    }
}
