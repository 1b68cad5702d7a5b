package dev.cartera.web.identity;

import dev.cartera.identity.IssuedToken;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** The OAuth 2.0 shaped answer to a login or a renewal. */
@JsonbPropertyOrder({"accessToken", "tokenType", "expiresIn", "expiresAt"})
public record TokenResponse(
        @JsonbProperty("access_token") String accessToken,
        @JsonbProperty("token_type") String tokenType,
        @JsonbProperty("expires_in") long expiresIn,
        @JsonbProperty("expires_at") Instant expiresAt) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "access_token": "eyJraWQiOiJxNlN1UUl6...",
              "token_type": "Bearer",
              "expires_in": 900,
              "expires_at": "2026-12-05T03:27:01Z"
            }""";


    static TokenResponse of(IssuedToken token) {
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds(), token.expiresAt());
    }
}
