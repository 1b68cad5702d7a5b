package dev.cartera.shared.filtering;

/** A filter the list does not offer, or a value that does not parse. Becomes a 400 naming the parameter. */
public class InvalidFilterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidFilterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
