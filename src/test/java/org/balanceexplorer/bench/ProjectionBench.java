package org.balanceexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.CountryShape;
import org.balanceexplorer.geo.Projection;
import org.balanceexplorer.geo.Projections;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Projecting a whole basemap (every country's geometry) in each projection, as the map does once
 * per projection switch ({@code ProjectedCache}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ProjectionBench {

    @Param({"EQUIRECTANGULAR", "MERCATOR", "AZIMUTHAL_EQUIDISTANT", "ORTHOGRAPHIC", "LAMBERT_CONFORMAL_CONIC"})
    public String kind;

    @Param({"COARSE", "FINE"})
    public String resolution;

    private Projection projection;
    private List<Geometry> countries;

    @Setup(Level.Trial)
    public void load() {
        Basemap map = BenchData.basemap(BundledData.Resolution.valueOf(resolution));
        countries = new ArrayList<>();
        for (CountryShape s : map.countries()) {
            countries.add(s.geometry());
        }
        Projections.Kind k = Projections.Kind.valueOf(kind);
        // As the app centres them: azimuthal and globe on India's representative point (New Delhi), the rest on 0,0.
        GeoPoint centre = k == Projections.Kind.AZIMUTHAL_EQUIDISTANT || k == Projections.Kind.ORTHOGRAPHIC
                ? GeoBench.NEW_DELHI : new GeoPoint(0, 0);
        projection = Projections.create(k, centre);
    }

    @Benchmark
    public void projectBasemap(Blackhole bh) {
        for (Geometry g : countries) {
            bh.consume(projection.project(g));
        }
    }
}
