package dev.cartera.shared;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist. Becomes a 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends ExplainedException {

    /** @param kind the record's kind as the bundles name it ({@code record.<kind>}: Customer, Loan...) */
    public NotFoundException(String kind, Object id) {
        this(Message.of("problem.notFound", Message.of("record." + kind), String.valueOf(id)));
    }

    /** @param explanation a whole sentence that says what was looked for */
    public NotFoundException(Message explanation) {
        super(explanation);
    }
}
