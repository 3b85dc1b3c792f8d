package org.balanceexplorer.ui.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.PartialDate;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.Styles;

/**
 * The side panel's lower half: for the selected system, every figure with its headline, the
 * basis of that headline, a badge where the claims disagree, and every claim (value, claimant,
 * kind of claimant, source, date, quote, a link and "copy citation"). A quote that is a record of a
 * compiled file is shown in words (file, entry, field and value, commit) above its exact fragment;
 * a claim whose page the second reading did not see says "page not seen". For a selected country,
 * the list of its systems.
 */
public final class ClaimsPanel extends ScrollPane {

    /** Style class of the "page not seen" mark on a claim card. */
    public static final String PAGE_NOT_SEEN = "page-not-seen";
    /** Style class of a compiled record shown in words. */
    public static final String COMPILED_RECORD = "compiled-record";
    /** Style class of a compiled record's exact fragment. */
    public static final String RECORD_FRAGMENT = "record-fragment";
    /** The words of the "page not seen" mark. */
    public static final String PAGE_NOT_SEEN_TEXT = "page not seen: the second reading did not find the cited page again;"
            + " the quote rests on an earlier reading only";

    private final ExplorerViewModel model;
    private final Consumer<String> openAddress;
    private final VBox content = new VBox(10);

    /**
     * @param model       the explorer state
     * @param openAddress opens an http or https address in the user's browser
     */
    public ClaimsPanel(ExplorerViewModel model, Consumer<String> openAddress) {
        this.model = model;
        this.openAddress = openAddress;
        getStyleClass().add(Styles.CLAIMS_PANEL);
        setId("claims-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(10));
        setContent(content);
        model.selectedSystemProperty().addListener((o, a, s) -> show(s));
        model.selectedCountryProperty().addListener((o, a, c) -> {
            if (c != null) {
                showCountry(c);
            }
        });
        showHint();
    }

    private void showHint() {
        Label hint = new Label("Select a system to see its figures and every claim behind them. "
                + "Tick a system to draw its range ring.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        content.getChildren().setAll(hint);
    }

    private void showCountry(String countryId) {
        Dataset d = model.dataset();
        Country country = d.country(countryId).orElse(null);
        if (country == null) {
            return;
        }
        content.getChildren().clear();
        Label title = heading(country.name());
        Label where = new Label("Representative point: " + d.representativePoint(countryId).name()
                + " (a capital, not a launch site)");
        where.setWrapText(true);
        where.getStyleClass().add(Styles.MUTED);
        content.getChildren().addAll(title, where);
        List<WeaponSystem> systems = d.systemsOf(countryId);
        if (systems.isEmpty()) {
            content.getChildren().add(new Label("The dataset lists no systems of " + country.name() + "."));
        }
        for (WeaponSystem s : systems.stream().sorted(Comparator.comparingDouble(WeaponSystem::headlineRangeKm)).toList()) {
            Hyperlink link = new Hyperlink(s.name() + " \u2014 " + s.range().displayHeadline());
            link.getStyleClass().add("country-system-link");
            link.setOnAction(e -> model.select(s));
            content.getChildren().add(link);
        }
        setVvalue(0);
    }

    private void show(WeaponSystem s) {
        if (s == null) {
            showHint();
            return;
        }
        Dataset d = model.dataset();
        content.getChildren().clear();
        content.getChildren().add(heading(s.name()));
        String country = d.country(s.country()).map(Country::name).orElse(s.country());
        String basing = String.join(", ", s.basing().stream().map(Basing::jsonName).toList());
        Label meta = new Label(country + " \u00b7 " + s.category().jsonName().replace("hypersonicGlide", "hypersonic glide")
                + (basing.isEmpty() ? "" : " \u00b7 " + basing + "-based")
                + (s.aliases().isEmpty() ? "" : "\nalso: " + String.join(", ", s.aliases())));
        meta.setWrapText(true);
        meta.getStyleClass().add(Styles.MUTED);
        content.getChildren().add(meta);
        String ruleText = s.ruleClass().map(rule -> "By the app's rule (CRBM < 300 km, SRBM 300\u20131,000, "
                + "MRBM 1,000\u20133,000, IRBM 3,000\u20135,500, ICBM > 5,500) the headline range makes it an "
                + rule.name() + ". Sources' own classes are listed below as claims.")
                .orElse("The app's range classes (CRBM to ICBM) apply to ballistic missiles; this is a cruise missile.");
        Label ruleLabel = new Label(ruleText);
        ruleLabel.setWrapText(true);
        ruleLabel.getStyleClass().add(Styles.MUTED);
        content.getChildren().add(ruleLabel);
        for (FigureKind kind : FigureKind.values()) {
            s.figure(kind).ifPresent(f -> content.getChildren().add(figureBox(f)));
        }
        if (s.note() != null) {
            Label note = new Label("Note: " + s.note());
            note.setWrapText(true);
            content.getChildren().add(note);
        }
        setVvalue(0);
    }

    private Region figureBox(Figure f) {
        VBox box = new VBox(6);
        box.getStyleClass().add(Styles.FIGURE);
        box.setId("figure-" + f.kind().jsonName());
        Label title = new Label(f.kind().label() + ": " + f.displayHeadline());
        title.getStyleClass().add(Styles.FIGURE_TITLE);
        // The headline keeps its full width; the badge goes under it when the panel is narrow
        // (side by side in an HBox, a narrow panel cut the headline itself to "Range: 5,...").
        title.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 4, title);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (f.disputed()) {
            Label badge = new Label(disagreementText(f));
            badge.setWrapText(true);
            badge.getStyleClass().add(Styles.CONFLICT_BADGE);
            badge.setAccessibleText("Sources disagree on the " + f.kind().label().toLowerCase(Locale.ROOT));
            badge.setTooltip(new Tooltip("The claims below give different values. All are kept; none is averaged."));
            head.getChildren().add(badge);
        }
        Label basis = new Label("Headline basis: " + f.basis());
        basis.setWrapText(true);
        basis.getStyleClass().add(Styles.MUTED);
        Label count = new Label(f.claims().size() + (f.claims().size() == 1 ? " claim" : " claims") + " from "
                + f.claimantCount() + (f.claimantCount() == 1 ? " claimant" : " claimants"));
        count.getStyleClass().add(Styles.MUTED);
        box.getChildren().addAll(head, basis, count);
        f.claims().stream()
                .sorted(Claim.BY_DATE_UNDATED_LAST)
                .forEach(c -> box.getChildren().add(claimCard(f, c)));
        return box;
    }

    private static String disagreementText(Figure f) {
        if (f.kind().numeric() && f.lowestClaimed().isPresent()) {
            return "sources disagree: " + new org.balanceexplorer.model.ClaimValue.Span(
                    f.lowestClaimed().getAsDouble(), f.highestClaimed().getAsDouble()).display()
                    + (f.kind().unit().isEmpty() ? "" : " " + f.kind().unit());
        }
        return "sources disagree";
    }

    private Region claimCard(Figure f, Claim c) {
        Dataset d = model.dataset();
        Source src = d.source(c.sourceId()).orElseThrow();
        VBox card = new VBox(3);
        card.getStyleClass().add(Styles.CLAIM_CARD);

        Label value = new Label(c.displayValue(f.kind().unit()));
        value.getStyleClass().add(Styles.CLAIM_VALUE);
        Label kind = new Label(c.claimantKind().label());
        kind.getStyleClass().addAll(Styles.CLAIMANT_KIND, "kind-" + c.claimantKind().jsonName());
        Label claimant = new Label(c.claimant());
        claimant.setWrapText(true);
        claimant.getStyleClass().add(Styles.CLAIMANT);
        HBox top = new HBox(8, value, kind);

        Label quote = new Label(c.quoteInWords());
        quote.setWrapText(true);
        quote.getStyleClass().add(Styles.QUOTE);
        card.getChildren().addAll(top, claimant, quote);
        if (c.compiledRecord().isPresent()) {
            quote.getStyleClass().add(COMPILED_RECORD);
            // the exact fragment is still the quote: it keeps the quote's style under the words
            Label fragment = wrapped("The file's own text: " + c.quote(), RECORD_FRAGMENT);
            fragment.getStyleClass().add(Styles.QUOTE);
            card.getChildren().add(fragment);
        }
        if (c.pageNotSeen()) {
            Label notSeen = wrapped(PAGE_NOT_SEEN_TEXT, PAGE_NOT_SEEN);
            notSeen.getStyleClass().add(Styles.MUTED);
            card.getChildren().add(notSeen);
        }
        c.glossText().ifPresent(g -> card.getChildren().add(wrapped("Gloss: " + g, Styles.MUTED)));

        String when = c.whenText();
        Label source = wrapped(src.title() + " \u2014 " + src.publisher()
                + src.publishedDate().map(p -> ", " + p).orElse("") + " (" + when + ")", Styles.SOURCE);
        card.getChildren().add(source);
        c.noteText().ifPresent(n -> card.getChildren().add(wrapped("Note: " + n, Styles.MUTED)));

        HBox actions = new HBox(6);
        src.address().filter(ClaimsPanel::isWebAddress).ifPresent(url -> {
            Hyperlink link = new Hyperlink("open source");
            link.setTooltip(new Tooltip(url));
            link.setAccessibleText("Open the source in the browser: " + url);
            link.setOnAction(e -> openAddress.accept(url));
            actions.getChildren().add(link);
        });
        Button copy = new Button("copy citation");
        copy.getStyleClass().add(Styles.SMALL_BUTTON);
        copy.setAccessibleText("Copy the citation of this claim");
        copy.setOnAction(e -> {
            ClipboardContent cc = new ClipboardContent();
            cc.putString(citation(f, c, src));
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
     * words), "page not seen" where the second reading did not find the page, and the full source.
     */
    public static String citation(Figure f, Claim c, Source src) {
        return f.kind().label() + " " + c.displayValue(f.kind().unit()) + ", claimed by " + c.claimant()
                + " (" + c.claimantKind().label() + "), " + c.asOfDate().map(PartialDate::toString).orElse("undated")
                + ": " + c.quoteInWords() + ". " + (c.pageNotSeen() ? "(Page not seen on a second reading.) " : "")
                + src.citation();
    }

    /** Only http and https addresses are ever opened. */
    static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.HEADING);
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
