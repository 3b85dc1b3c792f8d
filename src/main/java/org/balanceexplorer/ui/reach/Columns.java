package org.balanceexplorer.ui.reach;

import org.balanceexplorer.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Columns of a table defined once, for the screen and for copying: each has a header, a sort key,
 * the text shown and the text copied. {@link #install} builds a sortable, multi-select
 * {@link TableView} whose Ctrl+C (Cmd+C) copies the selected rows, or every row when none is
 * selected, as tab-separated text with a header line, in the order shown.
 *
 * @param <R> the row type
 */
final class Columns<R> {

    /** One column: its header, explanation, sort key, shown text and copied text. */
    record Column<R>(String header, String explanation, Function<R, Comparable<?>> key, Function<R, String> shown,
                     Function<R, String> copied, double width) {
    }

    private final List<Column<R>> columns = new ArrayList<>();

    /** Adds a text column (shown and copied as is). */
    Columns<R> text(String header, String explanation, Function<R, String> value) {
        return text(header, explanation, value, 100);
    }

    /** Adds a text column of a given width (pixels). */
    Columns<R> text(String header, String explanation, Function<R, String> value, double width) {
        columns.add(new Column<>(header, explanation, value::apply, value, value, width));
        return this;
    }

    /** Adds a column of kilometres: shown with grouping and a sign when {@code signed}, copied plain to 0.1 km. */
    Columns<R> km(String header, String explanation, Function<R, Double> value, boolean signed) {
        columns.add(new Column<>(header, explanation, value::apply,
                r -> I18n.text(signed ? "reach.cell.kmSigned" : "reach.cell.km", value.apply(r)),
                r -> String.format(Locale.ROOT, "%.1f", value.apply(r)), signed ? 125 : 95));
        return this;
    }

    /** Adds a column that says whether a range reaches, with its margin, sorted by the margin. */
    Columns<R> reaches(String header, String explanation, Function<R, Boolean> reaches, Function<R, Double> marginKm) {
        columns.add(new Column<>(header, explanation, marginKm::apply,
                r -> I18n.text("reach.cell.reaches", reaches.apply(r) ? 1 : 0, marginKm.apply(r)),
                r -> String.format(Locale.ROOT, "%s (%+.1f km)", reaches.apply(r) ? "yes" : "no", marginKm.apply(r)),
                130));
        return this;
    }

    /** Builds the table's columns, sorting, selection and copying. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void install(TableView<R> table) {
        for (Column<R> c : columns) {
            TableColumn<R, Object> col = new TableColumn<>(c.header());
            col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            col.setComparator((a, b) -> ((Comparable) c.key().apply((R) a)).compareTo(c.key().apply((R) b)));
            col.setCellFactory(tc -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : c.shown().apply((R) item));
                }
            });
            javafx.scene.control.Label header = new javafx.scene.control.Label(c.header());
            header.setTooltip(new Tooltip(c.explanation()));
            col.setText(null);
            col.setGraphic(header);
            col.setUserData(c);
            col.setPrefWidth(c.width());
            table.getColumns().add(col);
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(false);
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(e -> {
            if (copy.match(e)) {
                ClipboardContent content = new ClipboardContent();
                content.putString(copied(table));
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    /** The rows selected (every row when none is), as tab-separated text with a header line, columns in the order shown. */
    @SuppressWarnings("unchecked")
    static <R> String copied(TableView<R> table) {
        List<R> rows = table.getSelectionModel().getSelectedItems().isEmpty() ? table.getItems()
                : List.copyOf(table.getSelectionModel().getSelectedItems());
        List<Column<R>> order = new ArrayList<>();
        table.getVisibleLeafColumns().forEach(tc -> order.add((Column<R>) tc.getUserData()));
        StringBuilder b = new StringBuilder();
        b.append(String.join("\t", order.stream().map(Column::header).toList())).append('\n');
        for (R r : rows) {
            b.append(String.join("\t", order.stream().map(c -> c.copied().apply(r).replace('\t', ' ')).toList()))
                    .append('\n');
        }
        return b.toString();
    }
}
