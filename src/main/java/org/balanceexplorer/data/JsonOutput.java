package org.balanceexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.io.IOException;

/** Writes plain values (maps, lists, strings, numbers, booleans) as JSON, for command output. */
public final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** Pretty-printed JSON of a tree of maps, lists and scalars. */
    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(new IOException("cannot write JSON: " + e.getOriginalMessage(), e));
        }
    }
}
