package dev.cartera.identity;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The production {@link TokenIssuer} wired by hand instead of by CDI, so the benchmark measures its code
 * rather than a copy. It lives in the identity package because the issuer's injection points are
 * package-private.
 */
public final class TokenIssuerFixture {

    private TokenIssuerFixture() {
    }

    /** An issuer whose signing key is created (first time) or loaded from {@code keysDir}. */
    public static TokenIssuer create(Path keysDir, String issuerName, Duration tokenLifetime) {
        IdentitySettings settings = new IdentitySettings();
        settings.issuer = issuerName;
        settings.tokenLifetime = tokenLifetime;
        settings.maxSession = Duration.ofHours(12);
        settings.keysDir = keysDir.toString();
        settings.jwksFile = keysDir.resolve("jwks.json").toString();
        TokenIssuer issuer = new TokenIssuer();
        issuer.settings = settings;
        issuer.clock = Clock.systemUTC();
        issuer.loadKeys();
        return issuer;
    }

    /** A user as the database returns it: the id is generated there, so it is set behind JPA's back here. */
    public static User storedUser(long id, String username, Role role) {
        User user = new User(username, username, role, "not used by the issuer", Instant.now());
        try {
            Field idField = User.class.getDeclaredField("id");
            idField.setAccessible(true);
            idField.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("User has no id field to set", e);
        }
        return user;
    }
}
