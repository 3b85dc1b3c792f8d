package org.balanceexplorer.ui.filters;

import org.balanceexplorer.state.SystemFilter;
import org.balanceexplorer.state.SystemFilter.Option;
import org.balanceexplorer.state.SystemFilter.Part;
import org.balanceexplorer.ui.I18n;

/**
 * The filter options' words in the chosen language. {@link SystemFilter} names its parts and
 * values in English (the state package knows no languages); here its parts and the values that are
 * the app's own (basing, category, "not stated") are looked up in the bundles by their constant's
 * name. Values that are the dataset's (country names, the classes and statuses sources give) and
 * the rule's class acronyms (CRBM ... ICBM, which the search also finds) are shown as they are.
 *
 * <p>Stateless; any thread.
 */
final class FilterWords {

    private FilterWords() {
    }

    /** A part in words, as the pane heads it: "Country", "Class by the rule"... */
    static String part(Part p) {
        return I18n.text("filters.part." + p.name());
    }

    /** An option's value in words. */
    static String label(Option o) {
        return switch (o.part()) {
            case BASING -> I18n.text("filters.basing." + o.key());
            case CATEGORY -> I18n.text("filters.category." + o.key());
            case STATUS -> SystemFilter.NO_STATUS.equals(o.key()) ? I18n.text("filters.status.notStated") : o.label();
            case COUNTRY, RULE_CLASS, CLAIMED_CLASS -> o.label();
        };
    }
}
