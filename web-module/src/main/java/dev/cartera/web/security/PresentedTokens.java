package dev.cartera.web.security;

import dev.cartera.identity.PresentedToken;
import dev.cartera.identity.TokenIssuer;
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
        // tokens issued before these claims existed: version 0 (every user's until a change), the chain from iat
        long credentialsVersion = numberClaim(token, TokenIssuer.CREDENTIALS_VERSION_CLAIM, 0);
        long authTime = numberClaim(token, TokenIssuer.AUTH_TIME_CLAIM, token.getIssuedAtTime());
        return new PresentedToken(token.getTokenID(), id, Instant.ofEpochSecond(token.getExpirationTime()),
                credentialsVersion, Instant.ofEpochSecond(authTime));
    }

    /** MP-JWT gives registered claims such as {@code auth_time} as a Long, custom ones as a JsonNumber. */
    private static long numberClaim(JsonWebToken token, String name, long absent) {
        return switch ((Object) token.getClaim(name)) {
            case JsonNumber number -> number.longValue();
            case Number number -> number.longValue();
            case null, default -> absent;
        };
    }
}
