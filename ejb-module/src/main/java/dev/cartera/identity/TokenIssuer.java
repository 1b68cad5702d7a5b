package dev.cartera.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 access tokens with the claims MicroProfile JWT expects, and publishes the public keys
 * (the JWKS file MP-JWT verifies with, and the {@code /api/auth/jwks.json} document).
 */
@ApplicationScoped
public class TokenIssuer {

    /** The user's credentials version the token was issued under. */
    public static final String CREDENTIALS_VERSION_CLAIM = "credentials_version";
    /** OpenID Connect's name for when the user authenticated; renewals keep it. */
    public static final String AUTH_TIME_CLAIM = "auth_time";

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    private SigningKeys keys;
    private RSASSASigner signer;

    @PostConstruct
    void loadKeys() {
        keys = SigningKeys.loadOrCreate(settings.keysDir());
        keys.publish(settings.jwksFile());
        try {
            signer = new RSASSASigner(keys.signingKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("the JWT signing key cannot sign", e);
        }
    }

    /** @param authenticatedAt when the user gave the password this chain of tokens started from */
    public IssuedToken issueFor(User user, Instant authenticatedAt) {
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = settings.sessionPolicy().expiresAt(issuedAt, authenticatedAt);
        String jti = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(String.valueOf(user.id()))
                .claim("upn", user.username())
                .claim("user_id", user.id())
                .claim("role", user.role().claim())
                .claim("groups", List.of(user.role().claim()))
                .claim(CREDENTIALS_VERSION_CLAIM, user.credentialsVersion())
                .claim(AUTH_TIME_CLAIM, authenticatedAt.getEpochSecond())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(jti)
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(keys.signingKey().getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), jti, issuedAt, expiresAt);
    }

    /** The public keys only, for the JWKS endpoint. */
    public JWKSet verificationKeys() {
        return keys.verificationKeys();
    }
}
