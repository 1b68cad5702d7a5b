package dev.cartera.imports;

import dev.cartera.shared.TextFolding;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches a file's header to a dataset's columns whatever the case, accents, spaces, underscores, dashes and dots:
 * "Razón Social", "razon_social" and "RAZON SOCIAL" are one column, and so is its alias "legal_name".
 */
public final class HeaderMatcher {

    private HeaderMatcher() {
    }

    /** The form headers are compared in: folded, with spaces, {@code _ - .} and a leading {@code '} removed. */
    public static String normalize(String header) {
        String folded = TextFolding.fold(header == null ? "" : header.replace("\uFEFF", ""));
        return folded.replaceAll("[\\s_\\-.'\"]", "");
    }

    /**
     * @return for each column the file has, its key mapped to the header's position; the first header wins when
     *         two name the same column
     */
    public static Map<String, Integer> match(List<String> headers, List<ImportColumn> columns) {
        Map<String, String> keyByName = keysByName(columns);
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String key = keyByName.get(normalize(headers.get(i)));
            if (key != null) {
                found.putIfAbsent(key, i);
            }
        }
        return found;
    }

    /** Every name a column is known by (its key and aliases, normalized) to the column's key; the first column wins. */
    static Map<String, String> keysByName(List<ImportColumn> columns) {
        Map<String, String> keyByName = new HashMap<>();
        for (ImportColumn column : columns) {
            keyByName.putIfAbsent(normalize(column.key()), column.key());
            column.aliases().forEach(alias -> keyByName.putIfAbsent(normalize(alias), column.key()));
        }
        return keyByName;
    }
}
