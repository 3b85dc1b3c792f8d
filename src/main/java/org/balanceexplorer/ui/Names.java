package org.balanceexplorer.ui;

import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Place;

/**
 * Country and place names in the chosen language: the dataset's Urdu or Hindi name where a stored
 * source gives one (Natural Earth's own NAME_UR and NAME_HI), else the English name. Never a
 * transliteration made up by the app.
 */
public final class Names {

    private Names() {
    }

    /** A country's name in the chosen language. */
    public static String of(Country c) {
        return c.name(I18n.language().tag());
    }

    /** A place's name in the chosen language. */
    public static String of(Place p) {
        return p.name(I18n.language().tag());
    }
}
