package org.balanceexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quote from a compiled file is shown as what it is: the file, its entry, the field and value, the commit. */
class CompiledRecordTest {

    static final String COMMIT = "85eaceb333a4ad60d47eeb3f1b08c9abee48cccb";
    static final String FRAGMENT = "{ \"name\": \"Shaheen III\", \"range_km\": 2750 }";

    static Claim compiled(Reading reading) {
        return new Claim(new ClaimValue.Amount(2750), Qualifier.EXACT, "NASIC, as compiled by ORRG",
                ClaimantKind.OTHER_GOVERNMENT, "orrg", FRAGMENT, null, null,
                new CompiledRecord("app/data/weapons/weapons.json", COMMIT, "Shaheen III", "range_km", "2750"),
                PartialDate.parse("2020"), reading, null);
    }

    @Test
    void describesTheRecordInWordsWithAShortCommit() {
        CompiledRecord r = compiled(Reading.QUOTE_ON_PAGE).compiledRecord().orElseThrow();
        assertThat(r.shortCommit()).isEqualTo("85eaceb");
        assertThat(r.describe()).isEqualTo("compiled record: entry \u201cShaheen III\u201d in app/data/weapons/weapons.json"
                + " at commit 85eaceb, field range_km = 2750");
    }

    @Test
    void aCompiledClaimShowsTheRecordInWordsAndKeepsTheFragment() {
        Claim c = compiled(Reading.QUOTE_ON_PAGE);
        assertThat(c.quoteInWords()).startsWith("compiled record: entry \u201cShaheen III\u201d").doesNotContain("{");
        assertThat(c.quote()).isEqualTo(FRAGMENT);
        assertThat(c.pageNotSeen()).isFalse();
    }

    @Test
    void aProseClaimShowsItsQuoteInQuotationMarks() {
        Claim c = new Claim(new ClaimValue.Amount(450), Qualifier.EXACT, "Dawn", ClaimantKind.MEDIA, "dawn",
                "a range of 450 km", null, null, null, null);
        assertThat(c.quoteInWords()).isEqualTo("\u201ca range of 450 km\u201d");
        assertThat(c.compiledRecord()).isEmpty();
        assertThat(c.reading()).isNull();
        assertThat(c.pageNotSeen()).isFalse();
    }

    @Test
    void aClaimMarkedPageNotSeenSaysSo() {
        assertThat(compiled(Reading.PAGE_NOT_SEEN).pageNotSeen()).isTrue();
        assertThat(Reading.PAGE_NOT_SEEN.label()).isEqualTo("page not seen");
        assertThat(Reading.fromJson("pageNotSeen")).isEqualTo(Reading.PAGE_NOT_SEEN);
        assertThat(Reading.fromJson("quoteOnPage")).isEqualTo(Reading.QUOTE_ON_PAGE);
    }
}
