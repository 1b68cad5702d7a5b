package dev.cartera.web.identity;

import dev.cartera.web.security.PresentedTokens;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller as the token describes it. */
public record CallerView(long userId, String username, String role, Instant expiresAt) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "userId": 1,
              "username": "admin",
              "role": "admin",
              "expiresAt": "2026-12-05T03:27:01Z"
            }""";


    static CallerView of(JsonWebToken token) {
        var presented = PresentedTokens.of(token);
        return new CallerView(presented.userId(), token.getName(), token.getGroups().stream().findFirst().orElse(null),
                presented.expiresAt());
    }
}
