package org.balanceexplorer.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TitledPane;

/**
 * Content built the first time it is shown: a side tab's panel when the tab is first selected, a
 * collapsed pane's content when it is first expanded. Until then the window's first frame does not
 * pay for its nodes' styles, skins and layout (start-up, docs/performance.md): the Reach tab alone
 * was a third of the window's nodes. Its state lives in view models built at once, so building the
 * panel late loses nothing.
 *
 * <p>Thread safety: FX application thread only.
 *
 * @param <T> the kind of node built
 */
public final class LazyContent<T extends Node> {

    private final Supplier<T> factory;
    private T built;

    private LazyContent(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The tab's content is built when it is first selected (at once if it is selected now). */
    public static <T extends Node> LazyContent<T> of(Tab tab, Supplier<T> factory) {
        return when(tab.selectedProperty(), tab::setContent, factory);
    }

    /** The pane's content is built when it is first expanded (at once if it is expanded now). */
    public static <T extends Node> LazyContent<T> of(TitledPane pane, Supplier<T> factory) {
        return when(pane.expandedProperty(), pane::setContent, factory);
    }

    /** Puts the content in place the first time {@code shown} holds. */
    private static <T extends Node> LazyContent<T> when(ReadOnlyBooleanProperty shown, Consumer<Node> place,
                                                        Supplier<T> factory) {
        LazyContent<T> lazy = new LazyContent<>(factory);
        if (shown.get()) {
            place.accept(lazy.get());
        } else {
            shown.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        o.removeListener(this);
                        place.accept(lazy.get());
                    }
                }
            });
        }
        return lazy;
    }

    /** The content, built now if it was not yet (it is then not yet shown anywhere). */
    public T get() {
        if (built == null) {
            built = factory.get();
        }
        return built;
    }

    /** Whether the content has been built. */
    public boolean isBuilt() {
        return built != null;
    }
}
