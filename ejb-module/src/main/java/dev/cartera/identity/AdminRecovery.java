package dev.cartera.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.OptionalLong;

/**
 * Gives an operator back an administrator whose password is lost: sets the password the server was started with
 * on the named user (creating it as an admin when it is gone, making it admin again when it was demoted).
 * Setting the password goes through {@link UserService#changePassword}, which also lifts a lockout and moves the
 * credentials version on, so every token issued before is refused. Only ever called at startup, never from the API.
 */
@Stateless
public class AdminRecovery {

    /** What recovering a user takes, decided from what is stored. */
    public enum Action {
        /** No such user: create it as an admin with the password. */
        CREATE,
        /** Set the password (and make the user admin again): it differs, the user is locked out, or not an admin. */
        RESET,
        /** The password is already the one configured and the user can log in: nothing to do on this start. */
        NOTHING
    }

    @Inject
    UserRepository users;

    @Inject
    UserService userService;

    @Inject
    PasswordHasher hasher;

    /**
     * Applying it only when it changes something makes a configuration left in place harmless to restarts: the
     * password is not set again, so tokens are not revoked again.
     *
     * @param passwordMatches whether the configured password already verifies against the user's hash
     * @param waiting         whether some client must wait before trying the account's password (login throttling);
     *                        a reset clears that
     */
    static Action decide(User user, boolean passwordMatches, boolean waiting) {
        if (user == null) {
            return Action.CREATE;
        }
        boolean usable = passwordMatches && user.role() == Role.ADMIN && !waiting;
        return usable ? Action.NOTHING : Action.RESET;
    }

    /** @return what was done */
    public Action recover(String username, char[] password) {
        String name = UserService.normalizeUsername(username);
        User user = users.findByUsername(name).orElse(null);
        Action action = decide(user, user != null && hasher.matches(password, user.passwordHash()),
                !userService.loginWaitsUntil(List.of(name)).isEmpty());
        switch (action) {
            case CREATE -> userService.create(name, "Administrator", Role.ADMIN, password);
            case RESET -> {
                if (user.role() != Role.ADMIN) {
                    userService.update(user.id(), user.displayName(), Role.ADMIN, OptionalLong.empty());
                }
                userService.changePassword(user.id(), password);
            }
            case NOTHING -> { }
        }
        return action;
    }
}
