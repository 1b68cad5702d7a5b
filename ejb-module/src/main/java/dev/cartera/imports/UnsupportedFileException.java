package dev.cartera.imports;

import jakarta.ejb.ApplicationException;

/** An upload that is not a CSV (binary, a spreadsheet, a PDF, empty). Becomes a 415; nothing of it is kept. */
@ApplicationException(rollback = true)
public class UnsupportedFileException extends RuntimeException {

    public UnsupportedFileException(String message) {
        super(message);
    }
}
