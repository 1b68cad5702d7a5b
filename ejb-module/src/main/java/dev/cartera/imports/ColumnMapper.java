package dev.cartera.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a file's header in three steps: the uploader's {@code mapping} first (it overrides everything), then the
 * aliases ({@link HeaderMatcher}), then, for the headers left, the fields a {@link HeaderSemantics} finds likely.
 * A field goes to one header only; between two headers that want it, the higher score wins. A score under the
 * threshold is offered as an alternative, never as the suggestion, and so are two fields a header fits almost
 * equally well.
 */
public final class ColumnMapper {

    /** How many alternatives a header lists. */
    static final int ALTERNATIVES = 3;
    /** Scores below this are noise, not worth listing as alternatives. */
    static final double ALTERNATIVE_FLOOR = 0.3;
    /** When a header's two best fields are closer than this, the matcher cannot tell: it offers both, suggests none. */
    static final double AMBIGUITY_MARGIN = 0.05;

    private final HeaderSemantics semantics;
    private final double threshold;

    public ColumnMapper(HeaderSemantics semantics, double threshold) {
        this.semantics = semantics;
        this.threshold = threshold;
    }

    /**
     * @param samples the first values of each column, by header position (may be shorter than the header)
     * @param mapping header → field key given by the uploader (headers compared as {@link HeaderMatcher} does; a
     *                blank field means "do not read this column"); its fields must be keys of {@code columns}
     */
    public ColumnPlan plan(List<String> headers, List<List<String>> samples, List<ImportColumn> columns,
                           Map<String, String> mapping) {
        Map<String, String> mapped = new HashMap<>();
        mapping.forEach((header, field) -> mapped.put(HeaderMatcher.normalize(header), field == null ? "" : field.strip()));
        Map<String, String> keyByName = HeaderMatcher.keysByName(columns);

        ColumnMatch[] matches = new ColumnMatch[headers.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String field = mapped.get(HeaderMatcher.normalize(headers.get(i)));
            if (field != null) {
                matches[i] = field.isEmpty() || !taken.add(field) ? ColumnMatch.unmapped(headers.get(i), List.of())
                        : new ColumnMatch(headers.get(i), field, ColumnSource.MAPPING, 1, List.of());
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String key = keyByName.get(HeaderMatcher.normalize(headers.get(i)));
            if (matches[i] == null && key != null && taken.add(key)) {
                matches[i] = new ColumnMatch(headers.get(i), key, ColumnSource.ALIAS, 1, List.of());
            }
        }
        suggest(headers, samples, columns, matches, taken);
        return new ColumnPlan(List.of(matches));
    }

    private void suggest(List<String> headers, List<List<String>> samples, List<ImportColumn> columns,
                         ColumnMatch[] matches, Set<String> taken) {
        List<ImportColumn> free = columns.stream().filter(column -> !taken.contains(column.key())).toList();
        Map<Integer, List<FieldScore>> ranked = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (matches[i] != null) {
                continue;
            }
            List<String> values = i < samples.size() ? samples.get(i) : List.of();
            List<FieldScore> scores = free.isEmpty() || headers.get(i).isBlank() ? List.of()
                    : semantics.score(headers.get(i), values, free).entrySet().stream()
                    .map(entry -> new FieldScore(entry.getKey(), round(entry.getValue())))
                    .sorted(Comparator.comparingDouble(FieldScore::score).reversed()).toList();
            ranked.put(i, scores);
            boolean ambiguous = scores.size() > 1 && scores.get(0).score() - scores.get(1).score() < AMBIGUITY_MARGIN;
            for (FieldScore score : scores) {
                if (score.score() >= threshold && !ambiguous) {
                    candidates.add(new Candidate(i, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate candidate) -> candidate.score().score()).reversed());
        for (Candidate candidate : candidates) {
            int i = candidate.position();
            if (matches[i] == null && taken.add(candidate.score().field())) {
                matches[i] = new ColumnMatch(headers.get(i), candidate.score().field(), ColumnSource.SUGGESTED,
                        candidate.score().score(), alternatives(ranked.get(i), candidate.score().field()));
            }
        }
        for (int i = 0; i < matches.length; i++) {
            if (matches[i] == null) {
                matches[i] = ColumnMatch.unmapped(headers.get(i), alternatives(ranked.getOrDefault(i, List.of()), null));
            }
        }
    }

    private static List<FieldScore> alternatives(List<FieldScore> ranked, String chosen) {
        return ranked.stream().filter(score -> !score.field().equals(chosen) && score.score() >= ALTERNATIVE_FLOOR)
                .limit(ALTERNATIVES).toList();
    }

    private static double round(double score) {
        return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
    }

    private record Candidate(int position, FieldScore score) {
    }
}
