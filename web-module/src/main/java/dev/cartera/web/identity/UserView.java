package dev.cartera.web.identity;

import dev.cartera.identity.User;
import dev.cartera.identity.UserService;
import dev.cartera.shared.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A user as the API shows it: never the password or its hash. {@code loginThrottledUntil}: until when some client
 * must wait before its next password for this user is checked (failed logins; see docs/api.md), else null.
 */
public record UserView(long id, String username, String displayName, String role, Instant lastLoginAt,
                       Instant loginThrottledUntil, Instant createdAt, Instant updatedAt, long version) {

    static UserView of(User user, UserService users) {
        return of(user, users.loginWaitsUntil(List.of(user.username())));
    }

    /** A page of users, their login waits read in one query. */
    static Page<UserView> of(Page<User> page, UserService users) {
        Map<String, Instant> waits = users.loginWaitsUntil(page.items().stream().map(User::username).toList());
        return page.map(user -> of(user, waits));
    }

    private static UserView of(User user, Map<String, Instant> loginWaits) {
        return new UserView(user.id(), user.username(), user.displayName(), user.role().claim(), user.lastLoginAt(),
                loginWaits.get(user.username()), user.createdAt(), user.updatedAt(), user.version());
    }
}
