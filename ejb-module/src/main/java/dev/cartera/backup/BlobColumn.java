package dev.cartera.backup;

/**
 * A column whose values are keys in the blob store: the dump keeps the key as it is and adds a binary column
 * {@code dumpColumn} with the bytes under that key, copied from the store a buffer at a time.
 *
 * @param table      the table, compared without regard to case
 * @param keyColumn  the column holding the blob key (null means no blob)
 * @param dumpColumn the name of the binary column the dump adds
 */
public record BlobColumn(String table, String keyColumn, String dumpColumn) {
}
