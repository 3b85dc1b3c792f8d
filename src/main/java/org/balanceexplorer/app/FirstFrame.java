package org.balanceexplorer.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.balanceexplorer.ui.FrameDrawn;

/**
 * Notes the app's first full frame: the main window is in the scene, the map is not projecting
 * and the rings asked for on the command line are on it, and the frame of that pulse has been
 * rendered. The time is taken at the second pulse after the one in which all that first held:
 * the renderer draws a pulse's frame on its own thread while the next pulse begins, and that next
 * pulse's scene synchronisation waits for it, so by the second pulse the frame is drawn.
 *
 * <p>Off unless the system property {@code explorer.firstFrame} is set: {@code print} writes
 * {@code startup app jvm=<ms since the JVM started>} on standard output; {@code exit} writes it and
 * quits; {@code train} writes it and quits a second later, once what joins the window after its
 * first frame (the year strip) is in, so that the package's training run records that too. The installed app's start-up is measured with it (it is the only way to see the first
 * frame of a packaged launcher from outside), and the package build's training run, which records
 * what start-up loads into the ahead-of-time cache, ends with it (docs/performance.md, decision
 * 0017). The rule is the one the start-up probe applies to the hello-world window.
 */
final class FirstFrame {

    static final String PROPERTY = "explorer.firstFrame";

    private FirstFrame() {
    }

    /** Whether the property asks for the first frame. */
    static boolean wanted() {
        String v = System.getProperty(PROPERTY, "");
        return v.equals("print") || v.equals("exit") || v.equals("train");
    }

    /** Pulses the training run goes on for after the first frame (about a second at 60 a second). */
    private static final int TRAINING_PULSES = 60;

    /** Starts watching the pulses (on the FX thread) until {@code ready} holds, then runs {@code then}, when the property asks. */
    static void watch(BooleanSupplier ready, Runnable then) {
        if (!wanted()) {
            return;
        }
        String mode = System.getProperty(PROPERTY);
        FrameDrawn.after(ready, () -> {
            long jvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(Locale.ROOT, "startup app jvm=%d%n", jvm);
            System.out.flush();
            then.run();
            if (mode.equals("exit")) {
                Platform.exit();
            } else if (mode.equals("train")) {
                FrameDrawn.afterPulses(TRAINING_PULSES, Platform::exit);
            }
        });
    }
}
