package dev.cartera.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Duration;
import java.time.Instant;

/**
 * One failure counter of the login throttling (see {@link LoginThrottlePolicy}): its failures in a row, the wait
 * they impose and, for an account and client pair, when that client last signed in to the account. Kept in the
 * database so that every instance of a cluster applies the same waits.
 */
@Entity
@Table(name = "login_throttle", uniqueConstraints = @UniqueConstraint(name = "uk_login_throttle_scope_key",
        columnNames = {"scope", "username", "client_address"}))
@NamedQuery(name = "LoginThrottle.find", query = "SELECT t FROM LoginThrottle t"
        + " WHERE t.scope = :scope AND t.username = :username AND t.clientAddress = :client")
@NamedQuery(name = "LoginThrottle.ofAccounts", query = "SELECT t FROM LoginThrottle t"
        + " WHERE t.username IN :usernames AND t.scope <> dev.cartera.identity.ThrottleScope.CLIENT")
@NamedQuery(name = "LoginThrottle.clearAccount", query = "DELETE FROM LoginThrottle t"
        + " WHERE t.username = :username AND t.scope <> dev.cartera.identity.ThrottleScope.CLIENT")
@NamedQuery(name = "LoginThrottle.purgeExpired", query = "DELETE FROM LoginThrottle t WHERE t.expiresAt < :now")
public class LoginThrottle {

    /** The column widths: a longer username cannot exist (it still counts, cut to this), nor a longer address. */
    static final int KEY_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ThrottleScope scope;

    /** '' for a client's counter. */
    @Column(nullable = false, length = KEY_MAX)
    private String username;

    /** '' for an account's counter. */
    @Column(name = "client_address", nullable = false, length = KEY_MAX)
    private String clientAddress;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    /** When nothing in this row matters any more: the failures are forgotten, the wait is over, the client unknown. */
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected LoginThrottle() {
        // for JPA
    }

    LoginThrottle(ThrottleScope scope, String username, String clientAddress, Instant now) {
        this.scope = scope;
        this.username = keyPart(scope == ThrottleScope.CLIENT ? "" : username);
        this.clientAddress = keyPart(scope == ThrottleScope.ACCOUNT ? "" : clientAddress);
        this.expiresAt = now;
    }

    static String keyPart(String value) {
        return value.length() > KEY_MAX ? value.substring(0, KEY_MAX) : value;
    }

    /** How long a client this counter applies to must still wait; zero when it need not. */
    public Duration waitAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil) ? Duration.between(now, blockedUntil) : Duration.ZERO;
    }

    /** Counts a failed password; one after the rule's free failures sets (or prolongs) the wait. */
    public void recordFailure(Instant now, LoginThrottlePolicy policy) {
        ThrottleRule rule = policy.ruleFor(scope);
        if (lastFailureAt != null && !now.isBefore(lastFailureAt.plus(rule.forgetAfter()))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration delay = rule.delayAfter(failures);
        if (!delay.isZero() && (blockedUntil == null || blockedUntil.isBefore(now.plus(delay)))) {
            blockedUntil = now.plus(delay);
        }
        expiresAt = latest(lastFailureAt.plus(rule.forgetAfter()), blockedUntil, knownUntil(policy));
    }

    /** The client signed in to the account: its failures are over, and it is a known client for a while. */
    public void recordSuccess(Instant now, LoginThrottlePolicy policy) {
        failures = 0;
        lastFailureAt = null;
        blockedUntil = null;
        lastSuccessAt = now;
        expiresAt = knownUntil(policy);
    }

    public boolean signedInWithin(Duration period, Instant now) {
        return lastSuccessAt != null && now.isBefore(lastSuccessAt.plus(period));
    }

    private Instant knownUntil(LoginThrottlePolicy policy) {
        return lastSuccessAt == null ? null : lastSuccessAt.plus(policy.knownClientFor());
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    public ThrottleScope scope() {
        return scope;
    }

    public String username() {
        return username;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public int failures() {
        return failures;
    }

    public Instant blockedUntil() {
        return blockedUntil;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
