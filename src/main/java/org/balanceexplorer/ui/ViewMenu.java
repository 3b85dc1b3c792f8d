package org.balanceexplorer.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.RingOptions;
import org.balanceexplorer.state.ViewState;

/**
 * The View menu's map items: the projection and the ring options. Like the tool bar, they show the
 * view state and change it through the view model, so the two always agree and neither holds state
 * of its own.
 */
final class ViewMenu {

    private ViewMenu() {
    }

    /** Adds "Projection" and "Rings" to a menu. */
    static void install(Menu view, ExplorerViewModel model, Consumer<ProjectionKind> choose) {
        Menu projection = new Menu(I18n.text("view.projection"));
        projection.setId("view-projection");
        ToggleGroup kinds = new ToggleGroup();
        for (ProjectionKind k : ProjectionKind.values()) {
            RadioMenuItem item = new RadioMenuItem(I18n.text("projection." + k.geoKind().name()));
            item.setId("view-projection-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setUserData(k);
            item.setToggleGroup(kinds);
            item.setOnAction(e -> {
                if (k != model.state().projection().kind()) {
                    choose.accept(k);
                }
            });
            projection.getItems().add(item);
        }
        Menu rings = new Menu(I18n.text("view.rings"));
        rings.setId("view-rings");
        List<Option> options = List.of(
                new Option(I18n.text("rings.bands.menu"), "view-bands", RingOptions::bands, (r, on) -> r.withBands(on)),
                new Option(I18n.text("rings.perClaim.menu"), "view-claim-rings", RingOptions::claimRings, (r, on) -> r.withClaimRings(on)),
                new Option(I18n.text("rings.envelopes.menu"), "view-envelopes", RingOptions::envelopes, (r, on) -> r.withEnvelopes(on)),
                new Option(I18n.text("rings.naive.menu"), "view-naive", RingOptions::naive, (r, on) -> r.withNaive(on)));
        for (Option o : options) {
            CheckMenuItem item = new CheckMenuItem(o.text());
            item.setId(o.id());
            item.setOnAction(e -> model.update(withRings(o, item.isSelected())));
            rings.getItems().add(item);
            o.item = item;
        }
        view.getItems().addAll(0, List.of(projection, rings));
        Consumer<ViewState> show = s -> {
            kinds.getToggles().forEach(t -> t.setSelected(t.getUserData() == s.projection().kind()));
            for (Option o : options) {
                o.item.setSelected(o.get().apply(s.rings()));
            }
        };
        model.stateProperty().addListener((obs, a, s) -> show.accept(s));
        show.accept(model.state());
    }

    private static UnaryOperator<ViewState> withRings(Option o, boolean on) {
        return s -> s.withRings(o.set().apply(s.rings(), on));
    }

    /** One ring option: its words, id, how to read it from the state and how to set it. */
    private static final class Option {
        private final String text;
        private final String id;
        private final Function<RingOptions, Boolean> get;
        private final java.util.function.BiFunction<RingOptions, Boolean, RingOptions> set;
        private CheckMenuItem item;

        Option(String text, String id, Function<RingOptions, Boolean> get,
               java.util.function.BiFunction<RingOptions, Boolean, RingOptions> set) {
            this.text = text;
            this.id = id;
            this.get = get;
            this.set = set;
        }

        String text() {
            return text;
        }

        String id() {
            return id;
        }

        Function<RingOptions, Boolean> get() {
            return get;
        }

        java.util.function.BiFunction<RingOptions, Boolean, RingOptions> set() {
            return set;
        }
    }
}
