package dev.cartera.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Queries over the login throttling's counters. Runs inside the calling service's transaction. */
@ApplicationScoped
public class LoginThrottles {

    @PersistenceContext
    EntityManager em;

    /** The three counters one attempt is judged by, read without locks: a wait needs no write. */
    public Optional<LoginThrottle> find(ThrottleScope scope, String username, String client) {
        return query(scope, username, client).getResultStream().findFirst();
    }

    /** The counter if it exists, locked until the transaction ends: judged again after the password check. */
    public Optional<LoginThrottle> locked(ThrottleScope scope, String username, String client) {
        return query(scope, username, client).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /**
     * The counter, locked until the transaction ends so concurrent failures count one at a time; created if
     * absent (two instances creating the same one at once: one fails on the unique key and is tried again).
     */
    public LoginThrottle forUpdate(ThrottleScope scope, String username, String client, Instant now) {
        Optional<LoginThrottle> found = locked(scope, username, client);
        if (found.isPresent()) {
            return found.get();
        }
        LoginThrottle created = new LoginThrottle(scope, username, client, now);
        em.persist(created);
        em.flush();
        return created;
    }

    /** The account counters and account and client pairs of these usernames. */
    public List<LoginThrottle> ofAccounts(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("LoginThrottle.ofAccounts", LoginThrottle.class)
                .setParameter("usernames", usernames).getResultList();
    }

    /** Forgets an account's failures and known clients; the clients' own counters (spraying) stay. */
    public int clearAccount(String username) {
        return em.createNamedQuery("LoginThrottle.clearAccount").setParameter("username", username).executeUpdate();
    }

    public int purgeExpired(Instant now) {
        return em.createNamedQuery("LoginThrottle.purgeExpired").setParameter("now", now).executeUpdate();
    }

    private TypedQuery<LoginThrottle> query(ThrottleScope scope, String username, String client) {
        LoginThrottle key = new LoginThrottle(scope, username, client, Instant.EPOCH);
        return em.createNamedQuery("LoginThrottle.find", LoginThrottle.class)
                .setParameter("scope", scope)
                .setParameter("username", key.username())
                .setParameter("client", key.clientAddress());
    }
}
