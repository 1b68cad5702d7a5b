package dev.cartera.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
     * @throws InvalidCredentialsException for an unknown user, a wrong password or a locked account alike;
     *                                     the failure is recorded (and may lock the account) all the same
     */
    public IssuedToken login(String username, char[] password) {
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
        return issuer.issueFor(user, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Swaps a valid token for a fresh one. The presented token is revoked in the same transaction,
     * so it can renew only once; the chain of renewals ends at the session's limit after the login.
     */
    public IssuedToken renew(PresentedToken presented) {
        revocations.revoke(presented);
        User user = users.find(presented.userId())
                .orElseThrow(() -> new InvalidTokenException("The token's user no longer exists."));
        if (user.credentialsVersion() != presented.credentialsVersion()) {
            throw new InvalidTokenException(TokenRevocations.CREDENTIALS_CHANGED);
        }
        SessionPolicy session = settings.sessionPolicy();
        if (!session.allowsRenewalAt(clock.instant(), presented.authenticatedAt())) {
            throw new InvalidTokenException("The session that started with the login at " + presented.authenticatedAt()
                    + " has reached its limit of " + session.maxSession() + ". Log in again.");
        }
        return issuer.issueFor(user, presented.authenticatedAt());
    }

    public void logout(PresentedToken presented) {
        revocations.revoke(presented);
    }
}
