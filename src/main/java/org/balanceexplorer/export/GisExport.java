package org.balanceexplorer.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.balanceexplorer.data.GeoJsonWriter;
import org.balanceexplorer.data.GisLayer;
import org.balanceexplorer.data.KmlWriter;
import org.balanceexplorer.map.paint.RingStyle;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.LaunchPoints;
import org.balanceexplorer.state.RingComputation;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The rings, claim bands and launch points a view shows, as GIS features for GeoJSON (QGIS) and KML
 * (Google Earth): one place that decides the attributes of both formats (decision 0009). Each ring
 * and band carries its claims twice: as flat keys any GIS shows (headline range, claim count,
 * claimants joined, sources, dates) and in full, one record per claim (value, claimant, kind of
 * claimant, source, publisher, date, address, quote). Areas are lon/lat, cut at the antimeridian by
 * {@code geo}; a ring's time span begins at the system's first test (its headline), when known.
 *
 * <p>Thread safety: one call at a time per {@link RingComputation}.
 */
public final class GisExport {

    /** The opacity of areas in KML: the map's light shading. */
    private static final double FILL_OPACITY = 0.2;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GisExport() {
    }

    /** The features of a view. */
    public static GisLayer layer(ExportContext ctx, ViewState state, String name) {
        Dataset d = ctx.dataset();
        RingResults results = new RingComputation(d, ctx.territories()).compute(state, false, () -> false,
                RingComputation.Progress.NONE);
        List<GisLayer.Style> styles = new ArrayList<>();
        List<GisLayer.Feature> features = new ArrayList<>();
        Map<String, List<String>> systemsByCountry = new LinkedHashMap<>();
        for (RingResults.ComputedRing c : results.rings()) {
            WeaponSystem s = c.system();
            String style = "system-" + s.id();
            styles.add(new GisLayer.Style(style, RingStyle.of(c.styleIndex()).colour().hex(), 2, FILL_OPACITY));
            systemsByCountry.computeIfAbsent(s.country(), k -> new ArrayList<>()).add(s.name());
            Map<String, Object> flat = flat(d, c, "range ring");
            List<Map<String, String>> claims = claims(d, s.range());
            String begin = s.figure(FigureKind.FIRST_TEST).map(f -> f.headline().display()).orElse(null);
            features.add(new GisLayer.Feature("ring-" + s.id(), s.name() + " " + s.range().displayHeadline()
                    + " from " + c.launchLabel(), c.ring().geographic(), style, flat, claims, begin));
            if (c.band() != null && !c.band().isEmpty()) {
                Map<String, Object> band = flat(d, c, "claim band");
                band.put("lowest_claimed_km", s.range().lowestClaimed().getAsDouble());
                band.put("highest_claimed_km", s.range().highestClaimed().getAsDouble());
                features.add(new GisLayer.Feature("band-" + s.id(), s.name() + ": lowest to highest claimed range",
                        c.band(), style, band, claims, begin));
            }
        }
        styles.add(new GisLayer.Style("launch-point", "#222222", 1, 1));
        for (var e : systemsByCountry.entrySet()) {
            String country = e.getKey();
            GeoPoint p = LaunchPoints.launchPoint(d, state, country);
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("feature", "launch point");
            a.put("country", country);
            a.put("launch_point", LaunchPoints.launchLabel(d, state, country));
            a.put("representative", !LaunchPoints.moved(state, country));
            a.put("lat", p.latDeg());
            a.put("lon", p.lonDeg());
            a.put("systems", String.join("; ", e.getValue()));
            a.put("note", "a representative point (the capital) or one the user chose; never a launch site");
            features.add(new GisLayer.Feature("launch-" + country, LaunchPoints.launchLabel(d, state, country),
                    FACTORY.createPoint(new Coordinate(p.lonDeg(), p.latDeg())), "launch-point", a, List.of(), null));
        }
        return new GisLayer(name, "Range rings drawn geodesically on WGS 84 at each system's headline range, around "
                + "representative launch points; every range is a claim of the sources listed. Made with the South "
                + "Asia Strategic Balance Explorer from dataset " + d.info().name() + " " + d.info().version() + ".",
                styles, features);
    }

    private static Map<String, Object> flat(Dataset d, RingResults.ComputedRing c, String kind) {
        WeaponSystem s = c.system();
        Figure range = s.range();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("feature", kind);
        a.put("system_id", s.id());
        a.put("system", s.name());
        a.put("country", s.country());
        a.put("category", s.category().jsonName());
        a.put("headline_range_km", s.headlineRangeKm());
        a.put("headline", range.displayHeadline());
        a.put("range_class", s.ruleClass().map(Enum::name).orElse("not classed (cruise)"));
        a.put("range_basis", range.basis());
        a.put("claim_count", range.claims().size());
        a.put("claimants", range.claims().stream().map(Claim::claimant).distinct().collect(Collectors.joining("; ")));
        a.put("sources", titles(d, range.claims()));
        a.put("claim_dates", range.claims().stream().map(cl -> cl.asOf() == null ? "undated" : cl.asOf().toString())
                .collect(Collectors.joining("; ")));
        a.put("claims_disagree", range.disputed());
        s.figure(FigureKind.FIRST_TEST).ifPresent(f -> a.put("first_test", f.headline().display()));
        a.put("launch_point", c.launchLabel());
        a.put("launch_lat", c.launchPoint().latDeg());
        a.put("launch_lon", c.launchPoint().lonDeg());
        return a;
    }

    private static String titles(Dataset d, List<Claim> claims) {
        Set<String> out = new LinkedHashSet<>();
        for (Claim c : claims) {
            out.add(d.source(c.sourceId()).map(Source::title).orElse(c.sourceId()));
        }
        return String.join("; ", out);
    }

    /** Each claim in full. */
    private static List<Map<String, String>> claims(Dataset d, Figure range) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Claim c : range.claims()) {
            Source src = d.source(c.sourceId()).orElse(null);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("value", c.displayValue("km"));
            m.put("claimant", c.claimant());
            m.put("claimant_kind", c.claimantKind().label().toLowerCase(Locale.ROOT));
            m.put("source", src == null ? c.sourceId() : src.title());
            m.put("publisher", src == null ? "" : src.publisher());
            m.put("date", c.asOf() == null ? "undated" : c.asOf().toString());
            m.put("address", src == null || src.url() == null ? "" : src.url());
            m.put("quote", c.quoteInWords());
            out.add(m);
        }
        return out;
    }

    /** Writes a view's features as GeoJSON, atomically. */
    public static void writeGeoJson(ExportContext ctx, ViewState state, String name, Path target) throws IOException {
        GeoJsonWriter.write(layer(ctx, state, name), target);
    }

    /** Writes a view's features as KML, atomically. */
    public static void writeKml(ExportContext ctx, ViewState state, String name, Path target) throws IOException {
        KmlWriter.write(layer(ctx, state, name), target);
    }
}
