package dev.cartera.shared.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A text not yet said in any language: its key in the resource bundles and what it mentions. Services build these
 * instead of sentences so that each reader gets the text in their own language; an argument that is itself a
 * {@code Message} (a status, a record's kind) is said in the same language.
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    public String in(Locale locale) {
        return Messages.say(locale, this);
    }

    /** The English text, for logs and exception messages. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }
}
