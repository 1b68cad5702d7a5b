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

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "id": 2,
              "username": "ana.rojas",
              "displayName": "Ana Rojas",
              "role": "operator",
              "lastLoginAt": "2026-12-05T03:20:11.004512Z",
              "createdAt": "2026-12-05T03:12:06.081478Z",
              "updatedAt": "2026-12-05T03:12:06.081478Z",
              "version": 1
            }""";


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
