package dev.cartera.imports;

import java.util.List;

/** What a dataset makes of one row: a value to upsert under its natural key, or the reasons it is rejected. */
public sealed interface RowCheck<T> permits RowCheck.Accepted, RowCheck.Rejected {

    /** @param key the natural key; two rows of one file with the same key are a {@link ValidationCode#DUPLICATE_IN_FILE} */
    record Accepted<T>(String key, T value) implements RowCheck<T> {
    }

    record Rejected<T>(List<RowIssue> issues) implements RowCheck<T> {

        public Rejected {
            issues = List.copyOf(issues);
        }
    }
}
