package org.balanceexplorer.export;

import java.util.List;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.ViewState;

/** The bundled data loaded once for the export tests, and the views they export. */
final class ExportFixtures {

    private static ExportContext context;

    private ExportFixtures() {
    }

    /** The bundled dataset and basemaps, loaded once (as the command line loads them). */
    static synchronized ExportContext context() {
        if (context == null) {
            context = ExportContext.load(null);
        }
        return context;
    }

    /** The South Asia view with the Shaheen-III and Agni-V rings (bands on, as the app starts). */
    static ViewState southAsia() {
        return ViewState.initial().withShown("shaheen-3", true).withShown("agni-5", true);
    }

    /** The world view with the longest rings of each country. */
    static ViewState world() {
        return ViewState.initial().withFrame(MapFrame.fitted(FitRegion.WORLD)).withShown("shaheen-3", true)
                .withShown("agni-5", true).withShown("df-41", true);
    }

    /** A page of the South Asia view that cites the sanctions and a claim of Agni-V's first test. */
    static Page citingPage() {
        return new Page(southAsia(), "The 2,750 km ring", "Shaheen-III's ring from Islamabad beside Agni-V's.",
                List.of("events/us-sanctions-ndc-2024-12-18[0]", "agni-5/firstTest[0]"));
    }
}
