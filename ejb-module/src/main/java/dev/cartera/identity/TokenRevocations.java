package dev.cartera.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.logging.Logger;

/** The store of revoked token ids, in the database so it survives restarts and is shared by every instance. */
@Stateless
public class TokenRevocations {

    private static final Logger LOG = Logger.getLogger(TokenRevocations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public boolean isRevoked(String jti) {
        return jti == null || em.find(RevokedToken.class, jti) != null;
    }

    /**
     * Revokes the token, once: the primary key on {@code jti} decides between two concurrent calls.
     *
     * @throws InvalidTokenException when it was already revoked
     */
    public void revoke(PresentedToken token) {
        if (isRevoked(token.jti())) {
            throw new InvalidTokenException("The token has been revoked.");
        }
        try {
            em.persist(new RevokedToken(token.jti(), token.userId(), token.expiresAt(), clock.instant()));
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidTokenException("The token has been revoked.");
        }
    }

    /** A revoked token that has expired is refused for its expiry anyway, so its row can go. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purgeExpired() {
        int purged = em.createNamedQuery("RevokedToken.purgeExpired").setParameter("now", clock.instant()).executeUpdate();
        if (purged > 0) {
            LOG.info(() -> "Purged " + purged + " expired token revocations");
        }
    }
}
