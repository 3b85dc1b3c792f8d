package org.balanceexplorer.ui.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.MapFrame;
import org.junit.jupiter.api.Test;

/** The frames a flight between two scenes passes through. */
class ViewTransitionTest {

    @Test
    void aFlightStartsAndEndsOnItsFramesAndZoomsAtASteadyRate() {
        MapFrame a = MapFrame.at(new GeoPoint(30, 70), 1000);
        MapFrame b = MapFrame.at(new GeoPoint(10, 90), 16000);
        assertThat(ViewTransition.between(a, b, 0).centre().latDeg()).isCloseTo(30, within(1e-9));
        assertThat(ViewTransition.between(a, b, 1).centre().lonDeg()).isCloseTo(90, within(1e-9));
        assertThat(ViewTransition.between(a, b, 1).metresPerPixel()).isCloseTo(16000, within(1e-6));
        // Geometric: half-way in time is the geometric mean of the scales (4000), each quarter a doubling.
        assertThat(ViewTransition.between(a, b, 0.5).metresPerPixel()).isCloseTo(4000, within(1e-6));
        assertThat(ViewTransition.between(a, b, 0.25).metresPerPixel()).isCloseTo(2000, within(1e-6));
        assertThat(ViewTransition.between(a, b, 0.5).centre()).isEqualTo(new GeoPoint(20, 80));
    }

    @Test
    void aFlightAcrossTheAntimeridianTakesTheShorterWayRound() {
        MapFrame a = MapFrame.at(new GeoPoint(0, 170), 5000);
        MapFrame b = MapFrame.at(new GeoPoint(0, -170), 5000);
        assertThat(Math.abs(ViewTransition.between(a, b, 0.5).centre().lonDeg())).isCloseTo(180, within(1e-9));
        assertThat(ViewTransition.between(a, b, 0.25).centre().lonDeg()).isCloseTo(175, within(1e-9));
    }
}
