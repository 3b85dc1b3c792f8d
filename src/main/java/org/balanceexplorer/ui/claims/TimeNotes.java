package org.balanceexplorer.ui.claims;

import org.balanceexplorer.ui.DatasetWords;
import java.util.Optional;
import javafx.scene.control.Label;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.HeadlineRule;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.ui.I18n;
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

    /** The year shown, in words ("2015"), or "the latest year" with no limit. */
    static String yearOf(TimeSettings t) {
        Integer y = t.year() != null ? t.year() : t.knownInYear();
        return y == null ? I18n.text("claims.latestYear") : I18n.text("claims.date.year", y);
    }

    /** "Not on the map in 2010: first tested in 2012, after 2010", when the system is absent. */
    static Optional<Label> absence(KnownDataset known, WeaponSystem s) {
        return known.absence(s.id()).map(why -> note(I18n.text("claims.time.absent", yearOf(known.time()), why),
                "time-absent"));
    }

    /** The note on one figure under "as known in"; empty when no claim of it is hidden. */
    static Optional<Label> figureNote(KnownDataset.FigureThen t, Integer year) {
        if (year == null || t.hidden().isEmpty()) {
            return Optional.empty();
        }
        String today = DatasetWords.value(t.datasetHeadline(), t.kind().unit());
        String hidden = I18n.text("claims.time.hidden", t.hidden().size(), year);
        String rule = I18n.text("claims.rule." + t.rule().name());
        String text = switch (t.outcome()) {
            case UNCHANGED -> "";
            case RECOMPUTED -> I18n.text("claims.time.recomputed", hidden, year, rule, today);
            case LATEST_EARLIER_CLAIM -> t.rule() == HeadlineRule.NOT_MECHANICAL
                    ? I18n.text("claims.time.latestClaim", hidden, year, today)
                    : I18n.text("claims.time.latestClaim.rule", hidden, year, rule, today);
            case NOTHING_KNOWN -> I18n.text("claims.time.nothingKnown", hidden,
                    DatasetWords.figureLabel(t.kind()).toLowerCase(java.util.Locale.ROOT), year, today);
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
