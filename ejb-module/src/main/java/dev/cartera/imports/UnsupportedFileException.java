package dev.cartera.imports;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** An upload that is not a CSV (binary, a spreadsheet, a PDF, empty). Becomes a 415; nothing of it is kept. */
@ApplicationException(rollback = true)
public class UnsupportedFileException extends ExplainedException {

    public UnsupportedFileException(Message explanation) {
        super(explanation);
    }
}
