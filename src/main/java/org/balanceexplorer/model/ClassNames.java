package org.balanceexplorer.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reduces the ways sources word a missile class to its acronym, so that wording alone is no disagreement. */
public final class ClassNames {

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("close range ballistic missile", "crbm");
        PHRASES.put("short range ballistic missile", "srbm");
        PHRASES.put("medium range ballistic missile", "mrbm");
        PHRASES.put("intermediate range ballistic missile", "irbm");
        PHRASES.put("intercontinental ballistic missile", "icbm");
        PHRASES.put("submarine launched ballistic missile", "slbm");
        PHRASES.put("ground launched cruise missile", "glcm");
        PHRASES.put("air launched cruise missile", "alcm");
        PHRASES.put("sea launched cruise missile", "slcm");
    }

    private ClassNames() {
    }

    /**
     * The acronym a class wording stands for: "Intermediate Range Ballistic Missile", "IRBM" and
     * "intermediate-range ballistic missile (IRBM)" all give "irbm". Unknown wordings come back as
     * given (lower case, punctuation as spaces).
     *
     * @param words lower-case words separated by single spaces
     */
    public static String acronym(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            if (w.equals(e.getValue()) || w.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return w;
    }

    /** Whether the text (lower case) is one of the acronyms {@link #acronym} gives, e.g. "irbm". */
    public static boolean isAcronym(String text) {
        return PHRASES.containsValue(text);
    }
}
