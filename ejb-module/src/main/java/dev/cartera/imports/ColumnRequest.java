package dev.cartera.imports;

import java.util.Map;

/**
 * What the uploader said about the file's columns.
 *
 * @param mapping           header → field key, applied before the aliases (a blank field skips the column)
 * @param acceptSuggestions whether an apply may use the matcher's suggestions unconfirmed one by one
 */
public record ColumnRequest(Map<String, String> mapping, boolean acceptSuggestions) {

    public static final ColumnRequest NONE = new ColumnRequest(Map.of(), false);

    public ColumnRequest {
        mapping = Map.copyOf(mapping);
    }
}
