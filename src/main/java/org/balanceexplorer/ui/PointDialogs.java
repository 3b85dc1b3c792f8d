package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.Place;

/**
 * The keyboard's way to do what the map does with a pointer: move a launch point (to a place, or
 * to typed coordinates) and measure between two named points. Both are plain dialogs: Tab moves
 * between fields, Enter confirms, Esc cancels.
 *
 * <p>Thread safety: FX application thread only.
 */
public final class PointDialogs {

    /** A named point offered in the lists: a country's launch point or a place. */
    public record NamedPoint(String name, GeoPoint location) {
    }

    private PointDialogs() {
    }

    /**
     * Asks for a country and where to put its launch point, and moves it.
     *
     * @param focusCountry the country shown first
     */
    public static void moveLaunchPoint(ExplorerViewModel model, String focusCountry, Window owner) {
        Dataset d = model.dataset();
        Dialog<ButtonType> dialog = dialog(owner, I18n.text("point.move.title"), I18n.text("point.move.header"));
        ComboBox<Country> country = new ComboBox<>();
        country.setId("launch-country");
        country.getItems().setAll(d.countries().stream().filter(c -> !d.systemsOf(c.id()).isEmpty()).toList());
        country.setConverter(converter(Names::of));
        country.setValue(country.getItems().stream().filter(c -> c.id().equals(focusCountry)).findFirst()
                .orElse(country.getItems().isEmpty() ? null : country.getItems().get(0)));
        ComboBox<Place> place = new ComboBox<>();
        place.setId("launch-place");
        place.setPromptText(I18n.text("point.place.prompt"));
        place.getItems().setAll(d.places().stream().sorted(Comparator.comparing(Place::name)).toList());
        place.setConverter(converter(Place::name));
        TextField lat = new TextField();
        lat.setId("launch-lat");
        lat.setPromptText(I18n.text("point.latitude.prompt"));
        TextField lon = new TextField();
        lon.setId("launch-lon");
        lon.setPromptText(I18n.text("point.longitude.prompt"));
        Label problem = new Label();
        problem.setId("launch-problem");
        problem.setWrapText(true);
        Runnable fill = () -> {
            if (country.getValue() != null) {
                GeoPoint p = model.launchPoint(country.getValue().id());
                lat.setText(degrees(p.latDeg()));
                lon.setText(degrees(p.lonDeg()));
            }
        };
        fill.run();
        country.valueProperty().addListener((o, a, c) -> fill.run());
        place.valueProperty().addListener((o, a, p) -> {
            if (p != null) {
                lat.setText(degrees(p.location().latDeg()));
                lon.setText(degrees(p.location().lonDeg()));
            }
        });
        problem.textProperty().bind(Bindings.createStringBinding(() -> pointProblem(lat.getText(), lon.getText()),
                lat.textProperty(), lon.textProperty()));
        dialog.getDialogPane().setContent(grid(new String[] {I18n.text("point.country"), I18n.text("point.place"),
                I18n.text("point.latitude"), I18n.text("point.longitude")},
                new Node[] {country, place, lat, lon}, problem));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(problem.textProperty().isNotEmpty().or(country.valueProperty().isNull()));
        dialog.setOnShown(e -> lat.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.orElse(ButtonType.CANCEL) == ButtonType.OK && country.getValue() != null) {
            model.moveLaunchPoint(country.getValue().id(), point(lat.getText(), lon.getText()), false);
        }
    }

    /** Asks for two named points and measures the geodesic between them. */
    public static void measureBetween(ExplorerViewModel model, Window owner) {
        Dataset d = model.dataset();
        List<NamedPoint> points = new ArrayList<>();
        for (Country c : d.countries()) {
            if (!d.systemsOf(c.id()).isEmpty()) {
                points.add(new NamedPoint(I18n.text("point.launchPointOf", c.name(), launchLabel(model, c.id())),
                        model.launchPoint(c.id())));
            }
        }
        d.places().stream().sorted(Comparator.comparing(Place::name))
                .forEach(p -> points.add(new NamedPoint(p.name(), p.location())));
        Dialog<ButtonType> dialog = dialog(owner, I18n.text("point.measure.title"), I18n.text("point.measure.header"));
        ComboBox<NamedPoint> from = pointChoice(points, "measure-from");
        ComboBox<NamedPoint> to = pointChoice(points, "measure-to");
        dialog.getDialogPane().setContent(grid(new String[] {I18n.text("point.from"), I18n.text("point.to")}, new Node[] {from, to}, new Label()));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(from.valueProperty().isNull().or(to.valueProperty().isNull()));
        dialog.setOnShown(e -> from.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.orElse(ButtonType.CANCEL) == ButtonType.OK && from.getValue() != null && to.getValue() != null) {
            model.measure(from.getValue().location(), to.getValue().location());
        }
    }

    /**
     * What is wrong with typed coordinates, in plain words; empty when they make a point.
     * Accepts decimal degrees with a point as the decimal mark.
     */
    static String pointProblem(String latText, String lonText) {
        Double lat = number(latText);
        Double lon = number(lonText);
        if (lat == null) {
            return I18n.text("point.problem.latitude");
        }
        if (lon == null) {
            return I18n.text("point.problem.longitude");
        }
        if (lat < -90 || lat > 90) {
            return I18n.text("point.problem.latitudeRange");
        }
        if (lon < -180 || lon > 180) {
            return I18n.text("point.problem.longitudeRange");
        }
        return "";
    }

    /**
     * A launch point in words, as the map labels it ({@code LaunchPoints.launchLabel}), in the chosen
     * language: the representative point's name (as the dataset has it), or the user's point in degrees.
     */
    static String launchLabel(ExplorerViewModel model, String countryId) {
        if (!model.isLaunchPointMoved(countryId)) {
            return I18n.text("point.representative", Names.of(model.dataset().representativePoint(countryId)));
        }
        GeoPoint p = model.launchPoint(countryId);
        return I18n.text("point.userChosen", hundredths(p.latDeg()), I18n.text(p.latDeg() >= 0 ? "point.north" : "point.south"),
                hundredths(p.lonDeg()), I18n.text(p.lonDeg() >= 0 ? "point.east" : "point.west"));
    }

    /** The size of a degree value rounded to hundredths half up, as {@code %.2f} rounds it. */
    private static java.math.BigDecimal hundredths(double v) {
        return java.math.BigDecimal.valueOf(Math.abs(v)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static GeoPoint point(String latText, String lonText) {
        return GeoPoint.wrapped(number(latText), number(lonText));
    }

    private static Double number(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static String degrees(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static Dialog<ButtonType> dialog(Window owner, String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setMaxWidth(560);
        return dialog;
    }

    private static ComboBox<NamedPoint> pointChoice(List<NamedPoint> points, String id) {
        ComboBox<NamedPoint> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(points);
        box.setConverter(converter(NamedPoint::name));
        box.setVisibleRowCount(14);
        return box;
    }

    private static GridPane grid(String[] labels, Node[] fields, Label problem) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setLabelFor(fields[i]);
            grid.addRow(i, l, fields[i]);
        }
        problem.getStyleClass().add(Styles.MUTED);
        grid.add(problem, 0, labels.length, 2, 1);
        return grid;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
