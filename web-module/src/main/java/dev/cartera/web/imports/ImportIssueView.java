package dev.cartera.web.imports;

import java.util.Locale;
import dev.cartera.imports.ImportIssue;

/** One problem of one row: {@code row} 1 is the first row after the header (0: the header itself). */
public record ImportIssueView(long row, String column, String code, String value, String message) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "row": 4,
              "column": "Correo",
              "code": "INVALID_EMAIL",
              "value": "eva-at-example.com",
              "message": "«eva-at-example.com» no es un correo electrónico válido."
            }""";


    /** @param language what {@code message} is said in; the code stays as it is */
    static ImportIssueView of(ImportIssue issue, Locale language) {
        return new ImportIssueView(issue.rowNumber(), issue.column(), issue.code().name(), issue.value(),
                issue.message(language));
    }
}
