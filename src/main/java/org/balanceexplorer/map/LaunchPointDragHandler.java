package org.balanceexplorer.map;

import org.balanceexplorer.model.GeoPoint;

/** Receives a launch point as the user drags it on the map. */
@FunctionalInterface
public interface LaunchPointDragHandler {
    /**
     * @param countryId the country whose launch point moves
     * @param to        where it is now
     * @param released  false while dragging, true once when the button is released
     */
    void moved(String countryId, GeoPoint to, boolean released);
}
