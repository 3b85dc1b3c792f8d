package org.balanceexplorer.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, started headless (Monocle) on the bundled dataset before each test and closed
 * after it, with the steps a user takes: search, tick, wait for the rings.
 */
abstract class RunningAppTest extends FxRobot {

    protected ExplorerApp app;

    @BeforeEach
    void startTheApp() throws Exception {
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp::new);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null);
        // The year strip joins once the first frame is drawn: the window is whole when it is in.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window().lookup("#timeline") != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Runs work on the FX thread and returns its result. */
    protected static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    protected WeaponSystem system(String name) {
        return app.model().dataset().systems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Finds a system as a user does: types its name in the search field. */
    protected void search(String text) {
        javafx.scene.control.TextField field = lookup("#system-search").queryAs(javafx.scene.control.TextField.class);
        interact(field::clear);
        clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Searches for a system and clicks its checkbox. */
    protected void tick(String systemName) throws Exception {
        search(systemName);
        TreeCell<?> cell = lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith(systemName + " \u2014")).query();
        clickOn(from(cell).lookup(".check-box").queryAs(CheckBox.class));
        settle();
    }

    /** Waits until the rings are computed and the map has projected them. */
    protected void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model().computingProperty().get()
                && !app.window().map().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
