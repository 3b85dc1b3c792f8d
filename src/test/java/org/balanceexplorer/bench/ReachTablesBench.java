package org.balanceexplorer.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.TerritoryDistance;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingOptions;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.ViewState;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reach tables with all 40 systems shown (target: every place and every shown system within
 * 5 ms): the table from the launch points plus the table for each of the 45 places; the same in
 * envelope mode once the nearest points are known; and what finding the nearest points costs the
 * first time (one territory, every place).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ReachTablesBench {

    private List<Place> places;
    private List<ReachTables.Launcher> launchers;
    private ReachTables reach;
    private ViewState state;
    private ViewState envelopeState;
    private RingResults rings;
    private Geometry india;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = BenchData.dataset();
        Basemap basemap = BenchData.basemap(BundledData.Resolution.COARSE);
        Map<String, Geometry> territories = new HashMap<>();
        for (Country c : dataset.countries()) {
            basemap.byName(c.name()).ifPresent(shape -> territories.put(c.id(), shape.geometry()));
        }
        india = territories.get("IND");
        places = dataset.places();
        ViewState s = ViewState.initial();
        for (WeaponSystem w : dataset.systems()) {
            s = s.withShown(w.id(), true);
        }
        state = s.withSelection(new Selection(null, null, "port-blair"));
        envelopeState = state.withRings(RingOptions.DEFAULT.withEnvelopes(true));
        rings = new RingComputation(dataset, Map.of()).compute(state, false, () -> false, RingComputation.Progress.NONE);
        launchers = ReachTables.launchers(rings);
        reach = new ReachTables(dataset, territories);
        for (Place p : places) {
            reach.compute(envelopeState.withSelection(new Selection(null, null, p.id())), rings);
        }
    }

    /** What the panel computes when a filter, the rings or the selected place change: both tables, one place. */
    @Benchmark
    public ReachTables.Tables bothTablesForTheSelectedPlace() {
        return reach.compute(state, rings);
    }

    /** The table from the launch points and the table for every one of the 45 places, 40 systems shown. */
    @Benchmark
    public void everyPlaceEveryShownSystem(Blackhole bh) {
        bh.consume(reach.from(launchers, false));
        for (Place p : places) {
            bh.consume(reach.to(launchers, p, false));
        }
    }

    /** The same in envelope mode, the nearest points of the territories already known. */
    @Benchmark
    public void everyPlaceEveryShownSystemFromTheTerritories(Blackhole bh) {
        bh.consume(reach.from(launchers, true));
        for (Place p : places) {
            bh.consume(reach.to(launchers, p, true));
        }
    }

    /** The nearest point of India's territory to every place, found afresh (the first envelope-mode table). */
    @Benchmark
    public void nearestPointOfIndiaToEveryPlace(Blackhole bh) {
        TerritoryDistance d = new TerritoryDistance(india);
        for (Place p : places) {
            bh.consume(d.nearest(p.location()));
        }
    }
}
