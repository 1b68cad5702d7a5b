package dev.cartera.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds cities by name the way people type them: ignoring case, accents and extra spaces ("quito", "QUITO" and
 * "Quíto" are all Quito; "Mejía" finds the file's "Mejia"), and also by either half of the names that carry an
 * alternative in parentheses ("Yanzatza" finds "Yantzaza (Yanzatza)"). Plain Java, built from every city at once.
 */
public final class CityNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ALTERNATIVE = Pattern.compile("(.+?)\\s*\\((.+)\\)");

    /** A city as the index knows it. */
    public record Entry(long id, String country, String provinceCode, String name) {

        static Entry of(City city) {
            return new Entry(city.id(), city.province().country().code(), city.province().code(), city.name());
        }
    }

    private record Key(String country, String name) {
    }

    private final Map<Key, List<Entry>> byName = new HashMap<>();
    private final Map<Key, List<Entry>> byAlternative = new HashMap<>();

    public CityNames(Collection<Entry> entries) {
        for (Entry entry : entries) {
            add(byName, entry, entry.name());
            Matcher alternative = ALTERNATIVE.matcher(entry.name());
            if (alternative.matches()) {
                add(byAlternative, entry, alternative.group(1));
                add(byAlternative, entry, alternative.group(2));
            }
        }
    }

    /**
     * The country's cities of that name, only those of the province when one is given. A full name wins over the
     * halves of a parenthesised one. More than one city means the name is ambiguous without a province
     * ("Bolívar" is a canton of both Carchi and Manabí).
     *
     * @param country      ISO code, upper case
     * @param provinceCode the province's 2-digit code, or null for any province
     */
    public List<Entry> find(String country, String provinceCode, String name) {
        Key key = new Key(country, key(name));
        List<Entry> found = inProvince(byName.getOrDefault(key, List.of()), provinceCode);
        return found.isEmpty() ? inProvince(byAlternative.getOrDefault(key, List.of()), provinceCode) : found;
    }

    /**
     * What two spellings of one name have in common: no accents or other marks (NFD, then the combining marks
     * removed, so "ñ" is "n"), lower case, single spaces, nothing around.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(unmarked).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static void add(Map<Key, List<Entry>> index, Entry entry, String name) {
        index.computeIfAbsent(new Key(entry.country(), key(name)), key -> new ArrayList<>()).add(entry);
    }

    private static List<Entry> inProvince(List<Entry> entries, String provinceCode) {
        return provinceCode == null ? List.copyOf(entries)
                : entries.stream().filter(entry -> entry.provinceCode().equals(provinceCode)).toList();
    }
}
