package dev.cartera.identity;

import dev.cartera.shared.LogText;
import dev.cartera.shared.i18n.Message;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
    LoginAttempts attempts;

    @Inject
    TokenRevocations revocations;

    @Inject
    IdentitySettings settings;

    @Inject
    UserService userService;

    @Inject
    Clock clock;

    /**
     * A token for the API.
     *
     * @param client the address the attempt comes from, as the web tier resolved it
     * @throws InvalidCredentialsException as {@link #authenticate}
     * @throws dev.cartera.shared.TooManyRequestsException as {@link #authenticate}
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IssuedToken login(String username, char[] password, String client) {
        Instant now = clock.instant();
        return issuer.issueFor(check(username, password, client, now), now.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Checks a username and password: the one rule for the API's login and the console's sign-in, so both share
     * the hashes, the login throttling, the bound on concurrent hashing and the record of the last login.
     *
     * @param client the address the attempt comes from, as the web tier resolved it
     * @throws InvalidCredentialsException for an unknown user or a wrong password alike; the failure is counted
     *                                     against the client, the account and the pair of them all the same
     * @throws LoginThrottledException     when the client must wait first (the password is not checked)
     * @throws dev.cartera.shared.TooManyRequestsException when too many passwords are being checked already
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public User authenticate(String username, char[] password, String client) {
        return check(username, password, client, clock.instant());
    }

    /**
     * Checks the password outside any transaction: its ~180 ms of PBKDF2 must hold neither a pooled connection nor
     * the user's row lock, or a flood of logins (no token needed) would stall every other request. At most
     * {@code cartera.auth.max-concurrent-hashes} checks run at once; the rest wait briefly, then get a 429. An
     * unknown user costs the same hash and counts as a failure like a wrong password, so neither the time nor the
     * throttling tells whether an account exists.
     */
    private User check(String username, char[] password, String client, Instant now) {
        attempts.admit(username, client, now);
        Optional<String> storedHash = users.findByUsername(username).map(User::passwordHash);
        boolean matches;
        if (storedHash.isEmpty()) {
            hasher.matchesNothing(password);
            matches = false;
        } else {
            matches = hasher.matches(password, storedHash.get());
        }
        try {
            return attempts.record(username, client, storedHash.orElse(null), matches, now);
        } catch (EJBException e) {
            // a parallel attempt (here or on another instance) created one of the same counters first (unique key):
            // count again on it
            LOG.fine(() -> "Recording a login attempt again after " + e);
            return attempts.record(username, client, storedHash.orElse(null), matches, now);
        }
    }

    /**
     * A user changes their own password by giving the current one. The current one is checked as a login is (a
     * wrong one counts towards the throttling, so this is no side door for guessing), outside a transaction for the
     * same reason; the new one must meet {@link PasswordRules}. The credentials version moves on, so every token
     * issued before is refused from now on.
     *
     * @throws dev.cartera.shared.InvalidInputException for a new password the rules refuse (checked first)
     * @throws InvalidCredentialsException for a wrong current password
     * @throws LoginThrottledException     when the client must wait first (the password is not checked)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void changeOwnPassword(long userId, char[] currentPassword, char[] newPassword, String client) {
        User user = users.find(userId).orElseThrow(InvalidCredentialsException::new);
        PasswordRules.check("newPassword", newPassword, user.username());
        check(user.username(), currentPassword, client, clock.instant());
        userService.changePassword(userId, newPassword);
    }

    /**
     * Swaps a valid token for a fresh one. The presented token is revoked in the same transaction,
     * so it can renew only once; the chain of renewals ends at the session's limit after the login.
     */
    public IssuedToken renew(PresentedToken presented) {
        revocations.revoke(presented);
        User user = users.find(presented.userId())
                .orElseThrow(() -> new InvalidTokenException(Message.of("problem.token.userGone")));
        if (user.credentialsVersion() != presented.credentialsVersion()) {
            throw new InvalidTokenException(TokenRevocations.CREDENTIALS_CHANGED);
        }
        SessionPolicy session = settings.sessionPolicy();
        if (!session.allowsRenewalAt(clock.instant(), presented.authenticatedAt())) {
            throw new InvalidTokenException(Message.of("problem.token.sessionOver", presented.authenticatedAt().toString(),
                    session.maxSession().toString()));
        }
        return issuer.issueFor(user, presented.authenticatedAt());
    }

    public void logout(PresentedToken presented) {
        revocations.revoke(presented);
    }
}
