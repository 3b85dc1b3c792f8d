package org.balanceexplorer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;

/**
 * The claims a page cites or a ring stands on, by the ids the dataset's claims are named with
 * everywhere ({@link org.balanceexplorer.model.ClaimIds}: {@code shaheen-3/rangeKm[1]},
 * {@code events/us-sanctions-2024-12[0]}, the index from 0 in the dataset's order), so a lecture's
 * cited claims are a handout's references; with what each is about, for the references.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimIds {

    /**
     * A claim found by its id, with what it is about.
     *
     * @param id      its id
     * @param subject what it is a claim about, in words: "Shaheen-III, range", or the event's title
     * @param claim   the claim
     */
    public record Found(String id, String subject, Claim claim) {
    }

    private ClaimIds() {
    }

    /** The id of a system's figure's claim at a position (from 0). */
    public static String of(WeaponSystem s, FigureKind kind, int index) {
        return s.id() + "/" + kind.jsonName() + "[" + index + "]";
    }

    /** What a system's figure is called in a subject line: "Shaheen-III, range". */
    static String subject(WeaponSystem s, FigureKind kind) {
        return s.name() + ", " + kind.label().toLowerCase(java.util.Locale.ROOT);
    }

    /** Every claim of a system's figure, with its id, in the dataset's order. */
    public static List<Found> of(WeaponSystem s, FigureKind kind) {
        List<Found> out = new ArrayList<>();
        Figure f = s.figures().get(kind);
        if (f != null) {
            for (int i = 0; i < f.claims().size(); i++) {
                out.add(new Found(of(s, kind, i), subject(s, kind), f.claims().get(i)));
            }
        }
        return out;
    }

    /** The claim an id names, or empty when the dataset has no such claim. */
    public static Optional<Found> find(Dataset d, String id) {
        String key = id.strip();
        return org.balanceexplorer.model.ClaimIds.find(d, key)
                .map(claim -> new Found(key, subjectOf(d, key), claim));
    }

    /** "Shaheen-III, range" for a figure's claim, the event's title for an event's. */
    private static String subjectOf(Dataset d, String id) {
        if (!id.startsWith("events/")) {
            int slash = id.indexOf('/');
            int bracket = id.lastIndexOf('[');
            Optional<WeaponSystem> s = d.system(id.substring(0, slash));
            for (FigureKind kind : FigureKind.values()) {
                if (s.isPresent() && kind.jsonName().equals(id.substring(slash + 1, bracket))) {
                    return subject(s.get(), kind);
                }
            }
        }
        return org.balanceexplorer.model.ClaimIds.subject(d, id);
    }
}
