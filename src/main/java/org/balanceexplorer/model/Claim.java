package org.balanceexplorer.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a figure by one claimant in one source. A claim is never a fact: the app shows
 * who said it, where and when.
 *
 * @param value         what the claimant says the figure is
 * @param qualifier     how the source hedges it
 * @param claimant      who asserts it, e.g. "ISPR, as reported by Dawn"
 * @param claimantKind  the kind of claimant relative to the system
 * @param sourceId      the id of the {@link Source} the claim was read in
 * @param quote         the words the figure rests on, at most 25 words, verbatim
 * @param quoteLanguage BCP 47 language of the quote ("en" unless stated)
 * @param gloss         an English gloss when the quote is not in English, or {@code null}
 * @param record        what the quote is when it is a fragment of a compiled file (file, entry, field,
 *                      value, commit), or {@code null} for a quote from prose
 * @param asOf          when the claim was made, or {@code null} when the source gives no date (never guessed)
 * @param reading       what the second reading found (quote on the page, or page not seen), or
 *                      {@code null} when the claim has not been read a second time
 * @param note          an editor's note (what the figure does or does not rest on), or {@code null}
 */
public record Claim(
        ClaimValue value,
        Qualifier qualifier,
        String claimant,
        ClaimantKind claimantKind,
        String sourceId,
        String quote,
        String quoteLanguage,
        String gloss,
        CompiledRecord record,
        PartialDate asOf,
        Reading reading,
        String note) {

    /** Most words a quote may have (data-sourcing rules). */
    public static final int MAX_QUOTE_WORDS = 25;

    /** Orders claims by {@link #asOf}, oldest first; undated claims go last. */
    public static final Comparator<Claim> BY_DATE_UNDATED_LAST =
            Comparator.comparing(Claim::asOf, Comparator.nullsLast(Comparator.naturalOrder()));

    public Claim {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(claimant, "claimant");
        Objects.requireNonNull(claimantKind, "claimantKind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(quote, "quote");
        quoteLanguage = quoteLanguage == null ? "en" : quoteLanguage;
    }

    /** A claim without a compiled record or a second reading (tests, older data). */
    public Claim(ClaimValue value, Qualifier qualifier, String claimant, ClaimantKind claimantKind, String sourceId,
                 String quote, String quoteLanguage, String gloss, PartialDate asOf, String note) {
        this(value, qualifier, claimant, claimantKind, sourceId, quote, quoteLanguage, gloss, null, asOf, null, note);
    }

    /** The number of words in a quote, as the 25-word rule counts them (runs of non-space). */
    public static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** When the claim was made; empty when the source gives no date. */
    public Optional<PartialDate> asOfDate() {
        return Optional.ofNullable(asOf);
    }

    /** "said 2015-03-09", or "undated" when the source gives no date. */
    public String whenText() {
        return asOf == null ? "undated" : "said " + asOf;
    }

    public Optional<String> glossText() {
        return Optional.ofNullable(gloss);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    public Optional<CompiledRecord> compiledRecord() {
        return Optional.ofNullable(record);
    }

    /**
     * The quote as a reader should see it: a compiled record in words (file, entry, field and value,
     * commit), or the quote itself in curly quotation marks.
     */
    public String quoteInWords() {
        return record != null ? record.describe() : "\u201c" + quote + "\u201d";
    }

    /** True when the second reading did not find the cited page: the panel and the report say so. */
    public boolean pageNotSeen() {
        return reading == Reading.PAGE_NOT_SEEN;
    }

    /** The value with its qualifier and unit, e.g. "at least 5,000 km". */
    public String displayValue(String unit) {
        String suffix = unit == null || unit.isEmpty() || value instanceof ClaimValue.Statement ? "" : " " + unit;
        return qualifier.prefix() + value.display() + suffix;
    }
}
