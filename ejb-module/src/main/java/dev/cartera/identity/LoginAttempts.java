package dev.cartera.identity;

import static dev.cartera.shared.LogText.quoted;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The short transactions around a password check (which runs outside any transaction): before it, whether the
 * client must wait (see {@link LoginThrottlePolicy}); after it, the failure counted or the success recorded.
 */
@Stateless
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    UserRepository users;

    @Inject
    LoginThrottles throttles;

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /**
     * Lets the attempt through to the password check, or refuses it before: a throttled client learns nothing of
     * the password, not even whether the right one would have worked.
     *
     * @throws LoginThrottledException with the wait, when the client must wait
     */
    public void admit(String username, String client, Instant now) {
        Duration wait = settings.loginThrottlePolicy().waitBefore(
                throttles.find(ThrottleScope.ACCOUNT_CLIENT, username, client),
                throttles.find(ThrottleScope.CLIENT, username, client),
                throttles.find(ThrottleScope.ACCOUNT, username, client), now);
        if (!wait.isZero()) {
            LOG.info(() -> "Login refused without a check: client " + client + " waits " + wait + " for " + quoted(username));
            throw throttled(wait);
        }
    }

    /**
     * Records what the password check found. The counters are locked and judged again first: attempts admitted at
     * the same moment (in parallel, or on several instances) were all checked, but only those still within the
     * free failures learn the answer; the others get the wait, as if never admitted, and count nothing.
     *
     * @param checkedHash     the hash the password was checked against (null for an unknown user); if the stored
     *                        one changed meanwhile, the check no longer counts
     * @param passwordMatches what the check found
     * @throws InvalidCredentialsException for an unknown user, a gone user or a wrong password alike
     * @throws LoginThrottledException     when a parallel failure set a wait meanwhile
     */
    public User record(String username, String client, String checkedHash, boolean passwordMatches, Instant now) {
        LoginThrottlePolicy policy = settings.loginThrottlePolicy();
        Duration wait = policy.waitBefore(throttles.locked(ThrottleScope.ACCOUNT_CLIENT, username, client),
                throttles.locked(ThrottleScope.CLIENT, username, client),
                throttles.locked(ThrottleScope.ACCOUNT, username, client), now);
        if (!wait.isZero()) {
            LOG.info(() -> "Login answer withheld: client " + client + " must wait " + wait + " for " + quoted(username));
            throw throttled(wait);
        }
        if (passwordMatches && checkedHash != null) {
            User user = users.findByUsernameForUpdate(username).filter(u -> u.passwordHash().equals(checkedHash)).orElse(null);
            if (user != null) {
                user.recordSuccessfulLogin(now);
                throttles.forUpdate(ThrottleScope.ACCOUNT_CLIENT, username, client, now).recordSuccess(now, policy);
                return user;
            }
        }
        recordFailure(username, client, now, policy);
        meters.counter("cartera.login.failures").increment();
        throw new InvalidCredentialsException();
    }

    /** Counted: the figure that shows guessing (the logins refused because a client or an account must wait). */
    private LoginThrottledException throttled(Duration wait) {
        meters.counter("cartera.login.throttled").increment();
        return new LoginThrottledException(wait);
    }

    /** Locks the counters always in the same order (pair, client, account), so concurrent failures never deadlock. */
    private void recordFailure(String username, String client, Instant now, LoginThrottlePolicy policy) {
        for (ThrottleScope scope : ThrottleScope.values()) {
            LoginThrottle counter = throttles.forUpdate(scope, username, client, now);
            counter.recordFailure(now, policy);
            if (!counter.waitAt(now).isZero()) {
                LOG.warning(() -> "Login failure " + counter.failures() + " in a row for " + scope + " client " + client
                        + " account " + quoted(username) + ": the next password is checked after " + counter.blockedUntil());
            }
        }
        LOG.info(() -> "Login refused: wrong password or no user " + quoted(username) + " from " + client);
    }

    /** An admin vouches for the account (or sets its password): its failures and waits are forgotten. */
    public void clearAccount(String username) {
        int cleared = throttles.clearAccount(username);
        if (cleared > 0) {
            LOG.info(() -> "Cleared the login throttling of " + quoted(username));
        }
    }

    /** Rows whose failures are forgotten, whose wait is over and whose client is no longer known can go. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purgeExpired() {
        int purged = throttles.purgeExpired(clock.instant());
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " expired login throttling counters");
        }
    }
}
