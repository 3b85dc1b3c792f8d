package org.balanceexplorer.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a claim or a headline says a figure is: a number, a span of numbers, a date, a word
 * (class, status), or nothing more than the quoted statement itself.
 */
public sealed interface ClaimValue {

    /** The lowest number this value allows, if it is numeric. */
    default OptionalDouble lowest() {
        return OptionalDouble.empty();
    }

    /** The highest number this value allows, if it is numeric. */
    default OptionalDouble highest() {
        return OptionalDouble.empty();
    }

    /** The value in plain words, without unit or qualifier. */
    String display();

    /** A single number. */
    record Amount(double value) implements ClaimValue {
        public Amount {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite, was " + value);
            }
        }

        @Override
        public OptionalDouble lowest() {
            return OptionalDouble.of(value);
        }

        @Override
        public OptionalDouble highest() {
            return OptionalDouble.of(value);
        }

        @Override
        public String display() {
            return Numbers.format(value);
        }
    }

    /** A span from {@code min} to {@code max}, both included. */
    record Span(double min, double max) implements ClaimValue {
        public Span {
            if (!Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("min and max must be finite");
            }
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " is greater than max " + max);
            }
        }

        @Override
        public OptionalDouble lowest() {
            return OptionalDouble.of(min);
        }

        @Override
        public OptionalDouble highest() {
            return OptionalDouble.of(max);
        }

        @Override
        public String display() {
            return min == max ? Numbers.format(min) : Numbers.format(min) + "\u2013" + Numbers.format(max);
        }
    }

    /** A date, such as the date of a first test. */
    record DateValue(PartialDate date) implements ClaimValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String display() {
            return date.toString();
        }
    }

    /** A word or short phrase, such as a class ("IRBM") or a status ("operational"). */
    record Text(String text) implements ClaimValue {
        public Text {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("text must not be blank");
            }
        }

        @Override
        public String display() {
            return text;
        }
    }

    /** No separate value: the quoted statement is the claim (used by timeline events). */
    record Statement() implements ClaimValue {
        @Override
        public String display() {
            return "statement";
        }
    }

    /** Number formatting shared by the cases: grouping, no needless decimals, locale-independent. */
    final class Numbers {
        private Numbers() {
        }

        /** One format a thread (DecimalFormat is not thread-safe, and costly to make at every label). */
        private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
                () -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));

        static String format(double value) {
            return FORMAT.get().format(value);
        }
    }
}
