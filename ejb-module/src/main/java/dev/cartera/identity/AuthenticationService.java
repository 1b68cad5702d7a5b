package dev.cartera.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/** Login, token renewal and logout: the transaction boundary of the identity context's public side. */
@Stateless
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer issuer;

    @Inject
    TokenRevocations revocations;

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    /**
     * A token for the API.
     *
     * @throws InvalidCredentialsException as {@link #authenticate}
     */
    public IssuedToken login(String username, char[] password) {
        return issuer.issueFor(authenticate(username, password));
    }

    /**
     * Checks a username and password: the one rule for the API's login and the console's sign-in, so both share
     * the hashes, the lockout and the record of the last login.
     *
     * @throws InvalidCredentialsException for an unknown user, a wrong password or a locked account alike;
     *                                     the failure is recorded (and may lock the account) all the same
     */
    public User authenticate(String username, char[] password) {
        Instant now = clock.instant();
        Optional<User> found = users.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            hasher.matchesNothing(password);
            LOG.info(() -> "Login refused: no user '" + username + "'");
            throw new InvalidCredentialsException();
        }
        User user = found.get();
        boolean passwordMatches = hasher.matches(password, user.passwordHash());
        if (user.isLockedAt(now)) {
            LOG.warning(() -> "Login refused: account '" + username + "' is locked until " + user.lockedUntil());
            throw new InvalidCredentialsException();
        }
        if (!passwordMatches) {
            LockoutPolicy policy = settings.lockoutPolicy();
            if (user.recordFailedLogin(now, policy)) {
                LOG.warning(() -> "Account '" + username + "' locked until " + user.lockedUntil() + " after "
                        + policy.maxFailures() + " failed logins within " + policy.window());
            } else {
                LOG.info(() -> "Login refused: wrong password for '" + username + "'");
            }
            throw new InvalidCredentialsException();
        }
        user.recordSuccessfulLogin(now);
        return user;
    }

    /**
     * Swaps a valid token for a fresh one. The presented token is revoked in the same transaction,
     * so it can renew only once.
     */
    public IssuedToken renew(PresentedToken presented) {
        revocations.revoke(presented);
        User user = users.find(presented.userId())
                .orElseThrow(() -> new InvalidTokenException("The token's user no longer exists."));
        return issuer.issueFor(user);
    }

    public void logout(PresentedToken presented) {
        revocations.revoke(presented);
    }
}
