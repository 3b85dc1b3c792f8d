package org.balanceexplorer.ui.claims;

import java.util.Optional;
import javafx.scene.control.Label;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.ui.Styles;

/**
 * What the year slider changed, in words, for the claims panel: a system not on the map in the
 * year and why; a figure whose headline was recomputed from the claims known then, or could not
 * be by its basis; how many claims are hidden.
 */
final class TimeNotes {

    /** Style class of every note about the year. */
    static final String TIME_NOTE = "time-note";

    private TimeNotes() {
    }

    /** The year shown, in words ("2015"), or "the latest" with no limit. */
    static String yearOf(TimeSettings t) {
        Integer y = t.year() != null ? t.year() : t.knownInYear();
        return y == null ? "the latest year" : String.valueOf(y);
    }

    /** "Not on the map in 2010: first tested in 2012, after 2010", when the system is absent. */
    static Optional<Label> absence(KnownDataset known, WeaponSystem s) {
        return known.absence(s.id()).map(why -> note("Not on the map in " + yearOf(known.time()) + ": " + why
                + ". Its figures and claims are listed below as they stand today.", "time-absent"));
    }

    /** The note on one figure under "as known in"; empty when no claim of it is hidden. */
    static Optional<Label> figureNote(KnownDataset.FigureThen t, Integer year) {
        if (year == null || t.hidden().isEmpty()) {
            return Optional.empty();
        }
        String unit = t.kind().unit().isEmpty() ? "" : " " + t.kind().unit();
        String today = t.datasetHeadline().display() + unit;
        String hidden = t.hidden().size() + (t.hidden().size() == 1 ? " claim" : " claims") + " dated after " + year
                + " hidden. ";
        String text = switch (t.outcome()) {
            case UNCHANGED -> "";
            case RECOMPUTED -> hidden + "As known in " + year + ", the headline is recomputed from the claims known "
                    + "then by its basis (" + t.rule().words() + "); today it is " + today + ".";
            case LATEST_EARLIER_CLAIM -> hidden + "As known in " + year + ", the basis cannot be applied to the claims "
                    + "known then" + (t.rule() == org.balanceexplorer.state.HeadlineRule.NOT_MECHANICAL ? ""
                    : " (" + t.rule().words() + ")") + ", so the headline is the latest claim known then; today it is "
                    + today + ".";
            case NOTHING_KNOWN -> hidden + "No claim of the " + t.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " is dated " + year + " or earlier; today it is " + today + ".";
        };
        String style = t.outcome() == KnownDataset.Outcome.LATEST_EARLIER_CLAIM ? "time-fallback"
                : t.kind() == FigureKind.RANGE_KM ? "time-recomputed-range" : "time-recomputed";
        return Optional.of(note(text, style));
    }

    static Label note(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.MUTED, TIME_NOTE, style);
        return l;
    }
}
