package dev.cartera.imports;

import java.util.List;
import java.util.Map;

/**
 * Scores a header no alias matched against the fields of a dataset: the port behind which the matcher's model
 * lives, so the engine knows no model library and tests can run with or without one.
 */
public interface HeaderSemantics {

    /** Aliases only: no header is ever suggested. */
    HeaderSemantics NONE = (header, samples, candidates) -> Map.of();

    /**
     * @param samples    the column's first values (perhaps none)
     * @param candidates the fields still free
     * @return a score from 0 to 1 for each candidate it has an opinion on
     */
    Map<String, Double> score(String header, List<String> samples, List<ImportColumn> candidates);
}
