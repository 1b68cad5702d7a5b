package dev.cartera.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How a file's header was read: one {@link ColumnMatch} per header, in the file's order. */
public record ColumnPlan(List<ColumnMatch> columns) {

    public ColumnPlan {
        columns = List.copyOf(columns);
    }

    /** For each field read, its header's position; suggestions count only when accepted. */
    public Map<String, Integer> positions(boolean suggestionsAccepted) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMatch match = columns.get(i);
            if (match.applied(suggestionsAccepted)) {
                positions.putIfAbsent(match.field(), i);
            }
        }
        return positions;
    }

    public boolean hasSuggestions() {
        return columns.stream().anyMatch(match -> match.source() == ColumnSource.SUGGESTED);
    }

    /**
     * The suggestions a job did not apply, for the message of a missing column: "'Identificación' → documentNumber
     * (0.84)"; when there are none, the best alternative of each unmapped header. Empty when there is nothing.
     */
    public String pendingSuggestions() {
        List<String> pending = columns.stream().filter(match -> match.source() == ColumnSource.SUGGESTED)
                .map(match -> describe(match.header(), match.field(), match.confidence())).toList();
        if (pending.isEmpty()) {
            pending = columns.stream().filter(match -> match.source() == ColumnSource.UNMAPPED
                            && !match.alternatives().isEmpty())
                    .map(match -> describe(match.header(), match.alternatives().getFirst().field(),
                            match.alternatives().getFirst().score())).toList();
        }
        return pending.stream().collect(Collectors.joining(", "));
    }

    private static String describe(String header, String field, double score) {
        return "'" + header + "' → " + field + String.format(Locale.ROOT, " (%.2f)", score);
    }
}
