package dev.cartera.web.identity;

import dev.cartera.identity.User;
import java.time.Instant;

/** A user as the API shows it: never the password or its hash. */
public record UserView(long id, String username, String displayName, String role, Instant lastLoginAt,
                       Instant lockedUntil, Instant createdAt, Instant updatedAt, long version) {

    static UserView of(User user) {
        return new UserView(user.id(), user.username(), user.displayName(), user.role().claim(), user.lastLoginAt(),
                user.lockedUntil(), user.createdAt(), user.updatedAt(), user.version());
    }
}
