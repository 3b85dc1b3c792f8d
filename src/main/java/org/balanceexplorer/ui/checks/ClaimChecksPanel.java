package org.balanceexplorer.ui.checks;

import org.balanceexplorer.ui.DatasetWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Source;
import org.balanceexplorer.state.CheckResult;
import org.balanceexplorer.state.MeasureResult;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Styles;

/**
 * The "Claim checks" tab: one card per check, the statement (quote, claimant and kind, source,
 * date) above what the data measures, each measurement with the launch point it is measured
 * from. No verdict is shown. It binds to {@link ClaimChecksViewModel} and holds no state of its own.
 */
public final class ClaimChecksPanel extends ScrollPane {

    /** Style class of a check's card. */
    public static final String CHECK_CARD = "check-card";
    /** Style class of a measurement's result line. */
    public static final String CHECK_RESULT = "check-result";
    /** Style class of the heading above the measurements. */
    public static final String CHECK_HEADING = "check-heading";
    /** Style class of what a measurement measures. */
    public static final String CHECK_MEASURED = "check-measured";

    private final ClaimChecksViewModel model;
    private final VBox content = new VBox(10);
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label problem = new Label();
    /** The result labels of the cards shown, by check id, and the ids in order. */
    private final Map<String, List<Label>> resultLabels = new HashMap<>();
    private List<String> shownIds = List.of();

    public ClaimChecksPanel(ClaimChecksViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
        setId("claim-checks");
        setFitToWidth(true);
        getStyleClass().add(Styles.CLAIMS_PANEL);
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.computingProperty());
        progress.setAccessibleText(I18n.text("checks.computing"));
        Label intro = new Label(I18n.text("checks.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox page = new VBox(8, new HBox(8, intro, progress), problem, content);
        page.setStyle("-fx-padding: 8;");
        setContent(page);
        model.resultsProperty().addListener((o, before, now) -> show(now));
        show(model.resultsProperty().get());
    }

    private void show(List<CheckResult> results) {
        List<String> ids = results.stream().map(r -> r.check().id()).toList();
        if (!ids.isEmpty() && ids.equals(shownIds)) {
            // the same checks measured again (a launch point moved): change the numbers in place,
            // so the list neither flickers nor loses its scroll position
            for (CheckResult r : results) {
                List<Label> labels = resultLabels.get(r.check().id());
                for (int i = 0; i < labels.size(); i++) {
                    MeasureResult m = r.measurements().get(i);
                    labels.get(i).setText(resultText(m));
                    labels.get(i).setAccessibleText(m.description() + ". " + labels.get(i).getText());
                }
            }
            return;
        }
        shownIds = ids;
        resultLabels.clear();
        content.getChildren().clear();
        Dataset d = model.datasetShown();
        if (results.isEmpty() && !d.claimChecks().isEmpty()) {
            content.getChildren().add(new Label(I18n.text("checks.measuring")));
        } else if (d.claimChecks().isEmpty()) {
            content.getChildren().add(new Label(I18n.text("checks.none")));
        }
        for (CheckResult r : results) {
            content.getChildren().add(card(d, r, resultLabels));
        }
    }

    private static String resultText(MeasureResult m) {
        return m.launchLabel().isEmpty() ? m.result() : I18n.text("checks.from", m.launchLabel(), m.result());
    }

    private static Region card(Dataset d, CheckResult r, Map<String, List<Label>> resultLabels) {
        Claim c = r.check().statement();
        VBox card = new VBox(4);
        card.setId("check-" + r.check().id());
        card.getStyleClass().add(CHECK_CARD);
        Label quote = label(DatasetWords.quote(c), Styles.QUOTE);
        Label kind = new Label(DatasetWords.claimantKind(c.claimantKind()));
        kind.getStyleClass().addAll(Styles.CLAIMANT_KIND, "kind-" + c.claimantKind().jsonName());
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label claimant = label(c.claimant(), Styles.CLAIMANT);
        HBox who = new HBox(8, kind, claimant);
        String source = d.source(c.sourceId()).map(Source::citation).orElse(c.sourceId());
        Label src = label(I18n.text("checks.source", source, DatasetWords.when(c)), Styles.SOURCE);
        card.getChildren().addAll(quote, who, src);
        r.check().originText().ifPresent(o -> card.getChildren().add(label(I18n.text("checks.origin", o), Styles.MUTED)));
        c.glossText().ifPresent(g -> card.getChildren().add(label(I18n.text("claims.gloss", g), Styles.MUTED)));
        Label heading = label(I18n.text("checks.measured"), CHECK_HEADING);
        card.getChildren().add(heading);
        for (MeasureResult m : r.measurements()) {
            Label measured = label(capital(m.description()), CHECK_MEASURED);
            Label result = label(resultText(m), CHECK_RESULT);
            resultLabels.computeIfAbsent(r.check().id(), k -> new ArrayList<>()).add(result);
            result.setAccessibleText(m.description() + ". " + result.getText());
            card.getChildren().addAll(measured, result);
        }
        r.check().noteText().ifPresent(n -> card.getChildren().add(label(I18n.text("claims.note", n), Styles.MUTED)));
        return card;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
