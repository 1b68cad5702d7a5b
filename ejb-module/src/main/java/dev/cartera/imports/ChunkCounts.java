package dev.cartera.imports;

/** What one chunk did. */
record ChunkCounts(long read, long created, long updated, long unchanged, long rejected) {
}
