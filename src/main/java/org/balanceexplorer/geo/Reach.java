package org.balanceexplorer.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;

/**
 * Which places lie within a range of a launch point.
 *
 * <h2>Algorithm</h2>
 * One geodesic inverse problem per place (about 10 microseconds each); no spatial index is needed
 * for the dataset's size (about 50 places).
 *
 * <h2>Accuracy</h2>
 * As {@link Geodesy#inverse}: within 1 mm. A place within 1 mm of the radius may fall either way.
 *
 * <h2>Thread safety</h2>
 * Stateless and thread-safe.
 */
public final class Reach {

    private static final Comparator<ReachEntry> NEAREST_FIRST = Comparator
            .comparingDouble(ReachEntry::distanceMeters)
            .thenComparing(e -> e.place().id());

    private Reach() {
    }

    /**
     * Measures every place from the launch point.
     *
     * @param launch         launch point (degrees)
     * @param radiusMeters   range in metres, {@code >= 0}
     * @param places         places to measure
     * @param includeOutside whether places beyond the range are listed too (with {@code within} false)
     * @return entries sorted nearest first, ties by place id; immutable
     */
    public static List<ReachEntry> from(GeoPoint launch, double radiusMeters, Collection<Place> places, boolean includeOutside) {
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(places, "places");
        if (!(radiusMeters >= 0)) {
            throw new IllegalArgumentException("radiusMeters must be >= 0, was " + radiusMeters);
        }
        List<ReachEntry> entries = new ArrayList<>(places.size());
        for (Place place : places) {
            Geodesic g = Geodesy.inverse(launch, place.location());
            boolean within = g.distanceMeters() <= radiusMeters;
            if (within || includeOutside) {
                entries.add(new ReachEntry(place, g.distanceMeters(), g.initialBearingDeg(), within));
            }
        }
        entries.sort(NEAREST_FIRST);
        return List.copyOf(entries);
    }
}
