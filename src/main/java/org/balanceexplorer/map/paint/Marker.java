package org.balanceexplorer.map.paint;

import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;

/**
 * A point on the map with a name: a place, or a country's representative launch point.
 *
 * @param id          the place id
 * @param label       the name shown beside it (a launch point's says whether it is the
 *                    representative point or a user-chosen one)
 * @param location    where it is
 * @param kind        how it is drawn
 * @param countryId   ISO alpha-3 of its country
 * @param highlighted whether it lies inside a shown ring
 * @param details     the tooltip text (distances from the launch points in use), possibly empty
 */
public record Marker(String id, String label, GeoPoint location, Kind kind, String countryId, boolean highlighted,
                     String details) {

    /** How a marker is drawn, and how much its label matters when labels compete for room. */
    public enum Kind {
        /** A country's launch point: its representative point, or where the user dragged it. Draggable. */
        LAUNCH_POINT(0), CAPITAL(1), CITY(2),
        /** A point a table measures from, such as the nearest point of a territory to a place (envelope mode). */
        REFERENCE_POINT(1);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /** Lower ranks win when labels overlap. */
        public int rank() {
            return rank;
        }
    }

    public Marker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        details = details == null ? "" : details;
    }
}
