package org.balanceexplorer.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Marks the phases of start-up on standard error, in milliseconds since the JVM started, when
 * the system property {@code explorer.trace} is {@code true} (docs/performance.md uses it to see
 * where start-up time goes). Otherwise does nothing. Thread safety: safe from any thread.
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("explorer.trace");

    private StartupTrace() {
    }

    /** Whether tracing is on. */
    public static boolean on() {
        return ON;
    }

    /** Marks the start and end of the layout pass of the scene's first few pulses. */
    public static void pulses(javafx.scene.Scene scene, int count) {
        if (!ON) {
            return;
        }
        int[] done = {0};
        scene.addPreLayoutPulseListener(() -> {
            if (done[0] < count) {
                mark("pulse " + (done[0] + 1) + ": layout starts");
            }
        });
        scene.addPostLayoutPulseListener(() -> {
            if (done[0] < count) {
                mark("pulse " + (++done[0]) + ": layout done");
            }
        });
    }

    public static void mark(String phase) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf(Locale.ROOT, "trace %6d ms  %-40s [%s]%n", ms, phase, Thread.currentThread().getName());
        }
    }

    /** Marks how many nodes the scene holds, and of which kinds the most. */
    public static void nodes(javafx.scene.Parent root) {
        if (!ON) {
            return;
        }
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        int all = 0;
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            all++;
            kinds.merge(n.getClass().getSimpleName(), 1, Integer::sum);
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        StringBuilder most = new StringBuilder();
        kinds.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20)
                .forEach(e -> most.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        mark(all + " nodes:" + most);
        StringBuilder parts = new StringBuilder();
        regions(root, 0, parts);
        mark("where:" + parts);
    }

    /** Appends the nodes of the first levels that hold 20 nodes or more, with their node counts. */
    private static int regions(javafx.scene.Node n, int depth, StringBuilder out) {
        int size = 1;
        StringBuilder inner = new StringBuilder();
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                size += regions(c, depth + 1, inner);
            }
        }
        if (depth <= 6 && size >= 20) {
            String name = n.getId() != null ? "#" + n.getId()
                    : n.getStyleClass().isEmpty() ? n.getClass().getSimpleName() : "." + n.getStyleClass().get(0);
            out.append("\n    ").append("  ".repeat(depth)).append(name).append('=').append(size);
        }
        out.append(inner);
        return size;
    }

    /** Marks the CPU time each thread has used so far (Linux: from /proc; elsewhere nothing). */
    public static void threadTimes() {
        if (!ON) {
            return;
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime and stime, in clock ticks of 10 ms (Linux's USER_HZ is 100).
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                byName.merge(name, ticks * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        StringBuilder b = new StringBuilder("CPU ms by thread:");
        byName.entrySet().stream().filter(e -> e.getValue() > 0).sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        mark(b.toString());
    }
}
