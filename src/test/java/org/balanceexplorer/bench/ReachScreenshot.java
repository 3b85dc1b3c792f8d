package org.balanceexplorer.bench;

import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.testfx.api.FxToolkit;

/**
 * Writes the picture of the reach table in the user guide: the real app with Shaheen-III, Agni-II,
 * Agni-V and DF-26 shown, Port Blair chosen, the Reach tab open. Run headless (Monocle) or under
 * Xvfb with the test classpath; the arguments are the PNG to write and, optionally, {@code envelope}
 * for envelope mode.
 */
public final class ReachScreenshot {

    private ReachScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "reach-table.png");
        FxToolkit.registerPrimaryStage();
        ExplorerApp app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        waitFor(() -> app.window() != null);
        ExplorerViewModel model = app.model();
        onFx(() -> {
            FxToolkit.toolkitContext().getRegisteredStage().setWidth(1600);
            FxToolkit.toolkitContext().getRegisteredStage().setHeight(1000);
            for (String id : List.of("shaheen-3", "agni-2", "agni-5", "df-26")) {
                model.setShown(id, true);
            }
            model.selectPlace("port-blair");
            if (args.length > 1 && args[1].equals("envelope")) {
                model.update(s -> s.withRings(s.rings().withEnvelopes(true)));
            }
            // A wide side panel with the reach tab taller, so that the columns can be read.
            javafx.scene.control.SplitPane centre = (javafx.scene.control.SplitPane) app.window().getCenter();
            centre.setDividerPositions(0.4);
            ((javafx.scene.control.SplitPane) centre.getItems().get(1)).setDividerPositions(0.25);
            return null;
        });
        waitFor(() -> onFx(() -> !model.computingProperty().get() && !app.window().map().busyProperty().get()));
        Thread.sleep(1000);
        onFx(() -> {
            javafx.scene.control.SplitPane centre = (javafx.scene.control.SplitPane) app.window().getCenter();
            centre.setDividerPositions(0.42);
            return null;
        });
        Thread.sleep(2000);
        WritableImage image = onFx(() -> app.window().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        Platform.exit();
        System.exit(0);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }
}
