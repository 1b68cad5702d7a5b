package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The changes that end every token a user holds move the credentials version on; the others do not. */
class CredentialsVersionTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private final User user = new User("ana", "Ana", Role.AGENT, "hash", T0);

    @Test
    void aNewPasswordEndsTheTokens() {
        user.changePassword("other hash", T0);
        assertEquals(1, user.credentialsVersion());
    }

    @Test
    void anotherRoleEndsTheTokensButANewDisplayNameDoesNot() {
        user.update("Ana María", Role.AGENT, T0);
        assertEquals(0, user.credentialsVersion());
        user.update("Ana María", Role.USER, T0);
        assertEquals(1, user.credentialsVersion());
    }
}
