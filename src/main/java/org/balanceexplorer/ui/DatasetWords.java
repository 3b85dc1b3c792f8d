package org.balanceexplorer.ui;

import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.ClaimantKind;
import org.balanceexplorer.model.CompiledRecord;
import org.balanceexplorer.model.EventKind;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.Qualifier;

/**
 * The dataset's values as the views write them in the chosen language: headlines and claimed
 * values with their units, dates, qualifiers, kinds of claimant and event, figure names. Numbers
 * and dates in the digits chosen; the dataset's own words (a class, a status, a quote) as the
 * dataset has them. Shared by the claims panel, the systems list, the timeline and the claim
 * checks. Stateless; any thread.
 */
public final class DatasetWords {

    private DatasetWords() {
    }

    /** A figure's headline with its unit ("2,750 km"), numbers and dates in the digits chosen. */
    public static String headline(Figure f) {
        return value(f.headline(), f.kind().unit());
    }

    /**
     * A value with its unit, numbers and dates in the digits chosen; the words of the dataset (a
     * class, a status) as the dataset has them.
     *
     * @param v    the value
     * @param unit "km", "kg" or ""
     */
    public static String value(ClaimValue v, String unit) {
        String bare;
        if (v instanceof ClaimValue.Amount a) {
            bare = I18n.number(a.value(), 3);
        } else if (v instanceof ClaimValue.Span s) {
            bare = s.min() == s.max() ? I18n.number(s.min(), 3)
                    : I18n.text("claims.value.span", I18n.number(s.min(), 3), I18n.number(s.max(), 3));
        } else if (v instanceof ClaimValue.DateValue d) {
            bare = date(d.date());
        } else if (v instanceof ClaimValue.Statement) {
            bare = I18n.text("claims.value.statement");
        } else {
            bare = v.display(); // a word of the dataset (a class, a status), as the dataset has it
        }
        if (unit == null || unit.isEmpty() || v instanceof ClaimValue.Statement) {
            return bare;
        }
        return I18n.text("km".equals(unit) ? "unit.km" : "claims.unit." + unit, bare);
    }

    /** A claim's value with its qualifier and unit, e.g. "at least 5,000 km". */
    public static String claimValue(Claim c, String unit) {
        String v = value(c.value(), unit);
        return c.qualifier() == Qualifier.EXACT || c.qualifier() == Qualifier.RANGE ? v
                : I18n.text("claims.qualifier." + c.qualifier().name(), v);
    }

    /** A date as ISO writes it (2015, 2015-03, 2015-03-09), in the digits chosen. */
    public static String date(PartialDate d) {
        if (d.month() == 0) {
            return I18n.text("claims.date.year", d.year());
        }
        return d.day() == 0 ? I18n.text("claims.date.month", d.year(), d.month())
                : I18n.text("claims.date.day", d.year(), d.month(), d.day());
    }

    /** When a claim was made: "said 2015-03-09", or "undated". */
    public static String when(Claim c) {
        return c.asOf() == null ? I18n.text("claims.undated") : I18n.text("claims.said", date(c.asOf()));
    }

    /** The quote as a reader should see it: a compiled record in words, or the quote in curly quotation marks. */
    public static String quote(Claim c) {
        CompiledRecord r = c.record();
        return r == null ? "\u201c" + c.quote() + "\u201d"
                : I18n.text("claims.compiledRecord", r.entry(), r.file(), r.shortCommit(), r.field(), r.value());
    }

    /** A figure's name: "Range", "First test"... */
    public static String figureLabel(FigureKind k) {
        return I18n.text("claims.figure." + k.name());
    }

    /** A kind of claimant: "own government", "media"... */
    public static String claimantKind(ClaimantKind k) {
        return I18n.text("claims.claimantKind." + k.name());
    }

    /** A kind of event: "test", "sanction"... */
    public static String eventKind(EventKind k) {
        return I18n.text("claims.eventKind." + k.name());
    }
}
