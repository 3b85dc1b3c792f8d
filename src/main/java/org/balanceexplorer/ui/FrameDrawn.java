package org.balanceexplorer.ui;

import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * When a frame is on the screen: the renderer draws a pulse's frame on its own thread while the
 * next pulse begins, and that pulse's scene synchronisation waits for it, so by the second pulse
 * after the one in which something first held, the frame showing it has been drawn. The window's
 * year strip joins at that moment, and the start-up measurement ({@code app.FirstFrame}) takes its
 * time there: one rule for both.
 *
 * <p>FX application thread.
 */
public final class FrameDrawn {

    private FrameDrawn() {
    }

    /**
     * Runs {@code then} at the second pulse after the first pulse in which {@code shown} holds
     * (tested at the start of each pulse).
     */
    public static void after(BooleanSupplier shown, Runnable then) {
        new AnimationTimer() {
            private int pulsesAfter = -1;

            @Override
            public void handle(long now) {
                if (pulsesAfter < 0) {
                    if (shown.getAsBoolean()) {
                        pulsesAfter = 0;
                    }
                } else if (++pulsesAfter == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs {@code then} after {@code pulses} more pulses. */
    public static void afterPulses(int pulses, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= pulses) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
