package org.balanceexplorer.ui.claims;

import org.balanceexplorer.ui.DatasetWords;
import org.balanceexplorer.ui.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.balanceexplorer.model.Claim;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.Styles;

/**
 * An event of the timeline in the claims panel: its title, date, kind and countries, the systems it
 * names (each a link that selects it), and a card per claim; under "as known in", the claims dated
 * after the year are left out and counted.
 */
final class EventClaims {

    private EventClaims() {
    }

    static List<Node> nodes(ExplorerViewModel model, Event e, Consumer<String> openAddress) {
        KnownDataset known = model.known();
        List<Node> out = new ArrayList<>();
        Label title = new Label(e.title());
        title.setWrapText(true);
        title.getStyleClass().add(Styles.HEADING);
        title.setId("event-title");
        out.add(title);
        String countries = String.join(I18n.text("claims.listSeparator"), e.countries().stream()
                .map(c -> model.dataset().country(c).map(Names::of).orElse(c)).toList());
        String date = DatasetWords.date(e.date());
        String kind = DatasetWords.eventKind(e.kind());
        out.add(ClaimCards.wrapped(countries.isEmpty() ? I18n.text("claims.event.meta", date, kind)
                : I18n.text("claims.event.meta.countries", date, kind, countries), Styles.MUTED));
        Integer year = known.time().year();
        if (year != null && e.date().year() > year) {
            out.add(TimeNotes.note(I18n.text("claims.event.future", year), "time-future"));
        }
        if (!e.systems().isEmpty()) {
            Label names = new Label(I18n.text("claims.event.systems"));
            names.getStyleClass().add(Styles.MUTED);
            out.add(names);
            for (String id : e.systems()) {
                model.dataset().system(id).ifPresent(s -> out.add(systemLink(model, known, s)));
            }
        }
        List<Claim> shown = e.claims().stream().filter(c -> !KnownDataset.hides(known.time(), c))
                .sorted(Claim.BY_DATE_UNDATED_LAST).toList();
        int hidden = e.claims().size() - shown.size();
        Label count = new Label(hidden == 0 ? I18n.text("claims.event.count", shown.size())
                : I18n.text("claims.event.countHidden", shown.size(), hidden, known.time().knownInYear()));
        count.getStyleClass().add(Styles.MUTED);
        count.setId("event-claim-count");
        out.add(count);
        for (Claim c : shown) {
            out.add(ClaimCards.card(model.dataset(), I18n.text("claims.event.what", e.title(), DatasetWords.date(e.date())), "", c,
                    known.time(), openAddress));
        }
        return out;
    }

    private static Node systemLink(ExplorerViewModel model, KnownDataset known, WeaponSystem s) {
        Hyperlink link = new Hyperlink(known.absence(s.id()).map(why -> I18n.text("claims.event.absent", s.name(), why))
                .orElse(s.name()));
        link.getStyleClass().add("event-system-link");
        link.setAccessibleText(I18n.text("claims.event.select", s.name()));
        link.setOnAction(a -> model.select(s));
        link.setWrapText(true);
        return link;
    }
}
