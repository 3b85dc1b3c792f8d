package org.balanceexplorer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.balanceexplorer.export.ExportContext;
import org.balanceexplorer.export.Page;
import org.balanceexplorer.export.PdfHandout;
import org.balanceexplorer.export.PngExport;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.ViewState;

/**
 * Export timings in a running program (as File &gt; Export runs them, data loaded): the South Asia
 * view with Shaheen-III and Agni-V as a PNG at 2x (drawn and encoded), and a six-scene PDF handout
 * (computed, laid out, drawn and saved). One unmeasured run, then {@code RUNS} measured; prints
 * min, median and max wall time in ms, and the median CPU time of the whole process. Run: {@code mvn -Pbench -DskipTests test-compile exec:exec@exports}.
 */
public final class ExportBench {

    private static final int RUNS = 7;

    private ExportBench() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        ExportContext ctx = ExportContext.load(null);
        ViewState southAsia = ViewState.initial().withShown("shaheen-3", true).withShown("agni-5", true);
        ViewState world = southAsia.withFrame(MapFrame.fitted(FitRegion.WORLD)).withShown("df-41", true);
        List<Page> six = List.of(new Page(southAsia, "The 2,750 km ring", "Shaheen-III from Islamabad.",
                        List.of("us-sanctions-ndc-2024-12-18/1")),
                new Page(world, "The world", "", List.of()),
                new Page(world.withProjection(new ProjectionChoice(ProjectionKind.ORTHOGRAPHIC, new GeoPoint(30, 75))),
                        "On the globe", "", List.of()),
                new Page(world.withProjection(new ProjectionChoice(ProjectionKind.MERCATOR, new GeoPoint(0, 0))),
                        "Mercator", "", List.of()),
                new Page(southAsia.withProjection(new ProjectionChoice(ProjectionKind.AZIMUTHAL_EQUIDISTANT,
                        new GeoPoint(33.6938, 73.0652))), "Azimuthal equidistant", "", List.of()),
                new Page(southAsia.withShown("agni-5", false), "Shaheen-III alone", "", List.of()));
        PdfHandout.Options a4 = new PdfHandout.Options(PdfHandout.Paper.A4, false, "Bench", "");
        report("PNG, South Asia, 1200x800 at 2x", () -> PngExport.encode(PngExport.render(ctx, Page.of(southAsia),
                1200, 800, 2)));
        report("PDF handout, 6 scenes", () -> PdfHandout.render(ctx, six, a4));
    }

    /** CPU time of the whole process (every thread, the JIT's too): less swayed by a busy machine than wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String what, Runnable work) {
        work.run();
        List<Double> ms = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long c = processCpuNanos();
            long t = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - t) / 1e6);
            cpu.add((processCpuNanos() - c) / 1e6);
        }
        double[] s = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] p = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-34s wall min %6.0f  median %6.0f  max %6.0f ms; process CPU median %6.0f ms  (%s)%n",
                what, s[0], s[s.length / 2], s[s.length - 1], p[p.length / 2],
                Arrays.toString(ms.stream().mapToLong(Math::round).toArray()));
    }
}
