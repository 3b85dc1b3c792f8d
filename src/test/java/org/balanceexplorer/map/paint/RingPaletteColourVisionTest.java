package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balanceexplorer.map.paint.ColourVision.Vision;
import org.junit.jupiter.api.Test;

/**
 * Every pair of a ring palette's colours stays distinguishable for normal vision and under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1.0), measured
 * in CIEDE2000.
 *
 * <h2>Thresholds</h2>
 * There is no standard minimum difference for lines on a map; the thresholds are ours, and say
 * where they come from:
 * <ul>
 * <li>{@link #SAFE_MIN_DELTA_E} = 20 for the colour-blind-safe palette: about the separation the
 *     standard Okabe-Ito palette gives its closest pair for normal vision (22.2, blue and sky blue;
 *     orange and vermillion), so every dichromat keeps at least what a normal viewer gets from the
 *     standard palette. It is far above the just noticeable difference (about 2.3 in the older
 *     CIELAB 1976 measure, Sharma, "Digital Color Imaging Handbook", 2003, after Mahy et al.
 *     1994), because a ring is a thin line and must be told apart from others, not just seen to
 *     differ from its neighbour.</li>
 * <li>{@link #STANDARD_MIN_DELTA_E} = 10 for the standard palette, whose measured worst pair is
 *     10.9 (reddish purple and orange under tritanopia): the test keeps it from getting worse.</li>
 * </ul>
 */
class RingPaletteColourVisionTest {

    static final double SAFE_MIN_DELTA_E = 20;
    static final double STANDARD_MIN_DELTA_E = 10;

    /** The closest pair of a palette under a kind of vision, as text, and its difference. */
    private record Closest(double deltaE, String pair) {
    }

    private static Closest closest(RingPalette palette, Vision vision) {
        List<Rgba> c = palette.colours();
        Closest worst = new Closest(Double.POSITIVE_INFINITY, "");
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                double d = ColourVision.deltaE2000(ColourVision.lab(c.get(i), vision), ColourVision.lab(c.get(j), vision));
                if (d < worst.deltaE()) {
                    worst = new Closest(d, c.get(i).hex() + " / " + c.get(j).hex());
                }
            }
        }
        return worst;
    }

    @Test
    void everyPairOfTheColourBlindSafePaletteStaysDistinguishableUnderEachDeficiency() {
        for (Vision v : Vision.values()) {
            Closest worst = closest(RingPalette.COLOUR_BLIND_SAFE, v);
            assertThat(worst.deltaE()).as("closest pair %s under %s", worst.pair(), v)
                    .isGreaterThanOrEqualTo(SAFE_MIN_DELTA_E);
        }
    }

    @Test
    void theStandardPaletteKeepsItsMeasuredMarginUnderEachDeficiency() {
        for (Vision v : Vision.values()) {
            Closest worst = closest(RingPalette.STANDARD, v);
            assertThat(worst.deltaE()).as("closest pair %s under %s", worst.pair(), v)
                    .isGreaterThanOrEqualTo(STANDARD_MIN_DELTA_E);
        }
    }

    @Test
    void theStandardPalettesClosestPairUnderTritanopiaFallsBelowTheSafeThreshold() {
        // Why the option exists: the standard palette's closest pair is not safe by the safe palette's measure.
        assertThat(closest(RingPalette.STANDARD, Vision.TRITANOPIA).deltaE()).isLessThan(SAFE_MIN_DELTA_E);
    }

    @Test
    void eachPaletteGivesAtLeastTwentyOneDistinctStyles() {
        for (RingPalette p : RingPalette.values()) {
            Set<RingStyle> styles = new HashSet<>();
            for (int i = 0; i < p.count(); i++) {
                styles.add(p.style(i));
            }
            assertThat(styles).as(p.name()).hasSize(p.count());
            assertThat(p.count()).isGreaterThanOrEqualTo(21);
            assertThat(p.style(p.count())).isEqualTo(p.style(0));
        }
        assertThat(RingStyle.of(3)).isEqualTo(RingPalette.STANDARD.style(3));
    }

    @Test
    void theDifferenceFormulaGivesSharmasPublishedTestValues() {
        // Sharma, Wu and Dalal (2005), Table 1, pairs 1, 7, 17 and 25.
        assertThat(ColourVision.deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, within(1e-4));
        assertThat(ColourVision.deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2}))
                .isCloseTo(2.3669, within(1e-4));
        assertThat(ColourVision.deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
                .isCloseTo(27.1492, within(1e-4));
        assertThat(ColourVision.deltaE2000(new double[] {60.2574, -34.0099, 36.2677},
                new double[] {60.4626, -34.1751, 39.4387})).isCloseTo(1.2644, within(1e-4));
    }

    @Test
    void theSimulationKeepsGreysGreyAndPureRedHasItsPublishedLab() {
        // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65); every simulation maps white and greys to themselves.
        double[] red = ColourVision.lab(Rgba.web("#FF0000"), Vision.NORMAL);
        assertThat(red[0]).isCloseTo(53.24, within(0.01));
        assertThat(red[1]).isCloseTo(80.09, within(0.01));
        assertThat(red[2]).isCloseTo(67.20, within(0.01));
        List<Rgba> greys = new ArrayList<>(List.of(Rgba.WHITE, Rgba.BLACK, Rgba.web("#808080")));
        for (Vision v : Vision.values()) {
            for (Rgba g : greys) {
                assertThat(ColourVision.deltaE2000(ColourVision.lab(g, v), ColourVision.lab(g, Vision.NORMAL)))
                        .as("%s under %s", g.hex(), v).isLessThan(0.01);
            }
        }
    }
}
