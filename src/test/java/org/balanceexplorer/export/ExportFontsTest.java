package org.balanceexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/** The bundled typeface covers every name an export writes from the bundled dataset. */
class ExportFontsTest {

    @Test
    void everyNameClaimantAndSourceOfTheDatasetHasGlyphs() {
        Dataset d = ExportFixtures.context().dataset();
        List<String> names = new ArrayList<>();
        d.countries().stream().map(Country::name).forEach(names::add);
        d.places().stream().map(Place::name).forEach(names::add);
        for (WeaponSystem s : d.systems()) {
            names.add(s.name());
            names.addAll(s.aliases());
            s.figures().values().forEach(f -> f.claims().stream().map(Claim::claimant).forEach(names::add));
        }
        for (Source s : d.sources()) {
            names.add(s.title());
            names.add(s.publisher());
            names.addAll(s.authors());
            s.address().ifPresent(names::add);
        }
        d.events().forEach(e -> names.add(e.title()));
        // every word the painters put on an export (they always paint in English)
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle(org.balanceexplorer.map.paint.Words.BUNDLE,
                java.util.Locale.ROOT, java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        en.keySet().stream().filter(k -> k.startsWith("map.")).map(en::getString).forEach(names::add);
        names.add("\u26a0 claims differ: the side panel lists each claim \u00b7 India\u2013China");
        assertThat(names).hasSizeGreaterThan(300);
        assertThat(names).allSatisfy(n -> assertThat(ExportFonts.covers(n)).as(n).isTrue());
    }

    @Test
    void aCharacterTheTypefaceLacksBecomesAQuestionMarkNotAnError() {
        // Devanagari (a quote's language in the dataset) is not in DejaVu Sans.
        assertThat(ExportFonts.covers("\u0905\u0917\u094d\u0928\u093f")).isFalse();
        assertThat(ExportFonts.printable("Agni \u0905\u0917")).isEqualTo("Agni ??");
    }
}
