package org.balanceexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Names every claim of a dataset by where it sits, so that a lecture scene can cite it: a system's
 * figure's claim is {@code system-id/figure[index]} (e.g. {@code shaheen-3/rangeKm[4]}), an event's
 * claim is {@code events/event-id[index]} (e.g. {@code events/us-sanctions-2024-12[0]}); the index
 * counts from 0 in the order of the dataset's JSON, and the figure is named as the dataset format
 * names it. The second reading ({@code data/reading/second-reading.tsv}) names claims the same way.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimIds {

    private ClaimIds() {
    }

    /** Every claim of the dataset by its id, systems first (in dataset order), then events. */
    public static Map<String, Claim> of(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        Map<String, Claim> out = new LinkedHashMap<>();
        for (WeaponSystem s : dataset.systems()) {
            for (Figure f : s.figures().values()) {
                for (int i = 0; i < f.claims().size(); i++) {
                    out.put(s.id() + "/" + f.kind().jsonName() + "[" + i + "]", f.claims().get(i));
                }
            }
        }
        for (Event e : dataset.events()) {
            for (int i = 0; i < e.claims().size(); i++) {
                out.put("events/" + e.id() + "[" + i + "]", e.claims().get(i));
            }
        }
        return out;
    }

    /** The claim with this id, if the dataset has it. */
    public static Optional<Claim> find(Dataset dataset, String id) {
        return Optional.ofNullable(of(dataset).get(id));
    }

    /**
     * What the claim is about in words, e.g. "Shaheen-III, range" or "the 2024 sanctions event":
     * the system's name and the figure, or the event's title; {@code null} for an unknown id.
     */
    public static String subject(Dataset dataset, String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        int bracket = id.lastIndexOf('[');
        if (slash < 0 || bracket < slash) {
            return null;
        }
        String head = id.substring(0, slash);
        String middle = id.substring(slash + 1, bracket);
        if (head.equals("events")) {
            return dataset.event(middle).map(Event::title).orElse(null);
        }
        return dataset.system(head).map(s -> {
            for (Figure f : s.figures().values()) {
                if (f.kind().jsonName().equals(middle)) {
                    return s.name() + ", " + f.kind().label();
                }
            }
            return null;
        }).orElse(null);
    }
}
