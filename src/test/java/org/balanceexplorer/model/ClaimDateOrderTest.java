package org.balanceexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims sort by their partial date, oldest first; a claim whose source gives no date goes last. */
class ClaimDateOrderTest {

    static Claim said(String asOf, String quote) {
        return new Claim(new ClaimValue.Amount(1), Qualifier.EXACT, "c", ClaimantKind.OPINION, "src", quote, null, null,
                asOf == null ? null : PartialDate.parse(asOf), null);
    }

    @Test
    void undatedClaimsSortLast() {
        List<Claim> claims = List.of(said(null, "u1"), said("2020-05", "b"), said("2015", "a"), said(null, "u2"),
                said("2020-05-02", "c"));
        assertThat(claims.stream().sorted(Claim.BY_DATE_UNDATED_LAST).map(Claim::quote).toList())
                .containsExactly("a", "b", "c", "u1", "u2");
    }

    @Test
    void anUndatedClaimSaysSo() {
        Claim undated = said(null, "q");
        assertThat(undated.asOfDate()).isEmpty();
        assertThat(undated.whenText()).isEqualTo("undated");
        assertThat(said("2015-03-09", "q").asOfDate()).hasValue(new PartialDate(2015, 3, 9));
        assertThat(said("2015-03-09", "q").whenText()).isEqualTo("said 2015-03-09");
    }
}
