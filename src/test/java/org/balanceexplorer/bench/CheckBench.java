package org.balanceexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.TerritoryShare;
import org.balanceexplorer.model.GeoPoint;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim checks: the territory share of India within 2,750 km of Islamabad (target: within
 * 200 ms), and of China within 5,000 km of New Delhi, uncached (ring, intersection and both
 * areas on the ellipsoid each time), on the 1:110m basemap as the app uses it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class CheckBench {

    /** Islamabad and New Delhi as the dataset gives them (GeoNames, 0.01 degree). */
    @Param({"India:33.72:73.04:2750", "China:28.64:77.22:5000"})
    public String territoryLaunchAndRangeKm;

    private Geometry territory;
    private GeoPoint launch;
    private double radiusMeters;

    @Setup(Level.Trial)
    public void load() {
        String[] parts = territoryLaunchAndRangeKm.split(":");
        Basemap coarse = BenchData.basemap(BundledData.Resolution.COARSE);
        territory = coarse.byName(parts[0]).orElseThrow().geometry();
        launch = new GeoPoint(Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        radiusMeters = Double.parseDouble(parts[3]) * 1000;
        Geodesy.warmUp();
    }

    @Benchmark
    public TerritoryShare territoryShare() {
        return TerritoryShare.of(territory, launch, radiusMeters);
    }
}
