package org.balanceexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.WeaponSystem;
import org.junit.jupiter.api.Test;

/** The PDF handout: pages, page numbers, embedded fonts, and every claim shown resolved in its text. */
class PdfHandoutTest {

    private static final PdfHandout.Options A4 = new PdfHandout.Options(PdfHandout.Paper.A4, false,
            "The December 2024 sanctions debate", "Prepared for a seminar");

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyClaimBehindARingAndEveryCitedClaimIsOnTheReferencesPage() throws IOException {
        byte[] pdf = PdfHandout.render(ExportFixtures.context(), List.of(ExportFixtures.citingPage()), A4);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            String flat = squeeze(text);
            var d = ExportFixtures.context().dataset();
            int expected = 0;
            for (String id : List.of("shaheen-3", "agni-5")) {
                WeaponSystem s = d.system(id).orElseThrow();
                for (Claim c : s.range().claims()) {
                    expected++;
                    assertThat(flat).contains(squeeze(c.claimant()));
                    var src = d.source(c.sourceId()).orElseThrow();
                    assertThat(flat).contains(squeeze(src.title()));
                    src.address().ifPresent(a -> assertThat(flat).contains(squeeze(a)));
                    if (c.asOf() != null) {
                        assertThat(flat).contains(c.asOf().toString());
                    }
                }
            }
            // The cited claims follow, numbered after the rings' claims, and the caption marks them.
            Claim sanctions = ClaimIds.find(d, "events/us-sanctions-ndc-2024-12-18[0]").orElseThrow().claim();
            assertThat(flat).contains(squeeze(sanctions.claimant()));
            Claim agniTest = ClaimIds.find(d, "agni-5/firstTest[0]").orElseThrow().claim();
            assertThat(flat).contains(squeeze(agniTest.claimant()));
            assertThat(text).contains("Agni-V, first test:");
            assertThat(text).contains("[" + (expected + 1) + ", " + (expected + 2) + "]");
            assertThat(text).contains("Shaheen-III 2,750 km [1\u20135]");
            assertThat(text).contains("The 2,750 km ring", "Prepared for a seminar", "References");
        }
    }

    @Test
    void sixScenesMakeSixMapPagesThenNumberedReferencesPagesWithEmbeddedFonts() throws IOException {
        List<Page> six = List.of(ExportFixtures.citingPage(), Page.of(ExportFixtures.world()),
                Page.of(ExportFixtures.southAsia()), Page.of(ExportFixtures.world()), Page.of(ExportFixtures.southAsia()),
                Page.of(ExportFixtures.world()));
        byte[] pdf = PdfHandout.render(ExportFixtures.context(), six,
                new PdfHandout.Options(PdfHandout.Paper.LETTER, true, "Six scenes", ""));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(6);
            // Letter, landscape.
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(792f);
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            last.setEndPage(pages);
            assertThat(last.getText(doc)).contains("page " + pages + " of " + pages);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }

    @Test
    void aPageCitingAClaimTheDatasetLacksIsRefusedNamingTheId() {
        Page bad = new Page(ExportFixtures.southAsia(), "Bad", "", List.of("shaheen-3/rangeKm[99]"));
        assertThatThrownBy(() -> PdfHandout.render(ExportFixtures.context(), List.of(bad), A4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'shaheen-3/rangeKm[99]'")
                .hasMessageContaining("'Bad'");
    }

    @Test
    void claimIdsNameClaimsByTheirPlaceInTheDataset() {
        var d = ExportFixtures.context().dataset();
        WeaponSystem shaheen = d.system("shaheen-3").orElseThrow();
        assertThat(ClaimIds.find(d, ClaimIds.of(shaheen, FigureKind.RANGE_KM, 1)).orElseThrow().claim())
                .isSameAs(shaheen.range().claims().get(1));
        assertThat(ClaimIds.find(d, "shaheen-3/nonsense[0]")).isEmpty();
        assertThat(ClaimIds.find(d, "events/no-such-event[0]")).isEmpty();
    }
}
