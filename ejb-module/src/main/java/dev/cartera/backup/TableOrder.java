package dev.cartera.backup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** Orders tables so that every table comes after the tables its foreign keys reference. */
public final class TableOrder {

    private TableOrder() {
    }

    /**
     * Parents first, ties by name; tables caught in a cycle of foreign keys (other than a self-reference) come last,
     * by name, and the caller adds the foreign keys that point forward after the data.
     */
    public static List<TableShape> parentsFirst(List<TableShape> tables) {
        TreeMap<String, TableShape> remaining = new TreeMap<>();
        tables.forEach(table -> remaining.put(table.name().toLowerCase(Locale.ROOT), table));
        Set<String> placed = new LinkedHashSet<>();
        List<TableShape> ordered = new ArrayList<>();
        boolean progress = true;
        while (!remaining.isEmpty() && progress) {
            progress = false;
            for (var entry : List.copyOf(remaining.entrySet())) {
                boolean ready = entry.getValue().foreignKeys().stream()
                        .map(fk -> fk.referencedTable().toLowerCase(Locale.ROOT))
                        .allMatch(parent -> parent.equals(entry.getKey()) || placed.contains(parent)
                                || !remaining.containsKey(parent) && !isKnown(tables, parent));
                if (ready) {
                    placed.add(entry.getKey());
                    ordered.add(entry.getValue());
                    remaining.remove(entry.getKey());
                    progress = true;
                    break;
                }
            }
        }
        remaining.values().stream().sorted(Comparator.comparing(TableShape::name)).forEach(ordered::add);
        return ordered;
    }

    private static boolean isKnown(List<TableShape> tables, String name) {
        return tables.stream().anyMatch(table -> table.name().equalsIgnoreCase(name));
    }
}
