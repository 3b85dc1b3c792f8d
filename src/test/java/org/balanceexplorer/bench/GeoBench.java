package org.balanceexplorer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.geo.Geodesy;
import org.balanceexplorer.geo.RangeRing;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Geodesy micro-benchmarks: one range ring, one inverse problem, and the reach of every place
 * against every system (target: under 5 ms for the whole table).
 *
 * <p>Short runs by default (2 shared cores): figures are indicative, see docs/performance.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class GeoBench {

    /** Islamabad and New Delhi, as the geodesy tests use them. */
    static final GeoPoint ISLAMABAD = new GeoPoint(33.6844, 73.0479);
    static final GeoPoint NEW_DELHI = new GeoPoint(28.6139, 77.2090);

    @Param({"2750", "5000", "8000"})
    public double radiusKm;

    private Dataset dataset;
    private List<Place> places;
    private List<WeaponSystem> systems;
    private GeoPoint[] launchOf;

    @Setup(Level.Trial)
    public void load() {
        dataset = BenchData.dataset();
        places = dataset.places();
        systems = dataset.systems();
        launchOf = new GeoPoint[systems.size()];
        for (int i = 0; i < systems.size(); i++) {
            launchOf[i] = dataset.representativePoint(systems.get(i).country()).location();
        }
    }

    /** One ring at 100 m tolerance (the app's full-accuracy ring), around Islamabad. */
    @Benchmark
    public RangeRing rangeRing100m() {
        return RangeRing.of(ISLAMABAD, radiusKm * 1000, 100);
    }

    /** The same ring refined adaptively at 2 km. */
    @Benchmark
    public RangeRing rangeRing2km() {
        return RangeRing.of(ISLAMABAD, radiusKm * 1000, 2000);
    }

    /** The preview ring drawn while a launch point is dragged: 2 km, fixed azimuths, no refinement. */
    @Benchmark
    public RangeRing rangeRingPreview2km() {
        return RangeRing.preview(ISLAMABAD, radiusKm * 1000, 2000);
    }

    /** Islamabad to New Delhi (the radius parameter does not apply; it only repeats the figure). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object geodesyInverse() {
        return Geodesy.inverse(ISLAMABAD, NEW_DELHI);
    }

    /** Every place against every system, from each system's representative point (radius parameter unused). */
    @Benchmark
    public void reachEveryPlaceEverySystem(Blackhole bh) {
        for (int i = 0; i < systems.size(); i++) {
            bh.consume(Reach.from(launchOf[i], systems.get(i).headlineRangeKm() * 1000, places, true));
        }
    }
}
