package org.balanceexplorer.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.balanceexplorer.map.paint.MapTheme;
import org.balanceexplorer.map.paint.Rgba;
import org.balanceexplorer.map.paint.RingPalette;

/**
 * How the map looks, apart from what it shows: its colours, read from the stylesheet as CSS
 * properties of {@code .map-view} ({@code -map-sea}, {@code -map-land}, ... see {@link #CSS_NAMES}),
 * the ring palette the user chose, and the UI scale. A theme is a stylesheet: the high-contrast
 * stylesheet sets these properties, and no code path differs between themes.
 *
 * <p>Thread safety: FX application thread only.
 */
final class MapLook {

    private static final StyleablePropertyFactory<MapView> FACTORY =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    /** The CSS property of each colour of {@link MapTheme}, in the record's order. */
    static final List<String> CSS_NAMES = List.of("-map-backdrop", "-map-sea", "-map-land", "-map-land-focus",
            "-map-border", "-map-graticule", "-map-label", "-map-muted", "-map-highlight", "-map-highlight-text",
            "-map-representative", "-map-disputed", "-map-measure", "-map-naive", "-map-halo",
            "-map-legend-background", "-map-legend-edge");

    private static final List<Function<MapTheme, Rgba>> DEFAULTS = List.of(MapTheme::backdrop, MapTheme::sea,
            MapTheme::land, MapTheme::landFocus, MapTheme::border, MapTheme::graticule, MapTheme::label,
            MapTheme::muted, MapTheme::highlight, MapTheme::highlightText, MapTheme::representative,
            MapTheme::disputed, MapTheme::measure, MapTheme::naive, MapTheme::halo, MapTheme::legendBackground,
            MapTheme::legendEdge);

    private final Map<String, StyleableProperty<Color>> colours = new LinkedHashMap<>();
    private final ObjectProperty<RingPalette> palette = new SimpleObjectProperty<>(RingPalette.STANDARD);
    private final DoubleProperty uiScale = new SimpleDoubleProperty(1);
    private MapTheme theme = MapTheme.LIGHT;

    /**
     * @param view     the map whose CSS sets the colours
     * @param onChange called when the theme or the scale changed (the map redraws everything)
     */
    MapLook(MapView view, Runnable onChange) {
        for (int i = 0; i < CSS_NAMES.size(); i++) {
            String css = CSS_NAMES.get(i);
            StyleableProperty<Color> p = FACTORY.createStyleableColorProperty(view, css.substring(1), css,
                    m -> m.look().colours.get(css), FxSurface.fx(DEFAULTS.get(i).apply(MapTheme.LIGHT)));
            colours.put(css, p);
            ((javafx.beans.value.ObservableValue<?>) p).addListener((o, a, b) -> {
                rebuild();
                onChange.run();
            });
        }
        palette.addListener((o, a, b) -> {
            rebuild();
            onChange.run();
        });
        uiScale.addListener((o, a, b) -> onChange.run());
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return FACTORY.getCssMetaData();
    }

    private void rebuild() {
        Rgba[] c = new Rgba[CSS_NAMES.size()];
        for (int i = 0; i < c.length; i++) {
            Color fx = colours.get(CSS_NAMES.get(i)).getValue();
            c[i] = new Rgba(fx.getRed(), fx.getGreen(), fx.getBlue(), fx.getOpacity());
        }
        theme = new MapTheme(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12],
                c[13], c[14], c[15], c[16], palette.get() == null ? RingPalette.STANDARD : palette.get());
    }

    /** The colours and palette the map paints in now. */
    MapTheme theme() {
        return theme;
    }

    ObjectProperty<RingPalette> paletteProperty() {
        return palette;
    }

    DoubleProperty uiScaleProperty() {
        return uiScale;
    }
}
