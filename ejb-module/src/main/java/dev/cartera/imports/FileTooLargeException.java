package dev.cartera.imports;

import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** An upload over the configured maximum. Becomes a 413; nothing of it is kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends RuntimeException implements Explained {

    private final transient Message explanation;

    public FileTooLargeException(long maxBytes) {
        this(Message.of("problem.import.tooLarge", maxBytes));
    }

    private FileTooLargeException(Message explanation) {
        super(explanation.english());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
