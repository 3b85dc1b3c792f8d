package org.balanceexplorer.ui.claims;

import org.balanceexplorer.ui.DatasetWords;
import org.balanceexplorer.ui.Names;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.ClaimValue;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.FigureKind;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
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
    /**
     * The words of the "page not seen" mark in English, whatever the language chosen (the panel
     * shows them in the chosen one, {@code claims.pageNotSeen}).
     */
    public static final String PAGE_NOT_SEEN_TEXT =
            org.balanceexplorer.map.paint.Words.ENGLISH.text("claims.pageNotSeen");

    private final ExplorerViewModel model;
    private final Consumer<String> openAddress;
    private final VBox content = new VBox(10);
    /** What the panel shows: a system, a country id, an event, or null for the hint. */
    private Object shown;

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
        model.selectedSystemProperty().addListener((o, a, s) -> {
            shown = s;
            show(s);
        });
        model.selectedCountryProperty().addListener((o, a, c) -> {
            if (c != null) {
                shown = c;
                showCountry(c);
            }
        });
        model.selectedEventProperty().addListener((o, a, e) -> {
            if (e != null) {
                shown = e;
                showEvent(e);
            }
        });
        // What is shown follows the year: headlines as known then, hidden claims counted.
        model.knownProperty().addListener((o, a, k) -> {
            double scroll = getVvalue();
            if (shown instanceof WeaponSystem s) {
                show(s);
            } else if (shown instanceof Event e) {
                showEvent(e);
            } else if (shown instanceof String c) {
                showCountry(c);
            }
            setVvalue(scroll);
        });
        // Started with a system selected (--select, a scene): its claims, not the hint.
        WeaponSystem selected = model.selectedSystemProperty().get();
        if (selected != null) {
            shown = selected;
            show(selected);
        } else {
            showHint();
        }
    }

    private void showHint() {
        Label hint = new Label(I18n.text("claims.hint"));
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
        Label title = heading(Names.of(country));
        Label where = new Label(I18n.text("claims.country.point", Names.of(d.representativePoint(countryId))));
        where.setWrapText(true);
        where.getStyleClass().add(Styles.MUTED);
        content.getChildren().addAll(title, where);
        List<WeaponSystem> systems = d.systemsOf(countryId);
        if (systems.isEmpty()) {
            content.getChildren().add(new Label(I18n.text("claims.country.noSystems", Names.of(country))));
        }
        KnownDataset known = model.known();
        for (WeaponSystem s : systems.stream().sorted(Comparator.comparingDouble(WeaponSystem::headlineRangeKm)).toList()) {
            String then = known.dataset().system(s.id()).map(t -> DatasetWords.headline(t.range()))
                    .orElse(I18n.text("claims.country.notOnMap", TimeNotes.yearOf(known.time())));
            Hyperlink link = new Hyperlink(s.name() + " \u2014 " + then);
            link.getStyleClass().add("country-system-link");
            link.setOnAction(e -> model.select(s));
            content.getChildren().add(link);
        }
        setVvalue(0);
    }

    private void showEvent(Event e) {
        content.getChildren().setAll(EventClaims.nodes(model, e, openAddress));
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
        String country = d.country(s.country()).map(Names::of).orElse(s.country());
        String basing = String.join(I18n.text("claims.listSeparator"),
                s.basing().stream().map(b -> I18n.text("claims.basing." + b.name())).toList());
        Label meta = new Label(country + " \u00b7 " + I18n.text("claims.category." + s.category().name())
                + (basing.isEmpty() ? "" : " \u00b7 " + I18n.text("claims.basedOn", basing))
                + (s.aliases().isEmpty() ? "" : "\n" + I18n.text("claims.aliases", String.join(", ", s.aliases()))));
        meta.setWrapText(true);
        meta.getStyleClass().add(Styles.MUTED);
        content.getChildren().add(meta);
        WeaponSystem now = model.known().dataset().system(s.id()).orElse(s);
        // the bounds of RangeClass.of, as arguments so they are written in the digits chosen
        String ruleText = now.ruleClass().map(rule -> I18n.text("claims.rangeClass", rule.name(), 300, 1000, 3000, 5500))
                .orElse(I18n.text("claims.rangeClass.cruise"));
        Label ruleLabel = new Label(ruleText);
        ruleLabel.setWrapText(true);
        ruleLabel.getStyleClass().add(Styles.MUTED);
        content.getChildren().add(ruleLabel);
        TimeNotes.absence(model.known(), s).ifPresent(content.getChildren()::add);
        for (FigureKind kind : FigureKind.values()) {
            s.figure(kind).ifPresent(f -> content.getChildren().add(figureBox(s, f)));
        }
        if (s.note() != null) {
            Label note = new Label(I18n.text("claims.note", s.note()));
            note.setWrapText(true);
            content.getChildren().add(note);
        }
        setVvalue(0);
    }

    /**
     * One figure: its headline (as known in the year when "as known in" is on), the basis, a badge
     * where the claims disagree, what the year changed, and a card per claim known then.
     */
    private Region figureBox(WeaponSystem s, Figure whole) {
        KnownDataset known = model.known();
        Figure f = known.dataset().system(s.id()).flatMap(t -> t.figure(whole.kind())).orElse(whole);
        Optional<KnownDataset.FigureThen> then = known.figure(s.id(), whole.kind());
        boolean nothingKnown = then.map(t -> t.outcome() == KnownDataset.Outcome.NOTHING_KNOWN).orElse(false);
        VBox box = new VBox(6);
        box.getStyleClass().add(Styles.FIGURE);
        box.setId("figure-" + f.kind().jsonName());
        Label title = new Label(I18n.text("claims.figure.title", DatasetWords.figureLabel(f.kind()),
                nothingKnown ? I18n.text("claims.figure.nothingClaimed") : DatasetWords.headline(f)));
        title.getStyleClass().add(Styles.FIGURE_TITLE);
        // The headline keeps its full width; the badge goes under it when the panel is narrow
        // (side by side in an HBox, a narrow panel cut the headline itself to "Range: 5,...").
        title.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(8, 4, title);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (!nothingKnown && f.disputed()) {
            Label badge = new Label(disagreementText(f));
            badge.setWrapText(true);
            badge.getStyleClass().add(Styles.CONFLICT_BADGE);
            badge.setAccessibleText(I18n.text("claims.disagree.accessible", DatasetWords.figureLabel(f.kind()).toLowerCase(Locale.ROOT)));
            badge.setTooltip(new Tooltip(I18n.text("claims.disagree.tip")));
            head.getChildren().add(badge);
        }
        Label basis = new Label(I18n.text("claims.basis", f.basis()));
        basis.setWrapText(true);
        basis.getStyleClass().add(Styles.MUTED);
        box.getChildren().addAll(head, basis);
        then.flatMap(t -> TimeNotes.figureNote(t, known.time().knownInYear()))
                .ifPresent(note -> box.getChildren().add(note));
        if (nothingKnown) {
            return box;
        }
        Label count = new Label(I18n.text("claims.count", f.claims().size(), f.claimantCount()));
        count.getStyleClass().add(Styles.MUTED);
        box.getChildren().add(count);
        f.claims().stream()
                .sorted(Claim.BY_DATE_UNDATED_LAST)
                .forEach(c -> box.getChildren().add(ClaimCards.card(model.dataset(), DatasetWords.figureLabel(f.kind()), f.kind().unit(), c,
                        known.time(), openAddress)));
        return box;
    }

    private static String disagreementText(Figure f) {
        if (f.kind().numeric() && f.lowestClaimed().isPresent()) {
            return I18n.text("claims.disagree.span", DatasetWords.value(new ClaimValue.Span(
                    f.lowestClaimed().getAsDouble(), f.highestClaimed().getAsDouble()), f.kind().unit()));
        }
        return I18n.text("claims.disagree");
    }

    /**
     * A citation a student can paste: the claim, who made it, the quote (a compiled record in
     * words), "page not seen" where the second reading did not find the page, and the full source.
     */
    public static String citation(Figure f, Claim c, Source src) {
        return ClaimCards.citation(DatasetWords.figureLabel(f.kind()), f.kind().unit(), c, src);
    }

    /** Only http and https addresses are ever opened. */
    static boolean isWebAddress(String url) {
        return ClaimCards.isWebAddress(url);
    }


    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.HEADING);
        return l;
    }
}
