package org.balanceexplorer.ui;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.geometry.NodeOrientation;
import org.balanceexplorer.data.Settings;

/**
 * The app's own words in the chosen language: one resource bundle family,
 * {@code org/balanceexplorer/ui/i18n/messages{,_ur,_hi}.properties} (UTF-8), read through
 * {@link MessageFormat} in the chosen {@link Locale}, so numbers given as arguments are written in
 * the language's digits when {@link Settings.Digits#NATIVE} is chosen. Claim quotes, source titles,
 * claimants and every other text of the dataset never pass through here: they stay in the language
 * of their source.
 *
 * <p>The language is chosen once, before the first view is built ({@link #use}); views read their
 * words when they are built, so a change in the settings takes effect at the next start (the
 * settings menu says so). English is the default, so tests that look nodes up by English text keep
 * working.
 *
 * <p>Thread safety: {@link #use} publishes an immutable choice through a volatile field; the other
 * methods may be called from any thread.
 */
public final class I18n {

    /** The bundle family's base name. */
    public static final String BUNDLE = "org.balanceexplorer.ui.i18n.messages";

    private record Choice(Settings.Language language, Settings.Digits digits, Locale locale, ResourceBundle bundle) {
    }

    private static volatile Choice choice = choose(Settings.Language.EN, Settings.Digits.LATIN);

    private I18n() {
    }

    /**
     * Chooses the language and digits of every word read after this call.
     *
     * @param language the language, not null
     * @param digits   the digits, not null (English always writes 0-9)
     */
    public static void use(Settings.Language language, Settings.Digits digits) {
        choice = choose(language, digits);
    }

    private static Choice choose(Settings.Language language, Settings.Digits digits) {
        Locale locale = locale(language, digits);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language.tag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Choice(language, digits, locale, bundle);
    }

    /**
     * The locale of a language and digits: {@code ur-PK} or {@code hi-IN}, with the Unicode
     * extension {@code nu-arabext} or {@code nu-deva} for native digits.
     */
    public static Locale locale(Settings.Language language, Settings.Digits digits) {
        return switch (language) {
            case EN -> Locale.forLanguageTag("en-GB");
            case UR -> Locale.forLanguageTag(digits == Settings.Digits.NATIVE ? "ur-PK-u-nu-arabext" : "ur-PK-u-nu-latn");
            case HI -> Locale.forLanguageTag(digits == Settings.Digits.NATIVE ? "hi-IN-u-nu-deva" : "hi-IN-u-nu-latn");
        };
    }

    /** The language chosen. */
    public static Settings.Language language() {
        return choice.language();
    }

    /**
     * The painters' words (legend, scale bar, measurement, map labels) in the chosen language, for
     * the window's map; exports keep {@link org.balanceexplorer.map.paint.Words#ENGLISH}.
     */
    public static org.balanceexplorer.map.paint.Words mapWords() {
        Choice c = choice;
        return org.balanceexplorer.map.paint.Words.of(c.bundle(), c.locale(), c.language().tag());
    }

    /** The locale chosen (its number system follows the digits chosen). */
    public static Locale locale() {
        return choice.locale();
    }

    /**
     * The words of a key, its arguments put in by {@link MessageFormat} in the chosen locale (every
     * value is a pattern, so the bundles write an apostrophe as {@code ''}).
     *
     * @param key  a key of the bundle
     * @param args the arguments, numbers written in the chosen digits
     * @return the text; the key itself in brackets when the bundle lacks it (a test keeps that from shipping)
     */
    public static String text(String key, Object... args) {
        Choice c = choice;
        String pattern;
        try {
            pattern = c.bundle().getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        // Every value is a MessageFormat pattern, with or without arguments: an apostrophe is ''.
        return new MessageFormat(pattern, c.locale()).format(args);
    }

    /**
     * A number in the chosen digits, with grouping, at most {@code decimals} places.
     *
     * @param value    the number
     * @param decimals the most decimal places, 0 or more
     */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(choice.locale());
        f.setMaximumFractionDigits(decimals);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** A distance in kilometres, rounded to whole kilometres, with its unit in the chosen language. */
    public static String km(double km) {
        return text("unit.km", number(Math.round(km), 0));
    }

    /** Whether the chosen language is written right to left (Urdu). */
    public static boolean rightToLeft() {
        return choice.language() == Settings.Language.UR;
    }

    /** The orientation of the window's root for the chosen language; the map stays left to right. */
    public static NodeOrientation orientation() {
        return rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }
}
