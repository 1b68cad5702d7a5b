package dev.cartera.web.imports;

import java.util.Locale;
import dev.cartera.imports.ImportIssue;

/** One problem of one row: {@code row} 1 is the first row after the header (0: the header itself). */
public record ImportIssueView(long row, String column, String code, String value, String message) {

    /** @param language what {@code message} is said in; the code stays as it is */
    static ImportIssueView of(ImportIssue issue, Locale language) {
        return new ImportIssueView(issue.rowNumber(), issue.column(), issue.code().name(), issue.value(),
                issue.message(language));
    }
}
