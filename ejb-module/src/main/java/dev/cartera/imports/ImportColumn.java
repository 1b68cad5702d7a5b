package dev.cartera.imports;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One column a dataset reads: its stable key, the header spellings it is known by (Spanish, English, Portuguese;
 * compared by {@link HeaderMatcher#normalize}), whether every row must give a value, and the longest value it takes.
 * For headers no alias names, it may also say what it means in a few words ({@code descriptions}, in the three
 * languages), what its values look like ({@code shapes}), and what it must not be taken for ({@code contrasts}: a
 * loan's due date is not its start date, though a model finds the two dates alike): the matcher compares unseen
 * headers with all three.
 */
public record ImportColumn(String key, boolean required, int maxLength, List<String> aliases,
                           List<String> descriptions, Set<ValueShape> shapes, List<String> contrasts) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
        descriptions = List.copyOf(descriptions);
        shapes = shapes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(shapes));
        contrasts = List.copyOf(contrasts);
    }

    public ImportColumn(String key, boolean required, int maxLength, List<String> aliases) {
        this(key, required, maxLength, aliases, List.of(), Set.of(), List.of());
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

    /** This column, also described in a few words for the matcher (not compared as aliases). */
    public ImportColumn describedAs(String... texts) {
        return new ImportColumn(key, required, maxLength, aliases, List.of(texts), shapes, contrasts);
    }

    /** This column, which a header closer to one of these texts than to the column's own is not. */
    public ImportColumn contrastedWith(String... texts) {
        return new ImportColumn(key, required, maxLength, aliases, descriptions, shapes, List.of(texts));
    }

    /** This column, whose values usually look like one of these shapes. */
    public ImportColumn holding(ValueShape... valueShapes) {
        Set<ValueShape> all = valueShapes.length == 0 ? EnumSet.noneOf(ValueShape.class)
                : EnumSet.copyOf(Arrays.asList(valueShapes));
        return new ImportColumn(key, required, maxLength, aliases, descriptions, all, contrasts);
    }
}
