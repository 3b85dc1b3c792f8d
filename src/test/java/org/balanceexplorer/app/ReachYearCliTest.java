package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code reach --year Y}: the dataset as known in a year. Expected values from the bundled
 * dataset's files: Shaheen-II's own figures 2,000 km (2004), 2,500 km (2006-04-29), 2,000 km
 * (2007), up to 1,500 km (2019), with a newspaper's up to 3,000 km (2004); Agni-V first tested 2012-04-19.
 */
class ReachYearCliTest {

    @Test
    void shaheenTwoAsKnownIn2006ReachesWhatA2500KmRadiusReaches() {
        CliTest.Result then = CliTest.run("reach", "--system", "shaheen-2", "--from", "islamabad", "--year", "2006",
                "--format", "csv", "--all");
        CliTest.Result radius = CliTest.run("reach", "--radius-km", "2500", "--from", "islamabad", "--format", "csv",
                "--all");
        assertThat(then.code()).as(then.err()).isZero();
        assertThat(then.out()).isEqualTo(radius.out());
        CliTest.Result today = CliTest.run("reach", "--system", "shaheen-2", "--from", "islamabad", "--format", "csv",
                "--all");
        assertThat(today.out()).isEqualTo(CliTest.run("reach", "--radius-km", "1500", "--from", "islamabad",
                "--format", "csv", "--all").out());
    }

    @Test
    void theTableSaysWhichYearItsHeadlineIsAsKnownIn() {
        CliTest.Result r = CliTest.run("reach", "--system", "shaheen-2", "--from", "islamabad", "--year", "2007");
        assertThat(r.code()).isZero();
        assertThat(r.lines().get(0)).startsWith("Shaheen-II (headline range as known in 2007 2,000 km, 4 claims");
    }

    @Test
    void aSystemNotYetTestedInTheYearIsAPlainError() {
        CliTest.Result r = CliTest.run("reach", "--system", "agni-5", "--from", "new-delhi", "--year", "2010");
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err().strip()).isEqualTo(
                "balance-explorer: 'agni-5' is not in the dataset as known in 2010: first tested in 2012, after 2010");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aYearOutOfBoundsIsBadUsage() {
        CliTest.Result r = CliTest.run("reach", "--system", "agni-5", "--from", "new-delhi", "--year", "1800");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--year must be in [1900, 2100], was 1800");
    }
}
