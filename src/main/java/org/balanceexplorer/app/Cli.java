package org.balanceexplorer.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetException;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.data.DatasetProblem;
import org.balanceexplorer.data.DatasetReport;
import org.balanceexplorer.data.AtomicFiles;
import org.balanceexplorer.data.JsonOutput;
import org.balanceexplorer.geo.Reach;
import org.balanceexplorer.geo.ReachEntry;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.TimeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code validate}, {@code reach}, {@code report} and the rest, on the same jar as
 * the app, without starting JavaFX. Exit codes, one rule for every command: 0 success; 1 when the
 * dataset (or another input file) is missing, unreadable or invalid, or the command failed; 2 for
 * bad usage (an unknown command or option, a value out of range, an id the dataset lacks).
 */
@Command(name = "balance-explorer", mixinStandardHelpOptions = true, version = "balance-explorer 0.1",
        description = "South Asia Strategic Balance Explorer. With no command, starts the app.",
        subcommands = {Cli.Validate.class, Cli.Reach.class, Cli.Report.class, ExportCommand.class})
public final class Cli implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public Integer call() {
        return OK;
    }

    /** Runs a command line and returns its exit code; never throws, never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.addSubcommand("checks", new ChecksCommand());
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageException) {
                commandLine.getErr().println("balance-explorer: " + ex.getMessage());
                commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
                return USAGE;
            }
            if (ex instanceof DatasetException de) {
                for (DatasetProblem p : de.problems()) {
                    commandLine.getErr().println(p.format());
                }
                return FAILED;
            }
            LOG.log(Level.FINE, "command failed", ex);
            String m = ex.getMessage();
            commandLine.getErr().println("balance-explorer: " + (m == null ? "the command failed" : m));
            return FAILED;
        });
        if (args.length > 0 && !args[0].startsWith("-") && !cl.getSubcommands().containsKey(args[0])) {
            // Checked before picocli, which would print the general help and exit 0 for "export --help".
            e.println("balance-explorer: '" + args[0] + "' is not a command; the commands are "
                    + String.join(", ", cl.getSubcommands().keySet()) + ".");
            e.println("Try 'balance-explorer --help'.");
            e.flush();
            return USAGE;
        }
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }

    /** Bad usage found after parsing (an unknown system or place): exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static Path datasetDir(Path given) {
        return given != null ? given : BundledData.datasetFolder();
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a dataset folder (default: the bundled dataset). "
                    + "Prints FILE:LINE:COLUMN: JSON_PATH: message for each problem; exit 0 when valid, 1 when not.")
    static final class Validate implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "DATASET_DIR", description = "the dataset folder")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path folder = datasetDir(dir);
            List<DatasetProblem> problems = DatasetLoader.validate(folder);
            PrintWriter out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                Dataset d = DatasetLoader.load(folder);
                out.printf(Locale.ROOT, "valid: %d systems, %d claims, %d sources, %d places, %d events%n",
                        d.systems().size(), d.systems().stream().flatMap(s -> s.figures().values().stream())
                                .mapToInt(f -> f.claims().size()).sum(),
                        d.sources().size(), d.places().size(), d.events().size());
                return OK;
            }
            for (DatasetProblem p : problems) {
                out.println(p.format());
            }
            return FAILED;
        }
    }

    @Command(name = "reach", mixinStandardHelpOptions = true,
            description = "Lists the places within range of a launch point, nearest first (geodesic distance, WGS 84); "
                    + "with --to, which systems reach a place from their representative points.")
    static final class Reach implements Callable<Integer> {
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
        RangeChoice range;

        static final class RangeChoice {
            @Option(names = "--system", paramLabel = "ID", description = "a system id; its headline range is used")
            String system;
            @Option(names = "--radius-km", paramLabel = "R", description = "a radius in kilometres, in (0, 20037.5]")
            Double radiusKm;
        }

        @Option(names = "--from", paramLabel = "PLACE_ID|LAT,LON",
                description = "the launch point: a place id, or latitude,longitude in degrees")
        String from;

        @Option(names = "--to", paramLabel = "PLACE_ID",
                description = "instead: every system, and whether its lowest, headline and highest claim reach this place")
        String to;

        @Option(names = "--all", description = "list every place, with a within column, not only those in range")
        boolean all;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table (default), csv or json")
        String format;

        @Option(names = "--data", paramLabel = "DATASET_DIR", description = "the dataset folder (default: bundled)")
        Path data;

        @Option(names = "--year", paramLabel = "Y", description = "the dataset as known in year Y: systems first "
                + "tested by then, claims dated by then, headlines recomputed from them")
        Integer year;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String fmt = format.toLowerCase(Locale.ROOT);
            if (!List.of("table", "csv", "json").contains(fmt)) {
                throw new UsageException("--format must be table, csv or json, not '" + format + "'");
            }
            if (to != null ? range != null || from != null || all : range == null || from == null) {
                throw new UsageException(to != null ? "--to lists every system: leave out --system, --radius-km, "
                        + "--from and --all" : "give --system ID or --radius-km R with --from, or --to PLACE_ID");
            }
            // A missing or unreadable dataset folder is a dataset problem (exit 1), as for every command.
            Dataset d = DatasetLoader.load(datasetDir(data));
            KnownDataset then = asKnownIn(d, year);
            if (then != null && range != null && range.system != null && then.absence(range.system).isPresent()) {
                throw new IllegalStateException("'" + range.system + "' is not in the dataset as known in " + year + ": "
                        + then.absence(range.system).get());
            }
            Dataset known = then == null ? d : then.dataset();
            if (to != null) {
                ReachTo.print(known, to, fmt, spec.commandLine().getOut());
                return OK;
            }
            double radiusKm;
            String what;
            if (range.system != null) {
                WeaponSystem s = known.system(range.system).orElseThrow(() -> new UsageException(
                        "no system '" + range.system + "' in the dataset; known: " + String.join(", ",
                                known.systems().stream().map(WeaponSystem::id).toList())));
                radiusKm = s.headlineRangeKm();
                what = s.name() + " (headline range " + (year == null ? "" : "as known in " + year + " ")
                        + s.range().displayHeadline() + ", " + s.range().claims().size()
                        + " claims" + (s.range().disputed() ? ", which disagree" : "") + ")";
            } else {
                radiusKm = range.radiusKm;
                if (!(radiusKm > 0 && radiusKm <= 20037.5)) {
                    throw new UsageException("--radius-km must be in (0, 20037.5], was " + radiusKm);
                }
                what = "radius " + radiusKm + " km";
            }
            GeoPoint launch = launchPoint(d, from);
            List<ReachEntry> rows = org.balanceexplorer.geo.Reach.from(launch, radiusKm * 1000, d.places(), all);
            PrintWriter out = spec.commandLine().getOut();
            switch (fmt) {
                case "csv" -> printCsv(out, rows);
                case "json" -> printJson(out, rows, launch, radiusKm);
                default -> printTable(out, rows, what, launch);
            }
            return OK;
        }

        /** The dataset as known in a year (null: no year given), or a usage error for a year out of bounds. */
        static KnownDataset asKnownIn(Dataset d, Integer year) {
            if (year == null) {
                return null;
            }
            if (year < TimeSettings.MIN_YEAR || year > TimeSettings.MAX_YEAR) {
                throw new UsageException("--year must be in [" + TimeSettings.MIN_YEAR + ", " + TimeSettings.MAX_YEAR
                        + "], was " + year);
            }
            return KnownDataset.of(d, new TimeSettings(year, year));
        }

        static GeoPoint launchPoint(Dataset d, String from) {
            if (from.matches("\\s*[-+]?\\d+(\\.\\d+)?\\s*,\\s*[-+]?\\d+(\\.\\d+)?\\s*")) {
                String[] parts = from.split(",");
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
                    throw new UsageException("--from " + from + ": latitude must be in [-90, 90] and longitude in [-180, 180]");
                }
                return new GeoPoint(lat, lon);
            }
            return d.place(from.strip()).map(Place::location).orElseThrow(() -> new UsageException(
                    "--from '" + from + "' is neither a place id of the dataset nor LAT,LON"));
        }

        private static String km(ReachEntry e) {
            return String.format(Locale.ROOT, "%.3f", e.distanceMeters() / 1000);
        }

        private static void printCsv(PrintWriter out, List<ReachEntry> rows) {
            out.println("place_id,place_name,country,distance_km,within");
            for (ReachEntry e : rows) {
                out.println(csv(e.place().id()) + "," + csv(e.place().name()) + "," + csv(e.place().country()) + ","
                        + km(e) + "," + e.within());
            }
        }

        private static String csv(String s) {
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }

        private static void printJson(PrintWriter out, List<ReachEntry> rows, GeoPoint launch, double radiusKm) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ReachEntry e : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("place_id", e.place().id());
                m.put("place_name", e.place().name());
                m.put("country", e.place().country());
                m.put("distance_km", Math.round(e.distanceMeters()) / 1000.0);
                m.put("initial_bearing_deg", Math.round(e.bearingDeg() * 100) / 100.0);
                m.put("within", e.within());
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("from", Map.of("lat", launch.latDeg(), "lon", launch.lonDeg()));
            doc.put("radius_km", radiusKm);
            doc.put("places", list);
            out.println(JsonOutput.toPrettyJson(doc));
        }

        private static void printTable(PrintWriter out, List<ReachEntry> rows, String what, GeoPoint launch) {
            out.printf(Locale.ROOT, "%s from %.4f, %.4f (geodesic distance on WGS 84)%n", what, launch.latDeg(),
                    launch.lonDeg());
            out.printf(Locale.ROOT, "%-22s %-24s %-7s %14s %8s  %s%n", "place_id", "place", "country", "distance_km",
                    "bearing", "within");
            for (ReachEntry e : rows) {
                out.printf(Locale.ROOT, "%-22s %-24s %-7s %14s %7.1f\u00b0  %s%n", e.place().id(), e.place().name(),
                        e.place().country(), km(e), e.bearingDeg(), e.within() ? "yes" : "no");
            }
            if (rows.isEmpty()) {
                out.println("(no place of the dataset is within range)");
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Writes the Markdown overview of a dataset (docs/dataset.md): systems with headline range, "
                    + "class, first test, claims and claimants, and a mark where claims disagree.")
    static final class Report implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DATASET_DIR", description = "the dataset folder (default: bundled)")
        Path data;

        @Option(names = "--omitted", paramLabel = "FILE",
                description = "a Markdown file listing systems left out and why, appended to the report")
        Path omitted;

        @Option(names = "--output", paramLabel = "FILE", description = "write here (atomically) instead of to standard output")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            Dataset d = DatasetLoader.load(datasetDir(data));
            String notes = omitted == null ? "" : Files.readString(omitted);
            String md = DatasetReport.markdown(d, notes);
            if (output == null) {
                spec.commandLine().getOut().print(md);
            } else {
                AtomicFiles.write(output, md.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return OK;
        }
    }
}
