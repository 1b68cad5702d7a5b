package dev.cartera.web.security;

import dev.cartera.identity.PresentedToken;
import jakarta.json.JsonNumber;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The facts of a verified token that the identity services act on. */
public final class PresentedTokens {

    private PresentedTokens() {
    }

    public static PresentedToken of(JsonWebToken token) {
        Object userId = token.getClaim("user_id");
        long id = userId instanceof JsonNumber number ? number.longValue() : Long.parseLong(token.getSubject());
        return new PresentedToken(token.getTokenID(), id, Instant.ofEpochSecond(token.getExpirationTime()));
    }
}
