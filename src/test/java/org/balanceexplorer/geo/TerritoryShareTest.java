package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.geographiclib.Geodesic;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The share of a territory within range, against an independent computation: a fine grid over
 * the territory, each sample weighted by the ellipsoid's area element, in range by GeographicLib's
 * geodesic distance (not by the ring polygon), inside by JTS's point location.
 */
public class TerritoryShareTest {

    /** Islamabad as the dataset gives it (GeoNames, 0.01 degree). */
    private static final GeoPoint ISLAMABAD = new GeoPoint(33.72, 73.04);
    /** Grid step of the sampling, degrees: about 4 km at these latitudes. */
    private static final double STEP_DEG = 0.04;
    /**
     * Agreement of the share with the sampling, in share (0.003 = 0.3 percentage points): the
     * grid's error along the territory's and the circle's edges is about their length times half
     * a step over the area (for India about 0.2 points), the ring's chords add under 0.05.
     */
    private static final double SHARE_TOLERANCE = 0.003;

    static Basemap basemap;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data/basemap/countries-110m.geojson"))) {
            basemap = Basemap.read(in);
        }
    }

    @Test
    void indiaWithinTwoThousandSevenHundredFiftyKilometresOfIslamabadAgreesWithSampling() {
        Geometry india = basemap.byName("India").orElseThrow().geometry();
        TerritoryShare share = TerritoryShare.of(india, ISLAMABAD, 2_750_000);
        Sampled sampled = sample(india, ISLAMABAD, 2_750_000);
        assertThat(share.fraction()).isCloseTo(sampled.fraction(), within(SHARE_TOLERANCE));
        assertThat(share.territorySquareMeters()).isCloseTo(sampled.territory(), within(sampled.territory() * 0.003));
        // Kanyakumari, the southern tip, is about 2,900 km from Islamabad: some of India is out of range.
        assertThat(share.fraction()).isBetween(0.5, 0.999);
    }

    @Test
    void chinaWithinFiveThousandKilometresOfNewDelhiAgreesWithSampling() {
        Geometry china = basemap.byName("China").orElseThrow().geometry();
        GeoPoint newDelhi = new GeoPoint(28.64, 77.22);
        TerritoryShare share = TerritoryShare.of(china, newDelhi, 5_000_000);
        assertThat(share.fraction()).isCloseTo(sample(china, newDelhi, 5_000_000).fraction(), within(SHARE_TOLERANCE));
    }

    @Test
    void aRingAroundTheWholeTerritoryHoldsAllOfItAndNoRangeHoldsNone() {
        Geometry pakistan = basemap.byName("Pakistan").orElseThrow().geometry();
        assertThat(TerritoryShare.of(pakistan, ISLAMABAD, 2_000_000).fraction()).isCloseTo(1.0, within(1e-9));
        assertThat(TerritoryShare.of(pakistan, ISLAMABAD, 0).fraction()).isZero();
        assertThat(TerritoryShare.of(pakistan, ISLAMABAD, 20_010_000).fraction()).isEqualTo(1.0);
    }

    @Test
    void aTerritoryFarBeyondTheRangeHasNoShareWithinIt() {
        Geometry usa = basemap.byName("United States of America").orElseThrow().geometry();
        assertThat(TerritoryShare.of(usa, ISLAMABAD, 2_750_000).fraction()).isZero();
    }

    public record Sampled(double territory, double within) {
        public double fraction() {
            return within / territory;
        }
    }

    /** The independent computation: a weighted grid on the ellipsoid. */
    public static Sampled sample(Geometry territory, GeoPoint launch, double radiusMeters) {
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(territory);
        Envelope env = territory.getEnvelopeInternal();
        double a = Geodesic.WGS84.EquatorialRadius();
        double f = Geodesic.WGS84.Flattening();
        double e2 = f * (2 - f);
        double step = Math.toRadians(STEP_DEG);
        double total = 0;
        double in = 0;
        for (double lat = env.getMinY() + STEP_DEG / 2; lat < env.getMaxY(); lat += STEP_DEG) {
            double s = Math.sin(Math.toRadians(lat));
            // area of a cell of the grid on WGS 84: a^2 (1 - e^2) cos(phi) / (1 - e^2 sin^2 phi)^2 dphi dlambda
            double cell = a * a * (1 - e2) * Math.cos(Math.toRadians(lat)) / Math.pow(1 - e2 * s * s, 2) * step * step;
            for (double lon = env.getMinX() + STEP_DEG / 2; lon < env.getMaxX(); lon += STEP_DEG) {
                if (inside.locate(new Coordinate(lon, lat)) == Location.EXTERIOR) {
                    continue;
                }
                total += cell;
                if (Geodesic.WGS84.Inverse(launch.latDeg(), launch.lonDeg(), lat, lon).s12 <= radiusMeters) {
                    in += cell;
                }
            }
        }
        return new Sampled(total, in);
    }
}
