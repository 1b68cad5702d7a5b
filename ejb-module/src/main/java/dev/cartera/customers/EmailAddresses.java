package dev.cartera.customers;

import java.util.Locale;
import java.util.Optional;
import org.apache.commons.validator.routines.EmailValidator;

/** E-mail addresses checked for syntax and a real top-level domain, stored trimmed with the domain in lower case. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

    private EmailAddresses() {
    }

    /** @return the normalised address, or empty when it is not a valid address */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.length() > MAX_LENGTH || !VALIDATOR.isValid(trimmed)) {
            return Optional.empty();
        }
        int at = trimmed.lastIndexOf('@');
        return Optional.of(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
