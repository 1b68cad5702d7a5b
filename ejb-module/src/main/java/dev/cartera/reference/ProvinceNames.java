package dev.cartera.reference;

import dev.cartera.shared.TextFolding;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a province's code from what a file or a person gives for it: the code itself ("17", or "9" for "09") or
 * the name, ignoring case, accents and extra spaces ("pichincha", "MANABÍ"). Plain Java, built from every province
 * at once.
 */
public final class ProvinceNames {

    /** A province as the index knows it. */
    public record Entry(String country, String code, String name) {

        static Entry of(Province province) {
            return new Entry(province.country().code(), province.code(), province.name());
        }
    }

    private record Key(String country, String codeOrFoldedName) {
    }

    private final Map<Key, String> byCode = new HashMap<>();
    private final Map<Key, String> byName = new HashMap<>();

    public ProvinceNames(Collection<Entry> entries) {
        for (Entry entry : entries) {
            byCode.put(new Key(entry.country(), entry.code()), entry.code());
            byName.putIfAbsent(new Key(entry.country(), TextFolding.fold(entry.name())), entry.code());
        }
    }

    /**
     * @param country ISO code, upper case
     * @return the province's 2-digit code; empty when the country has no such province
     */
    public Optional<String> code(String country, String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String text = codeOrName.strip();
        String code = text.length() == 1 && Character.isDigit(text.charAt(0)) ? "0" + text : text;
        String found = byCode.get(new Key(country, code));
        return Optional.ofNullable(found != null ? found : byName.get(new Key(country, TextFolding.fold(text))));
    }
}
