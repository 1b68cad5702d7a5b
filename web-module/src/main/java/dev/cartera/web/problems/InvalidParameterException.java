package dev.cartera.web.problems;

/** A query or path parameter the resource cannot use (an unknown sort field, say). Becomes a 400. */
public class InvalidParameterException extends RuntimeException {

    private final String field;
    private final String reason;

    public InvalidParameterException(String field, String reason) {
        super("The request is not valid: " + field + " " + reason + ".");
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
