package dev.cartera.identity;

import dev.cartera.shared.i18n.Message;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The store of revoked token ids, in the database so it survives restarts and is shared by every instance. */
@Stateless
public class TokenRevocations {

    private static final Logger LOG = Logger.getLogger(TokenRevocations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The user's credentials version and the token's revocation, if any: no row when the user is gone. */
    private static final String STANDING = "SELECT u.credentials_version, r.jti FROM app_user u"
            + " LEFT JOIN revoked_token r ON r.jti = ? WHERE u.id = ?";

    @Resource(lookup = "jdbc/cartera")
    DataSource database;

    static final Message CREDENTIALS_CHANGED = Message.of("problem.token.credentialsChanged");

    public boolean isRevoked(String jti) {
        return jti == null || em.find(RevokedToken.class, jti) != null;
    }

    /**
     * Why a verified, unexpired token may not be used, if it may not: its id was revoked (logout, renewal), its
     * user is gone, or the user's credentials changed after it was issued. Every authenticated request asks, so it
     * is one query (the user's credentials version beside the token's revocation, if any) and no transaction.
     *
     * <p>The query goes through JDBC, not JPA: under load, EclipseLink's work around it (preparing the query
     * again on each run, a pooled connection per query, setting and resetting the statement timeout) cost more
     * than the query itself. It reads two rows by their primary keys, so it cannot run long and sets no
     * statement timeout: H2 runs each {@code setQueryTimeout} as a {@code SET} that makes every session compile
     * its prepared statements again.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Message> refusal(PresentedToken token) {
        if (token.jti() == null) {
            return Optional.of(Message.of("problem.token.revokedLogIn"));
        }
        try (Connection connection = database.getConnection();
             PreparedStatement standing = connection.prepareStatement(STANDING)) {
            standing.setString(1, token.jti());
            standing.setLong(2, token.userId());
            try (ResultSet row = standing.executeQuery()) {
                if (!row.next()) {
                    return Optional.of(Message.of(isRevoked(token.jti()) ? "problem.token.revokedLogIn" : "problem.token.userGone"));
                }
                if (row.getString(2) != null) {
                    return Optional.of(Message.of("problem.token.revokedLogIn"));
                }
                return row.getLong(1) == token.credentialsVersion() ? Optional.empty() : Optional.of(CREDENTIALS_CHANGED);
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading the standing of token " + token.jti(), e);
        }
    }

    /**
     * Revokes the token, once: the primary key on {@code jti} decides between two concurrent calls.
     *
     * @throws InvalidTokenException when it was already revoked
     */
    public void revoke(PresentedToken token) {
        if (isRevoked(token.jti())) {
            throw new InvalidTokenException(Message.of("problem.token.revoked"));
        }
        try {
            em.persist(new RevokedToken(token.jti(), token.userId(), token.expiresAt(), clock.instant()));
            em.flush();
        } catch (PersistenceException e) {
            throw new InvalidTokenException(Message.of("problem.token.revoked"));
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
