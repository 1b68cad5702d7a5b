package dev.cartera.web.console;

import dev.cartera.identity.Role;
import dev.cartera.identity.User;
import java.io.Serializable;

/** Who is signed in to the console: what the session keeps, never the password or its hash. */
public record ConsoleUser(long id, String username, String displayName, Role role) implements Serializable {

    static ConsoleUser of(User user) {
        return new ConsoleUser(user.id(), user.username(), user.displayName(), user.role());
    }

    public boolean may(ConsoleAction action) {
        return action.allows(role);
    }
}
