package org.balanceexplorer.model;

import java.util.Map;
import java.util.Objects;

/**
 * A country's or place's name in other languages and scripts, as a stored source writes it (never
 * a transliteration made up for the dataset), with that source.
 *
 * @param byLanguage the name per language tag ({@code "ur"}, {@code "hi"}); may be empty
 * @param source     where the names were taken from; empty exactly when there are none
 */
public record LocalNames(Map<String, String> byLanguage, String source) {

    /** No names but the English one. */
    public static final LocalNames NONE = new LocalNames(Map.of(), "");

    public LocalNames {
        byLanguage = Map.copyOf(Objects.requireNonNull(byLanguage, "byLanguage"));
        Objects.requireNonNull(source, "source");
    }

    /**
     * The name in a language, or {@code english} when the source gives none.
     *
     * @param languageTag a language tag such as {@code "ur"}; {@code "en"} or null gives {@code english}
     * @param english     the English name
     */
    public String in(String languageTag, String english) {
        return languageTag == null ? english : byLanguage.getOrDefault(languageTag, english);
    }
}
