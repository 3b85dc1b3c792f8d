package org.balanceexplorer.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.JsonOutput;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.state.CheckResult;
import org.balanceexplorer.state.ClaimCheckComputation;
import org.balanceexplorer.state.MeasureResult;
import org.balanceexplorer.state.ViewState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code checks}: every claim check of a dataset, each statement with its claimant and source
 * beside the measurements computed from the data, from the representative launch points. No
 * verdict is printed. Territories are the bundled 1:110m Natural Earth outlines, as in the app.
 */
@Command(name = "checks", mixinStandardHelpOptions = true,
        description = "Prints every claim check: the statement, its claimant and source, and the measurements "
                + "computed from the data (distances, territory shares, places within range, range comparisons).")
final class ChecksCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table (default), csv or json")
    String format;

    @Option(names = "--data", paramLabel = "DATASET_DIR", description = "the dataset folder (default: bundled)")
    Path data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(fmt)) {
            throw new Cli.UsageException("--format must be table, csv or json, not '" + format + "'");
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new Cli.UsageException("no dataset folder at " + data);
        }
        Dataset d = DatasetLoader.load(Cli.datasetDir(data));
        Basemap basemap = BundledData.readBasemap(BundledData.Resolution.COARSE, BasemapBinary::readEither);
        List<CheckResult> results = new ClaimCheckComputation(ClaimCheckComputation.territoriesOf(d, basemap))
                .compute(d, ViewState.initial());
        PrintWriter out = spec.commandLine().getOut();
        switch (fmt) {
            case "csv" -> csv(out, d, results);
            case "json" -> out.println(JsonOutput.toPrettyJson(json(d, results)));
            default -> table(out, d, results);
        }
        return Cli.OK;
    }

    private static String source(Dataset d, Claim c) {
        return d.source(c.sourceId()).map(s -> s.publisher() + ", \u201c" + s.title() + "\u201d"
                + s.publishedDate().map(p -> ", " + p).orElse("")).orElse(c.sourceId());
    }

    private static void table(PrintWriter out, Dataset d, List<CheckResult> results) {
        out.println("Claim checks: each statement beside what the data measures (no verdict; launch points are"
                + " representative points)");
        for (CheckResult r : results) {
            Claim c = r.check().statement();
            out.println();
            out.println("[" + r.check().id() + "] " + c.quoteInWords());
            out.println("  claimant: " + c.claimant() + " (" + c.claimantKind().label() + "), " + c.whenText());
            out.println("  source:   " + source(d, c));
            r.check().originText().ifPresent(o -> out.println("  recorded: " + o));
            for (MeasureResult m : r.measurements()) {
                out.println("  - " + m.description());
                out.println("    from " + m.launchLabel() + ": " + m.result());
            }
        }
    }

    private static void csv(PrintWriter out, Dataset d, List<CheckResult> results) {
        out.println("check_id,claimant,claimant_kind,source_id,as_of,quote,measurement_kind,measured,launch_point,result");
        for (CheckResult r : results) {
            Claim c = r.check().statement();
            for (MeasureResult m : r.measurements()) {
                out.println(String.join(",", csv(r.check().id()), csv(c.claimant()), c.claimantKind().jsonName(),
                        csv(c.sourceId()), c.asOf() == null ? "" : c.asOf().toString(), csv(c.quote()),
                        m.measure().kindName(), csv(m.description()), csv(m.launchLabel()), csv(m.result())));
            }
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static List<Map<String, Object>> json(Dataset d, List<CheckResult> results) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckResult r : results) {
            Claim c = r.check().statement();
            Map<String, Object> statement = new LinkedHashMap<>();
            statement.put("quote", c.quote());
            statement.put("claimant", c.claimant());
            statement.put("claimant_kind", c.claimantKind().jsonName());
            statement.put("source_id", c.sourceId());
            d.source(c.sourceId()).map(Source::title).ifPresent(t -> statement.put("source_title", t));
            if (c.asOf() != null) {
                statement.put("as_of", c.asOf().toString());
            }
            r.check().originText().ifPresent(o -> statement.put("recorded_in", o));
            List<Map<String, Object>> measurements = new ArrayList<>();
            for (MeasureResult m : r.measurements()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("kind", m.measure().kindName());
                mm.put("measured", m.description());
                mm.put("launch_point", m.launchLabel());
                mm.put("result", m.result());
                mm.putAll(m.values());
                measurements.add(mm);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", r.check().id());
            entry.put("statement", statement);
            entry.put("measurements", measurements);
            r.check().noteText().ifPresent(n -> entry.put("note", n));
            list.add(entry);
        }
        return list;
    }
}
