package dev.cartera.shared.filtering;

import dev.cartera.shared.i18n.Explained;
import dev.cartera.shared.i18n.Message;

/** A filter the list does not offer, or a value that does not parse. Becomes a 400 naming the parameter. */
public class InvalidFilterException extends IllegalArgumentException implements Explained {

    private final String parameter;
    private final transient Message reason;

    /** @param reason what is wrong with the parameter, said after its name */
    public InvalidFilterException(String parameter, Message reason) {
        super(reason.english());
        this.parameter = parameter;
        this.reason = reason;
    }

    public static InvalidFilterException of(String parameter, String key, Object... arguments) {
        return new InvalidFilterException(parameter, Message.of(key, arguments));
    }

    @Override
    public Message explanation() {
        return reason;
    }

    public String parameter() {
        return parameter;
    }
}
