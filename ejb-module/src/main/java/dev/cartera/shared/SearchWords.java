package dev.cartera.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words a text is found by: {@linkplain TextFolding#fold folded}, split at anything that is not a letter or a
 * digit ("María José Pérez-Soto" gives maria, jose, perez, soto; "ana.rojas@example.com" gives ana, rojas, example,
 * com). A search matches a record when each word typed is the beginning of one of the record's words, the way
 * directory searches read a name: an index on the words serves it, where a substring ({@code LIKE '%...%'}) reads
 * every row.
 */
public final class SearchWords {

    /** A word is kept up to this length; a search word is cut the same way, so a long one still finds its record. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The distinct words of the texts, in order; nulls are skipped. */
    public static Set<String> of(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull)
                .flatMap(text -> Arrays.stream(SEPARATORS.split(TextFolding.fold(text))))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
