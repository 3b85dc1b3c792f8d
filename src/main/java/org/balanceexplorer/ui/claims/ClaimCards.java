package org.balanceexplorer.ui.claims;

import org.balanceexplorer.ui.DatasetWords;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Styles;

/**
 * One claim as a card (value, kind of claimant, claimant, quote or compiled record, "page not
 * seen", gloss, source and date, note, "open source" and "copy citation"), for a figure of a system
 * or for an event. With a year set, an undated claim says that it is shown whatever the year.
 */
final class ClaimCards {

    /** Style class of the note on an undated claim while a year is set ({@code claims.undatedNote}). */
    static final String UNDATED = "undated-claim";

    private ClaimCards() {
    }

    /**
     * @param d           the dataset that holds the claim's source
     * @param what        what the claim is of, for the citation ("Range", "Event BECA signed"), in the language chosen
     * @param unit        the unit of its value ("km", "kg"), or ""
     * @param c           the claim
     * @param time        the time settings shown (for the undated note)
     * @param openAddress opens an http(s) address
     */
    static Region card(Dataset d, String what, String unit, Claim c, TimeSettings time, Consumer<String> openAddress) {
        Source src = d.source(c.sourceId()).orElseThrow();
        VBox card = new VBox(3);
        card.getStyleClass().add(Styles.CLAIM_CARD);

        Label value = new Label(DatasetWords.claimValue(c, unit));
        value.getStyleClass().add(Styles.CLAIM_VALUE);
        Label kind = new Label(DatasetWords.claimantKind(c.claimantKind()));
        kind.getStyleClass().addAll(Styles.CLAIMANT_KIND, "kind-" + c.claimantKind().jsonName());
        Label claimant = new Label(c.claimant());
        claimant.setWrapText(true);
        claimant.getStyleClass().add(Styles.CLAIMANT);
        HBox top = new HBox(8, value, kind);

        Label quote = new Label(DatasetWords.quote(c));
        quote.setWrapText(true);
        quote.getStyleClass().add(Styles.QUOTE);
        card.getChildren().addAll(top, claimant, quote);
        if (c.compiledRecord().isPresent()) {
            quote.getStyleClass().add(ClaimsPanel.COMPILED_RECORD);
            // the exact fragment is still the quote: it keeps the quote's style under the words
            Label fragment = wrapped(I18n.text("claims.recordFragment", c.quote()), ClaimsPanel.RECORD_FRAGMENT);
            fragment.getStyleClass().add(Styles.QUOTE);
            card.getChildren().add(fragment);
        }
        if (c.pageNotSeen()) {
            Label notSeen = wrapped(I18n.text("claims.pageNotSeen"), ClaimsPanel.PAGE_NOT_SEEN);
            notSeen.getStyleClass().add(Styles.MUTED);
            card.getChildren().add(notSeen);
        }
        c.glossText().ifPresent(g -> card.getChildren().add(wrapped(I18n.text("claims.gloss", g), Styles.MUTED)));

        String when = DatasetWords.when(c);
        Label source = wrapped(src.publishedDate()
                .map(p -> I18n.text("claims.source.published", src.title(), src.publisher(), DatasetWords.date(p), when))
                .orElse(I18n.text("claims.source", src.title(), src.publisher(), when)), Styles.SOURCE);
        card.getChildren().add(source);
        if (c.asOf() == null && !time.equals(TimeSettings.LATEST)) {
            Label undated = wrapped(I18n.text("claims.undatedNote"), UNDATED);
            undated.getStyleClass().add(Styles.MUTED);
            card.getChildren().add(undated);
        }
        c.noteText().ifPresent(n -> card.getChildren().add(wrapped(I18n.text("claims.note", n), Styles.MUTED)));

        HBox actions = new HBox(6);
        src.address().filter(ClaimCards::isWebAddress).ifPresent(url -> {
            Hyperlink link = new Hyperlink(I18n.text("claims.openSource"));
            link.setTooltip(new Tooltip(url));
            link.setAccessibleText(I18n.text("claims.openSource.accessible", url));
            link.setOnAction(e -> openAddress.accept(url));
            actions.getChildren().add(link);
        });
        Button copy = new Button(I18n.text("claims.copyCitation"));
        copy.getStyleClass().add(Styles.SMALL_BUTTON);
        copy.setAccessibleText(I18n.text("claims.copyCitation.accessible"));
        copy.setOnAction(e -> {
            ClipboardContent cc = new ClipboardContent();
            cc.putString(citation(what, unit, c, src));
            Clipboard.getSystemClipboard().setContent(cc);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actions.getChildren().addAll(spacer, copy);
        card.getChildren().add(actions);
        return card;
    }

    /**
     * A citation a student can paste: the claim, who made it, the quote (a compiled record in
     * words), "page not seen" where the second reading did not find the page, and the full source
     * (the source's own citation, as the dataset gives it).
     */
    static String citation(String what, String unit, Claim c, Source src) {
        String date = c.asOfDate().map(DatasetWords::date).orElse(I18n.text("claims.undated"));
        return I18n.text(c.pageNotSeen() ? "claims.citation.pageNotSeen" : "claims.citation", what,
                DatasetWords.claimValue(c, unit), c.claimant(), DatasetWords.claimantKind(c.claimantKind()), date,
                DatasetWords.quote(c), src.citation());
    }

    /** Only http and https addresses are ever opened. */
    static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
