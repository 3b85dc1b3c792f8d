package org.balanceexplorer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication that claims are read in.
 *
 * @param id        unique id across the dataset
 * @param title     the title as published
 * @param publisher who published it (newspaper, institute, ministry)
 * @param authors   named authors, possibly none
 * @param published publication date, or {@code null} when the source does not give one
 * @param url       an http or https address, or {@code null} when there is none
 * @param accessed  when the address was read, or {@code null}
 * @param kind      what kind of publication it is
 * @param note      an editor's note (for example "secondary compilation of NASIC 2020"), or {@code null}
 */
public record Source(
        String id,
        String title,
        String publisher,
        List<String> authors,
        PartialDate published,
        String url,
        PartialDate accessed,
        SourceKind kind,
        String note) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(kind, "kind");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public Optional<PartialDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    public Optional<String> address() {
        return Optional.ofNullable(url);
    }

    /**
     * A one-line citation: authors, title, publisher, date, address and access date, in that order,
     * leaving out what is unknown.
     */
    public String citation() {
        StringBuilder b = new StringBuilder();
        if (!authors.isEmpty()) {
            b.append(String.join(", ", authors)).append(". ");
        }
        b.append('\u201c').append(title).append("\u201d. ").append(publisher);
        if (published != null) {
            b.append(", ").append(published);
        }
        b.append('.');
        if (url != null) {
            b.append(' ').append(url);
        }
        if (accessed != null) {
            b.append(" (accessed ").append(accessed).append(')');
        }
        return b.toString();
    }
}
