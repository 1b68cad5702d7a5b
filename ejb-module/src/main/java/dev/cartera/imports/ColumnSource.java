package dev.cartera.imports;

import java.util.Locale;

/** Where the field of a header came from. */
public enum ColumnSource {
    /** The header is the field's key or one of its aliases. */
    ALIAS,
    /** The uploader said so in the {@code mapping} part. */
    MAPPING,
    /** The matcher thinks so; applied only when the upload accepts suggestions (a dry run shows it applied). */
    SUGGESTED,
    /** No field: the column is not read. */
    UNMAPPED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
