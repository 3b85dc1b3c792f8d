package org.balanceexplorer.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.model.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the tests of views built on their own, without the whole app, share: the bundled dataset,
 * views made on the FX thread, and the language put back to English after each test.
 */
public abstract class ViewsOnTheirOwnTest {

    /** The bundled dataset, as the app reads it. */
    protected static Dataset dataset;

    @BeforeAll
    static void loadTheBundledDataset() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = BundledData.dataset();
    }

    @AfterEach
    void backToEnglish() {
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
    }

    /** Runs {@code work} on the FX thread and returns its result (20 s at most). */
    protected static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
