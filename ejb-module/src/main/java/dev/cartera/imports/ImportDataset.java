package dev.cartera.imports;

import java.util.List;
import java.util.Set;

/**
 * What a business context contributes to the import engine: the columns of its CSV, how a row becomes a value,
 * and how a value is upserted by its natural key. The engine reads, detects, chunks, checks lengths, required
 * values, duplicates and field counts, and keeps the job; it knows nothing else about the business.
 *
 * <p>Every dataset has one shape: it checks rows and hands the accepted values to its context's service, which owns
 * the write and answers with {@link UpsertResult}; a dataset never writes through a repository.
 *
 * <p>Implementations are CDI beans. {@link #check} and {@link #upsert} run inside the transaction of the chunk
 * being committed, so they may read the database; they must not throw for bad data (a thrown exception fails
 * the whole job), only for a fault.
 *
 * @param <T> the validated form of a row
 */
public interface ImportDataset<T> {

    /** The name clients give in the {@code dataset} part: lower case, stable. */
    String name();

    List<ImportColumn> columns();

    /** Every rule code this dataset applies, engine rules included, as listed on the job. */
    List<ValidationCode> validations();

    /**
     * The columns missing from a file's header, described for people ("RUC, Cédula or Número de documento").
     * By default the required columns; a dataset with alternatives (one of several document columns) overrides it.
     *
     * @param present the keys of the columns the header has
     */
    default List<String> missingColumns(Set<String> present) {
        return ImportColumn.missingRequired(columns(), present);
    }

    /**
     * Validates one row. {@link ImportRow#issues()} already holds what the engine found (values too long,
     * required values empty); a dataset adds its own with {@link ImportRow#reject} (a row with any issue is
     * rejected, whatever this returns) and does not repeat a problem on a column {@link ImportRow#flagged flagged}.
     */
    RowCheck<T> check(ImportRow row);

    /**
     * Validates a chunk's rows (none of them malformed), in order, in the chunk's transaction; the engine calls this
     * once per chunk. By default one {@link #check} per row; a dataset whose rows refer to records elsewhere (a
     * purchase's customer) overrides it to look them all up in one query.
     */
    default List<RowCheck<T>> checkAll(List<ImportRow> rows) {
        return rows.stream().map(this::check).toList();
    }

    /** @param write false in a dry run: say what would happen, change nothing */
    UpsertResult upsert(T value, boolean write);

    /**
     * Upserts a chunk's accepted values (their keys all different), in the chunk's transaction; the results in the
     * same order. The engine calls this once per chunk. By default one {@link #upsert} per value; a dataset
     * overrides it to look its keys up in one query and write without a flush per row.
     */
    default List<UpsertResult> upsertAll(List<T> values, boolean write) {
        return values.stream().map(value -> upsert(value, write)).toList();
    }
}
