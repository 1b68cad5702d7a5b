package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Message;

/** A query or path parameter the resource cannot use (an unknown sort field, say). Becomes a 400. */
public class InvalidParameterException extends RuntimeException {

    private final String field;
    private final transient Message reason;

    /** @param reason what is wrong with the parameter, said after its name */
    public InvalidParameterException(String field, Message reason) {
        super("The request is not valid: " + field + " " + reason.english() + ".");
        this.field = field;
        this.reason = reason;
    }

    public static InvalidParameterException of(String field, String key, Object... arguments) {
        return new InvalidParameterException(field, Message.of(key, arguments));
    }

    public String field() {
        return field;
    }

    public Message reason() {
        return reason;
    }
}
