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
 * Names a claim of the dataset by where it stands, since claims carry no id of their own:
 * {@code SYSTEM_ID/FIGURE/N} for the N-th claim (from 1, in the dataset's order) of a system's figure
 * ({@code shaheen-3/rangeKm/2}), and {@code EVENT_ID/N} for an event's
 * ({@code us-sanctions-2024-12/1}). Pages cite claims by these ids.
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
        return s.id() + "/" + kind.jsonName() + "/" + (index + 1);
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
        String[] parts = id.strip().split("/");
        try {
            if (parts.length == 3) {
                Optional<WeaponSystem> s = d.system(parts[0]);
                FigureKind kind = FigureKind.fromJson(parts[1]);
                int n = Integer.parseInt(parts[2]);
                Figure f = s.isPresent() ? s.get().figures().get(kind) : null;
                if (f != null && n >= 1 && n <= f.claims().size()) {
                    return Optional.of(new Found(id.strip(), subject(s.get(), kind), f.claims().get(n - 1)));
                }
            } else if (parts.length == 2) {
                Optional<Event> e = d.event(parts[0]);
                int n = Integer.parseInt(parts[1]);
                if (e.isPresent() && n >= 1 && n <= e.get().claims().size()) {
                    return Optional.of(new Found(id.strip(), e.get().title(), e.get().claims().get(n - 1)));
                }
            }
        } catch (IllegalArgumentException e) { // a number or a figure name that does not parse
            return Optional.empty();
        }
        return Optional.empty();
    }
}
