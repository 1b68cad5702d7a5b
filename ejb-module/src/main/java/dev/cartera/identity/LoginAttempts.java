package dev.cartera.identity;

import static dev.cartera.shared.LogText.quoted;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The short, locking half of a login: with the password already checked outside any transaction, lock the user's
 * row, apply the lockout rules, count the failure or record the success.
 */
@Stateless
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @Inject
    UserRepository users;

    @Inject
    IdentitySettings settings;

    /**
     * @param checkedHash     the hash the password was checked against; if the stored one changed meanwhile, the
     *                        check no longer counts
     * @param passwordMatches what the check found
     * @throws InvalidCredentialsException for a gone user, a wrong password or a locked account alike
     */
    public User record(String username, String checkedHash, boolean passwordMatches, Instant now) {
        User user = users.findByUsernameForUpdate(username).orElseThrow(() -> {
            LOG.info(() -> "Login refused: no user " + quoted(username));
            return new InvalidCredentialsException();
        });
        if (user.isLockedAt(now)) {
            LOG.warning(() -> "Login refused: account " + quoted(username) + " is locked until " + user.lockedUntil());
            throw new InvalidCredentialsException();
        }
        if (!passwordMatches || !user.passwordHash().equals(checkedHash)) {
            LockoutPolicy policy = settings.lockoutPolicy();
            if (user.recordFailedLogin(now, policy)) {
                LOG.warning(() -> "Account " + quoted(username) + " locked until " + user.lockedUntil() + " after "
                        + policy.maxFailures() + " failed logins within " + policy.window());
            } else {
                LOG.info(() -> "Login refused: wrong password for " + quoted(username));
            }
            throw new InvalidCredentialsException();
        }
        user.recordSuccessfulLogin(now);
        return user;
    }
}
