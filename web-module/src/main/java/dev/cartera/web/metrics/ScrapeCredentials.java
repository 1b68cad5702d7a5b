package dev.cartera.web.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * Who may read {@code /metrics}: a scraper presenting the configured user and password with HTTP Basic, which
 * Prometheus and every other collector send ({@code basic_auth} with a {@code password_file}). Without a password
 * configured nobody may. The password is compared by its digest, in constant time.
 */
final class ScrapeCredentials {

    private final String username;
    private final Optional<byte[]> passwordDigest;

    ScrapeCredentials(String username, Optional<String> password) {
        this.username = username;
        this.passwordDigest = password.filter(value -> !value.isBlank()).map(ScrapeCredentials::digest);
    }

    boolean configured() {
        return passwordDigest.isPresent();
    }

    /** @param authorization the request's {@code Authorization} header, or null */
    boolean admit(String authorization) {
        if (passwordDigest.isEmpty() || authorization == null
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(digest(pair.substring(0, colon)), digest(username));
        boolean passwordMatches = MessageDigest.isEqual(digest(pair.substring(colon + 1)), passwordDigest.get());
        return userMatches & passwordMatches;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
