package dev.cartera.imports;

/** A chunk of an import was written: fired inside its transaction, observed once it commits. */
record ChunkCommitted(String dataset, ChunkCounts counts) {
}
