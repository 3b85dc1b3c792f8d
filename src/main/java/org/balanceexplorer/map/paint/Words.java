package org.balanceexplorer.map.paint;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the painters put on the map (the legend, the scale bar's note, a measurement, ring
 * and launch-point labels), in one language: the window hands in the language its user chose;
 * the exports keep {@link #ENGLISH}, because their typeface has no Arabic or Devanagari shaping
 * (decision 0019). The words live in the app's one bundle family, under keys starting
 * {@code map.}, so that the bundle test checks them in every language.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Words {

    /** The bundle family of the app's own words. */
    String BUNDLE = "org.balanceexplorer.ui.i18n.messages";

    /** English, the exports' language and the default. */
    Words ENGLISH = of(ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
            Locale.forLanguageTag("en-GB"), "en");

    /**
     * The words of a key, its arguments put in by {@link MessageFormat}.
     *
     * @param key  a key of the bundle
     * @param args the pattern's arguments
     */
    String text(String key, Object... args);

    /** The language's tag ({@code "en"}, {@code "ur"}, {@code "hi"}): the one dataset names are looked up in. */
    String language();

    /**
     * Words read from a bundle in a locale (its number system decides the digits).
     *
     * @param bundle   the bundle of one language
     * @param locale   the locale numbers are written in
     * @param language the language's tag
     */
    static Words of(ResourceBundle bundle, Locale locale, String language) {
        return new Words() {
            @Override
            public String text(String key, Object... args) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }

            @Override
            public String language() {
                return language;
            }
        };
    }
}
