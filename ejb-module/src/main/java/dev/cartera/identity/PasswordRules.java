package dev.cartera.identity;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import java.util.Locale;

/**
 * What a new password must be, wherever one is set (an admin creating a user or setting a password, a user
 * changing their own): long enough to resist guessing, without the username in it and not one character repeated.
 * Length is the rule that matters (NIST SP 800-63B); no composition rules, which only make passwords harder to
 * remember.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /**
     * @param field    the request's name for the password, to name in the refusal
     * @param username whose password it will be
     * @throws InvalidInputException naming the rule broken
     */
    public static void check(String field, char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException(FieldProblem.of(field, "PASSWORD_TOO_SHORT",
                    "must be at least " + MIN_LENGTH + " characters", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidInputException(FieldProblem.of(field, "PASSWORD_TOO_LONG",
                    "must be at most " + MAX_LENGTH + " characters", MAX_LENGTH));
        }
        String text = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && text.contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(FieldProblem.of(field, "PASSWORD_HAS_USERNAME",
                    "must not contain the username"));
        }
        if (text.chars().distinct().count() == 1) {
            throw new InvalidInputException(FieldProblem.of(field, "PASSWORD_ONE_CHARACTER",
                    "must not be one character repeated"));
        }
    }
}
