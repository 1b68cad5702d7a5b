package dev.cartera.imports;

/** What upserting one accepted row did (or, in a dry run, would do). */
public enum UpsertResult {
    CREATED, UPDATED, UNCHANGED
}
