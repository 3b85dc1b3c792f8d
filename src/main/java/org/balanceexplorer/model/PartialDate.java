package org.balanceexplorer.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date whose month and day may be unknown: {@code 2015}, {@code 2015-03}
 * or {@code 2015-03-09}. Unknown parts are left out, never made up.
 *
 * @param year  the year, 1000 to 9999
 * @param month the month 1-12, or 0 when unknown
 * @param day   the day of the month, or 0 when unknown (then month may still be known)
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Orders by year, then month, then day; an unknown part sorts before every known one. */
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits, was " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12 or 0 (unknown), was " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
            }
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a plain message when the text is not such a date
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = ISO.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if ((m.group(2) != null && mo == 0) || (m.group(3) != null && d == 0)) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: months and days start at 01");
        }
        return new PartialDate(y, mo, d);
    }

    /** Whether {@link #parse(String)} would accept the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The earliest day this date may stand for (1 January for a bare year). */
    public LocalDate earliest() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    /** The ISO text, with unknown parts left out. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
