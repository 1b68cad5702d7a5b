package dev.cartera.imports;

import jakarta.ejb.ApplicationException;

/** An upload over the configured maximum. Becomes a 413; nothing of it is kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends RuntimeException {

    public FileTooLargeException(long maxBytes) {
        super("The file is larger than the maximum of " + maxBytes + " bytes (cartera.imports.max-bytes). "
                + "Split it into smaller files.");
    }
}
