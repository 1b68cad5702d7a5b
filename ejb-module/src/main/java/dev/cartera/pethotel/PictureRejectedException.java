package dev.cartera.pethotel;

import dev.cartera.shared.i18n.ExplainedException;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.ApplicationException;

/** An upload that is not taken, and why: the web module answers 413, 415 or 422 accordingly. */
@ApplicationException(rollback = true)
public class PictureRejectedException extends ExplainedException {

    public enum Reason {
        /** More bytes than the configured limit: 413. */
        TOO_LARGE,
        /** The bytes do not decode as a JPEG, PNG or WebP image: 415. */
        NOT_AN_IMAGE,
        /** The header announces more pixels than allowed, as a decompression bomb would: 422. */
        TOO_MANY_PIXELS
    }

    private final Reason reason;

    public PictureRejectedException(Reason reason, Message explanation) {
        super(explanation);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
