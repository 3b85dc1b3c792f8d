package org.balanceexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.TerritoryEnvelope;
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
 * The envelope of a whole territory: Pakistan at 2,750 km and India at 5,000 km, each within
 * 200 ms. Territories come from the 1:110m basemap, tolerance 5 km (as geo's own tests use it).
 * {@link TerritoryEnvelope#of} builds its rings on the common fork-join pool, so on the 2 shared
 * cores this also measures how much of the machine it gets.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class EnvelopeBench {

    static final double TOLERANCE_METERS = 5_000;

    @Param({"Pakistan:2750", "India:5000"})
    public String territoryAndRangeKm;

    private Geometry territory;
    private double radiusMeters;

    @Setup(Level.Trial)
    public void load() {
        String[] parts = territoryAndRangeKm.split(":");
        Basemap coarse = BenchData.basemap(BundledData.Resolution.COARSE);
        territory = coarse.byName(parts[0]).orElseThrow().geometry();
        radiusMeters = Double.parseDouble(parts[1]) * 1000;
        Geodesy.warmUp(); // SIS's class loading, as the app does before its first envelope
    }

    @Benchmark
    public TerritoryEnvelope envelope() {
        return TerritoryEnvelope.of(territory, radiusMeters, TOLERANCE_METERS);
    }
}
