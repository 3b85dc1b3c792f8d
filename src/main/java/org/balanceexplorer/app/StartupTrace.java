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

    public static void mark(String phase) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf(Locale.ROOT, "trace %6d ms  %-40s [%s]%n", ms, phase, Thread.currentThread().getName());
        }
    }
}
