package dev.cartera.imports;

import java.util.List;
import java.util.Set;

/**
 * One column a dataset reads: its stable key, the header spellings it is known by (Spanish, English, Portuguese;
 * compared by {@link HeaderMatcher#normalize}), whether every row must give a value, and the longest value it takes.
 */
public record ImportColumn(String key, boolean required, int maxLength, List<String> aliases) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(String key, int maxLength, String... aliases) {
        return new ImportColumn(key, true, maxLength, List.of(aliases));
    }

    /** The keys of the required columns a header does not have, in the columns' order. */
    public static List<String> missingRequired(List<ImportColumn> columns, Set<String> present) {
        return columns.stream().filter(ImportColumn::required).map(ImportColumn::key)
                .filter(key -> !present.contains(key)).toList();
    }

    public static ImportColumn optional(String key, int maxLength, String... aliases) {
        return new ImportColumn(key, false, maxLength, List.of(aliases));
    }
}
