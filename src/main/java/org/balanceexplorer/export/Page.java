package org.balanceexplorer.export;

import java.util.List;
import java.util.Objects;
import org.balanceexplorer.state.ViewState;

/**
 * One picture to export: a view state with what is written round it. A saved scene is a page with
 * neither title nor caption; a lecture's scene maps onto one page each (its title, the caption the
 * room sees and the ids of the claims it cites), so the PNG and PDF exporters take lists of these.
 *
 * @param state        the view to draw, non-null
 * @param title        the page's title, or an empty string
 * @param caption      what the picture says in words, or an empty string
 * @param citedClaimIds ids of claims the caption cites ({@link ClaimIds}), in order, possibly none; their
 *                     sources are listed with those of the rings shown
 */
public record Page(ViewState state, String title, String caption, List<String> citedClaimIds) {

    public Page {
        Objects.requireNonNull(state, "state");
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
        citedClaimIds = List.copyOf(citedClaimIds == null ? List.of() : citedClaimIds);
    }

    /** A page of a view alone: no title, caption or cited claims. */
    public static Page of(ViewState state) {
        return new Page(state, "", "", List.of());
    }
}
