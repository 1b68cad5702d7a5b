package dev.cartera.imports;

/** How well a header fits one field of a dataset, from 0 (not at all) to 1 (certain). */
public record FieldScore(String field, double score) {
}
