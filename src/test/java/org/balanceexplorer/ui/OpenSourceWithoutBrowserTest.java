package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.balanceexplorer.app.ExplorerApp;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "open source" where no browser can be started: the app says so and offers the address to copy
 * (it failed in silence, a line on the terminal).
 */
class OpenSourceWithoutBrowserTest extends FxRobot {

    private ExplorerApp app;

    @AfterEach
    void stopTheApp() throws Exception {
        System.clearProperty("explorer.addressOpener");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void withNoBrowserTheAddressIsOfferedToCopy() throws Exception {
        System.setProperty("explorer.addressOpener", "no-such-address-opener");
        // The defaults, not what an earlier test left in the settings file.
        TestSettings.startFresh();
        FxToolkit.registerPrimaryStage();
        app = (ExplorerApp) FxToolkit.setupApplication(ExplorerApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != null);
        WeaponSystem shaheen = app.model().dataset().system("shaheen-3").orElseThrow();
        interact(() -> app.model().select(shaheen));
        WaitForAsyncUtils.waitForFxEvents();

        Hyperlink open = lookup((Hyperlink h) -> "open source".equals(h.getText())).queryAs(Hyperlink.class);
        interact(open::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#address-to-copy").tryQuery().isPresent());

        TextField address = lookup("#address-to-copy").queryAs(TextField.class);
        // The address of one of Shaheen-III's sources, whole.
        assertThat(shaheen.figures().values().stream().flatMap(f -> f.claims().stream())
                .map(c -> app.model().dataset().source(c.sourceId()).orElseThrow().url()))
                .contains(address.getText());
        assertThat(lookup((javafx.scene.control.Label l) -> l.getText() != null
                && l.getText().contains("no-such-address-opener was not found")).tryQuery()).isPresent();
        clickOn("#copy-address");
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo(address.getText());
    }
}
