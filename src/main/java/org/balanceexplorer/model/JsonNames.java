package org.balanceexplorer.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by the name dataset files use for it. */
final class JsonNames {

    private JsonNames() {
    }

    static <E extends Enum<E>> E lookup(Class<E> type, E[] values, Function<E, String> name, String wanted) {
        for (E value : values) {
            if (name.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + wanted + "' is not one of "
                + Arrays.stream(values).map(name).collect(Collectors.joining(", ")));
    }
}
