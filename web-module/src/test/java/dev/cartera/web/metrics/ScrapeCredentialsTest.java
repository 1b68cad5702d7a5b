package dev.cartera.web.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScrapeCredentialsTest {

    private final ScrapeCredentials credentials = new ScrapeCredentials("metrics", Optional.of("s3cret:with-colon"));

    @Test
    void theConfiguredUserAndPasswordAreAdmitted() {
        assertTrue(credentials.admit(basic("metrics:s3cret:with-colon")), "the password may hold a colon");
        assertTrue(credentials.admit("basic " + Base64.getEncoder().encodeToString(
                "metrics:s3cret:with-colon".getBytes(StandardCharsets.UTF_8))), "the scheme is case-insensitive");
    }

    @Test
    void anythingElseIsRefused() {
        assertFalse(credentials.admit(null));
        assertFalse(credentials.admit(basic("metrics:wrong")));
        assertFalse(credentials.admit(basic("admin:s3cret:with-colon")));
        assertFalse(credentials.admit(basic("metrics")), "no colon");
        assertFalse(credentials.admit("Basic not base64!"));
        assertFalse(credentials.admit("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln"), "a token is not a scraper's credentials");
    }

    @Test
    void withoutAPasswordNobodyIsAdmitted() {
        ScrapeCredentials closed = new ScrapeCredentials("metrics", Optional.of("  "));
        assertFalse(closed.configured());
        assertFalse(closed.admit(basic("metrics:")));
        assertFalse(new ScrapeCredentials("metrics", Optional.empty()).admit(basic("metrics:anything")));
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
