package dev.cartera.imports;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** An upload over the configured maximum. Becomes a 413; nothing of it is kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends ExplainedException {

    public FileTooLargeException(long maxBytes) {
        super(Message.of("problem.import.tooLarge", maxBytes));
    }
}
