package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Typed coordinates: what is accepted, and what is refused in words (the dialog shows the words). */
class PointDialogsTest {

    @Test
    void decimalDegreesWithinRangeAreAccepted() {
        assertThat(PointDialogs.pointProblem("28.61", "77.21")).isEmpty();
        assertThat(PointDialogs.pointProblem(" -33.9 ", "-151.2")).isEmpty();
        assertThat(PointDialogs.pointProblem("90", "180")).isEmpty();
        assertThat(PointDialogs.point("-33.9", "-151.2").latDeg()).isEqualTo(-33.9);
    }

    @Test
    void whatIsWrongIsSaidInPlainWords() {
        assertThat(PointDialogs.pointProblem("", "77")).startsWith("Type the latitude as a number");
        assertThat(PointDialogs.pointProblem("28,61", "77")).startsWith("Type the latitude as a number");
        assertThat(PointDialogs.pointProblem("28", "east")).startsWith("Type the longitude as a number");
        assertThat(PointDialogs.pointProblem("NaN", "77")).startsWith("Type the latitude as a number");
        assertThat(PointDialogs.pointProblem("-91", "77")).isEqualTo("The latitude must be between -90 and 90 degrees.");
        assertThat(PointDialogs.pointProblem("10", "181")).isEqualTo("The longitude must be between -180 and 180 degrees.");
    }
}
