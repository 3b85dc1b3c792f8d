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
}
