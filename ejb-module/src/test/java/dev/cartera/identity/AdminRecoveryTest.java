package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.identity.AdminRecovery.Action;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a configured admin password reset does something, and where the password is read from. */
class AdminRecoveryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private static User user(Role role) {
        return new User("admin", "Administrator", role, "stored-hash", NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void aMissingUserIsCreated() {
        assertEquals(Action.CREATE, AdminRecovery.decide(null, false, false));
    }

    @Test
    void aDifferentPasswordIsReset() {
        assertEquals(Action.RESET, AdminRecovery.decide(user(Role.ADMIN), false, false));
    }

    @Test
    void theSamePasswordOnAUsableAdminIsLeftAloneSoRestartsDoNotRevokeTokensAgain() {
        assertEquals(Action.NOTHING, AdminRecovery.decide(user(Role.ADMIN), true, false));
    }

    @Test
    void aThrottledOrDemotedAdminIsResetEvenWithTheSamePassword() {
        assertEquals(Action.RESET, AdminRecovery.decide(user(Role.ADMIN), true, true), "clients must wait");
        assertEquals(Action.RESET, AdminRecovery.decide(user(Role.OPERATOR), true, false));
    }

    @Test
    void theFileWinsAndItsTrailingLineBreakIsNotPartOfThePassword(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("reset"), "n3w-Admin passw0rd\n");
        assertEquals(Optional.of("n3w-Admin passw0rd"),
                AdminPasswordReset.configuredPassword(Optional.of("from-env"), Optional.of(file.toString())));
        assertEquals(Optional.of("from-env"), AdminPasswordReset.configuredPassword(Optional.of("from-env"), Optional.empty()));
        assertEquals(Optional.empty(), AdminPasswordReset.configuredPassword(Optional.of(""), Optional.of(" ")));
        Files.writeString(file, "\r\n");
        assertEquals(Optional.empty(), AdminPasswordReset.configuredPassword(Optional.empty(), Optional.of(file.toString())));
    }
}
