package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The login throttling's rules with the default settings, on a fixed clock: {@link LoginAttempts} as the services
 * call it, over counters kept in memory instead of the database.
 */
class LoginThrottlingTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final String OWNER = "ana";
    private static final String ATTACKER = "203.0.113.66";
    private static final String HOME = "198.51.100.7";

    private final User ana = new User(OWNER, "Ana", Role.AGENT, "hash", T0);
    private final LoginAttempts attempts = new LoginAttempts();
    private final InMemoryCounters counters = new InMemoryCounters();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Instant now = T0;

    LoginThrottlingTest() {
        attempts.throttles = counters;
        attempts.users = new UserRepository() {
            @Override
            public Optional<User> findByUsernameForUpdate(String username) {
                return OWNER.equals(username) ? Optional.of(ana) : Optional.empty();
            }
        };
        attempts.settings = defaults();
        attempts.meters = meters;
    }

    @Test
    void fiveFailuresAreFreeThenTheWaitsDoubleUpToFifteenMinutes() {
        for (int failure = 1; failure <= 5; failure++) {
            assertEquals(Duration.ZERO, wrongPassword(OWNER, ATTACKER), "failure " + failure + " is free");
        }
        List<Long> waits = new ArrayList<>();
        for (int failure = 6; failure <= 18; failure++) {
            Duration wait = wrongPassword(OWNER, ATTACKER);
            waits.add(wait.toSeconds());
            now = now.plus(wait);
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L), waits);
    }

    @Test
    void aWaitingClientIsRefusedWithoutACheckEvenWithTheRightPassword() {
        failTimes(6, OWNER, ATTACKER);

        LoginThrottledException refused = assertThrows(LoginThrottledException.class, () -> attempts.admit(OWNER, ATTACKER, now));
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());

        now = now.plusSeconds(1);
        attempts.admit(OWNER, ATTACKER, now);
        assertEquals(6, meters.counter("cartera.login.failures").count(), "the metrics count each wrong password");
        assertEquals(1, meters.counter("cartera.login.throttled").count(), "and each refusal for a wait");
    }

    @Test
    void attemptsAdmittedTogetherLearnNothingOnceOneOfThemSetAWait() {
        failTimes(5, OWNER, ATTACKER);
        attempts.admit(OWNER, ATTACKER, now);
        attempts.admit(OWNER, ATTACKER, now);

        assertThrows(InvalidCredentialsException.class, () -> attempts.record(OWNER, ATTACKER, "hash", false, now));
        assertThrows(LoginThrottledException.class, () -> attempts.record(OWNER, ATTACKER, "hash", true, now),
                "the parallel guess was right, but its answer is withheld");
        assertEquals(6, counters.find(ThrottleScope.ACCOUNT_CLIENT, OWNER, ATTACKER).orElseThrow().failures());
    }

    @Test
    void theOwnerFromAnotherClientSignsInWhileTheAttackerWaits() {
        failTimes(20, OWNER, ATTACKER);
        assertThrows(LoginThrottledException.class, () -> attempts.admit(OWNER, ATTACKER, now));

        assertSame(ana, rightPassword(OWNER, HOME));
        assertEquals(now, ana.lastLoginAt());
    }

    @Test
    void unknownUsernamesAreThrottledAlikeSoAWaitTellsNothing() {
        failTimes(6, "nobody", ATTACKER);
        assertThrows(LoginThrottledException.class, () -> attempts.admit("nobody", ATTACKER, now));
    }

    @Test
    void sprayingOnePasswordOverManyUsernamesStopsAfterThirtyFailures() {
        for (int user = 1; user <= 30; user++) {
            assertEquals(Duration.ZERO, wrongPassword("user" + user, ATTACKER));
        }
        assertEquals(Duration.ofSeconds(1), wrongPassword("user31", ATTACKER));
        assertThrows(LoginThrottledException.class, () -> attempts.admit("user32", ATTACKER, now), "any username");
        assertThrows(LoginThrottledException.class, () -> attempts.admit(OWNER, ATTACKER, now), "even a real one");
        attempts.admit("user32", HOME, now);
    }

    @Test
    void anAttackFromManyAddressesSlowsTheAccountButNotTheOwnersKnownClient() {
        assertSame(ana, rightPassword(OWNER, HOME));
        now = now.plus(Duration.ofDays(1));
        for (int address = 1; address <= 100; address++) {
            assertEquals(Duration.ZERO, wrongPassword(OWNER, "10.0.0." + address), "the account's first 100 are free");
        }
        Duration ceiling = Duration.ZERO;
        for (int address = 101; address <= 110; address++) {
            ceiling = wrongPassword(OWNER, "10.0.1." + address);
            now = now.plus(ceiling);
        }
        assertEquals(Duration.ofSeconds(30), ceiling, "the account's wait grows to 30 seconds, no more");
        wrongPassword(OWNER, "10.0.2.1");

        assertThrows(LoginThrottledException.class, () -> attempts.admit(OWNER, "10.0.2.2", now), "a new address waits");
        assertSame(ana, rightPassword(OWNER, HOME), "the client the owner signed in from does not");
    }

    @Test
    void failuresAreForgottenAfterAnHourWithoutOneAndTheRowsCanBePurged() {
        failTimes(5, OWNER, ATTACKER);
        now = now.plus(Duration.ofHours(1));
        assertEquals(Duration.ZERO, wrongPassword(OWNER, ATTACKER), "counting starts again");

        Instant lastFailure = now;
        assertTrue(counters.rows.values().stream().allMatch(row -> row.expiresAt().equals(lastFailure.plus(Duration.ofHours(1)))));
    }

    @Test
    void aRowIsKeptWhileItCountsWaitsOrKnowsTheClient() {
        failTimes(16, OWNER, ATTACKER);
        LoginThrottle pair = counters.find(ThrottleScope.ACCOUNT_CLIENT, OWNER, ATTACKER).orElseThrow();
        assertEquals(now.plus(Duration.ofHours(1)), pair.expiresAt());
        assertTrue(pair.expiresAt().isAfter(pair.blockedUntil()));

        rightPassword(OWNER, HOME);
        assertEquals(now.plus(Duration.ofDays(30)), counters.find(ThrottleScope.ACCOUNT_CLIENT, OWNER, HOME).orElseThrow().expiresAt());
    }

    @Test
    void aSuccessClearsThePairButNotTheClientsSprayingCount() {
        failTimes(4, OWNER, HOME);
        rightPassword(OWNER, HOME);
        for (int failure = 1; failure <= 5; failure++) {
            assertEquals(Duration.ZERO, wrongPassword(OWNER, HOME), "the pair counts from zero again");
        }
        assertEquals(9, counters.find(ThrottleScope.CLIENT, OWNER, HOME).orElseThrow().failures());
    }

    @Test
    void clearingTheAccountLetsEveryClientTryAgain() {
        failTimes(7, OWNER, ATTACKER);
        counters.clearAccount(OWNER);
        attempts.admit(OWNER, ATTACKER, now);
    }

    @Test
    void aRuleNeverOverflowsAndAnInvalidOneIsRefused() {
        ThrottleRule rule = new ThrottleRule(0, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1));
        assertEquals(Duration.ofMinutes(15), rule.delayAfter(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(-1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(1, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1)));
    }

    @Test
    void aWaitIsGivenInWholeSecondsRoundedUp() {
        assertEquals(Duration.ofSeconds(2), new LoginThrottledException(Duration.ofMillis(1001)).retryAfter());
        assertEquals(Duration.ofSeconds(1), new LoginThrottledException(Duration.ofMillis(1)).retryAfter());
        assertEquals(Duration.ofSeconds(900), new LoginThrottledException(Duration.ofMinutes(15)).retryAfter());
    }

    /** A wrong password, checked as the service does (admitted first); the wait it leaves the client with. */
    private Duration wrongPassword(String username, String client) {
        attempts.admit(username, client, now);
        assertThrows(InvalidCredentialsException.class,
                () -> attempts.record(username, client, OWNER.equals(username) ? "hash" : null, false, now));
        return Optional.ofNullable(waitAfter(username, client)).orElse(Duration.ZERO);
    }

    private Duration waitAfter(String username, String client) {
        return LoginThrottlingTest.this.attempts.settings.loginThrottlePolicy().waitBefore(
                counters.find(ThrottleScope.ACCOUNT_CLIENT, username, client),
                counters.find(ThrottleScope.CLIENT, username, client),
                counters.find(ThrottleScope.ACCOUNT, username, client), now);
    }

    private User rightPassword(String username, String client) {
        attempts.admit(username, client, now);
        return attempts.record(username, client, "hash", true, now);
    }

    /** Failures each after the previous wait, as a patient attacker would; the last one's wait is still on. */
    private void failTimes(int times, String username, String client) {
        Duration wait = Duration.ZERO;
        for (int i = 0; i < times; i++) {
            now = now.plus(wait);
            wait = wrongPassword(username, client);
        }
    }

    private static IdentitySettings defaults() {
        IdentitySettings settings = new IdentitySettings();
        settings.accountClientFreeFailures = 5;
        settings.accountClientMaxDelay = Duration.ofMinutes(15);
        settings.clientFreeFailures = 30;
        settings.clientMaxDelay = Duration.ofMinutes(15);
        settings.accountFreeFailures = 100;
        settings.accountMaxDelay = Duration.ofSeconds(30);
        settings.throttleBaseDelay = Duration.ofSeconds(1);
        settings.throttleForgetAfter = Duration.ofHours(1);
        settings.knownClientFor = Duration.ofDays(30);
        return settings;
    }

    /** The counters as the database keeps them: one per scope, username and client. */
    private static final class InMemoryCounters extends LoginThrottles {

        final Map<String, LoginThrottle> rows = new HashMap<>();

        @Override
        public Optional<LoginThrottle> find(ThrottleScope scope, String username, String client) {
            return Optional.ofNullable(rows.get(key(new LoginThrottle(scope, username, client, T0))));
        }

        @Override
        public Optional<LoginThrottle> locked(ThrottleScope scope, String username, String client) {
            return find(scope, username, client);
        }

        @Override
        public LoginThrottle forUpdate(ThrottleScope scope, String username, String client, Instant now) {
            LoginThrottle fresh = new LoginThrottle(scope, username, client, now);
            return rows.computeIfAbsent(key(fresh), k -> fresh);
        }

        @Override
        public List<LoginThrottle> ofAccounts(Collection<String> usernames) {
            return rows.values().stream().filter(row -> row.scope() != ThrottleScope.CLIENT
                    && usernames.contains(row.username())).toList();
        }

        @Override
        public int clearAccount(String username) {
            int before = rows.size();
            rows.values().removeIf(row -> row.scope() != ThrottleScope.CLIENT && row.username().equals(username));
            return before - rows.size();
        }

        private static String key(LoginThrottle row) {
            return row.scope() + "|" + row.username() + "|" + row.clientAddress();
        }
    }
}
