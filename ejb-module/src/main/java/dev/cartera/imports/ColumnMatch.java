package dev.cartera.imports;

import java.util.List;

/**
 * How one header of a file was read.
 *
 * @param field        the dataset's field it fills; null when {@link ColumnSource#UNMAPPED}
 * @param confidence   0..1: 1 for an alias or a mapping, the matcher's score for a suggestion, 0 when unmapped
 * @param alternatives the next best fields with their scores, best first (for an unmapped header, every field
 *                     the matcher found plausible but below the threshold)
 */
public record ColumnMatch(String header, String field, ColumnSource source, double confidence,
                          List<FieldScore> alternatives) {

    public ColumnMatch {
        alternatives = List.copyOf(alternatives);
    }

    static ColumnMatch unmapped(String header, List<FieldScore> alternatives) {
        return new ColumnMatch(header, null, ColumnSource.UNMAPPED, 0, alternatives);
    }

    /** Whether the column is read, given whether the upload accepted suggestions. */
    public boolean applied(boolean suggestionsAccepted) {
        return source == ColumnSource.ALIAS || source == ColumnSource.MAPPING
                || source == ColumnSource.SUGGESTED && suggestionsAccepted;
    }
}
