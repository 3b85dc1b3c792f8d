package org.balanceexplorer.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balanceexplorer.data.JsonOutput;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.state.ReachTables;
import org.balanceexplorer.state.ReachTables.ToRow;

/**
 * {@code reach --to PLACE_ID}: every system of the dataset, from its country's representative
 * point, and whether its lowest, headline and highest claimed range reach the place (the app's
 * reach table for a selected place, {@link ReachTables#to}); largest headline margin first.
 */
final class ReachTo {

    private ReachTo() {
    }

    /**
     * Prints the table.
     *
     * @param format {@code table}, {@code csv} or {@code json}
     * @throws Cli.UsageException if the dataset has no such place
     */
    static void print(Dataset d, String placeId, String format, PrintWriter out) {
        Place place = d.place(placeId.strip()).orElseThrow(() -> new Cli.UsageException(
                "--to '" + placeId + "' is not a place id of the dataset; known: "
                        + String.join(", ", d.places().stream().map(Place::id).toList())));
        List<ToRow> rows = new ArrayList<>(new ReachTables(d, Map.of())
                .to(ReachTables.representative(d, d.systems()), place, false));
        rows.sort(Comparator.comparingDouble(ToRow::headlineMarginKm).reversed()
                .thenComparing(r -> r.system().id()));
        switch (format) {
            case "csv" -> csv(out, rows);
            case "json" -> json(out, rows, place);
            default -> table(out, rows, place);
        }
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.3f", km);
    }

    private static void csv(PrintWriter out, List<ToRow> rows) {
        out.println("system_id,system_name,country,from,distance_km,lowest_km,headline_km,highest_km,"
                + "reaches_lowest,reaches_headline,reaches_highest,margin_headline_km");
        for (ToRow r : rows) {
            out.println(String.join(",", r.system().id(), quoted(r.system().name()), r.system().country(),
                    quoted(r.fromLabel()), km(r.distanceKm()), km(r.lowestKm()), km(r.headlineKm()), km(r.highestKm()),
                    String.valueOf(r.reachesLowest()), String.valueOf(r.reachesHeadline()),
                    String.valueOf(r.reachesHighest()), km(r.headlineMarginKm())));
        }
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static void json(PrintWriter out, List<ToRow> rows, Place place) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ToRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("system_id", r.system().id());
            m.put("system_name", r.system().name());
            m.put("country", r.system().country());
            m.put("from", r.fromLabel());
            m.put("from_point", Map.of("lat", r.from().latDeg(), "lon", r.from().lonDeg()));
            m.put("distance_km", Math.round(r.distanceKm() * 1000) / 1000.0);
            m.put("lowest_km", r.lowestKm());
            m.put("headline_km", r.headlineKm());
            m.put("highest_km", r.highestKm());
            m.put("reaches_lowest", r.reachesLowest());
            m.put("reaches_headline", r.reachesHeadline());
            m.put("reaches_highest", r.reachesHighest());
            m.put("margin_headline_km", Math.round(r.headlineMarginKm() * 1000) / 1000.0);
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("to", Map.of("id", place.id(), "name", place.name(), "lat", place.location().latDeg(),
                "lon", place.location().lonDeg()));
        doc.put("systems", list);
        out.println(JsonOutput.toPrettyJson(doc));
    }

    private static void table(PrintWriter out, List<ToRow> rows, Place place) {
        out.printf(Locale.ROOT, "Which systems reach %s (%.4f, %.4f), each from its country's representative point "
                + "(geodesic distance on WGS 84); margin = range minus distance%n", place.name(),
                place.location().latDeg(), place.location().lonDeg());
        out.printf(Locale.ROOT, "%-12s %-16s %-7s %12s  %-16s %-16s %-16s%n", "system_id", "system", "country",
                "distance_km", "lowest claim", "headline", "highest claim");
        for (ToRow r : rows) {
            out.printf(Locale.ROOT, "%-12s %-16s %-7s %12.1f  %-16s %-16s %-16s%n", r.system().id(), r.system().name(),
                    r.system().country(), r.distanceKm(), cell(r.reachesLowest(), r.lowestMarginKm()),
                    cell(r.reachesHeadline(), r.headlineMarginKm()), cell(r.reachesHighest(), r.highestMarginKm()));
        }
        long n = rows.stream().filter(ToRow::reachesHeadline).count();
        out.printf(Locale.ROOT, "%d of %d systems reach it by their headline range%n", n, rows.size());
    }

    private static String cell(boolean reaches, double marginKm) {
        return String.format(Locale.ROOT, "%s %+.0f km", reaches ? "yes" : "no ", marginKm);
    }
}
