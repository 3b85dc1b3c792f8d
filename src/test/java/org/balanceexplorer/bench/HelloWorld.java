package org.balanceexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The plain JavaFX hello-world the installed app's start-up is held against: a window of the
 * app's size with one label, nothing of the project's on its classpath (only JavaFX's own jars),
 * on the default Java. Prints {@code startup hello jvm=<ms>} at the second pulse after the pulse in
 * which the stage showed, when that pulse's frame has been drawn (the rule the app's
 * {@code explorer.firstFrame} applies), then exits.
 * Driven by {@code installed-startup.sh} next to this file.
 */
public final class HelloWorld {

    private HelloWorld() {
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1500, 940));
            stage.setTitle("hello");
            stage.show();
            new AnimationTimer() {
                private boolean readySeen;
                private int pulsesAfter;

                @Override
                public void handle(long now) {
                    if (readySeen && ++pulsesAfter == 2) {
                        long jvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.printf(Locale.ROOT, "startup hello jvm=%d%n", jvm);
                        System.out.flush();
                        stop();
                        Platform.exit();
                        return;
                    }
                    readySeen = readySeen || stage.isShowing();
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }
}
