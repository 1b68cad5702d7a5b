package dev.cartera.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A token id ({@code jti}) that must no longer be accepted. Kept only until the token would have expired anyway;
 * the primary key makes "revoke" a once-only event, which is what lets a token renew exactly once.
 */
@Entity
@Table(name = "revoked_token", indexes = @Index(name = "ix_revoked_token_expires_at", columnList = "expires_at"))
@NamedQuery(name = "RevokedToken.purgeExpired", query = "DELETE FROM RevokedToken r WHERE r.expiresAt < :now")
public class RevokedToken {

    @Id
    @Column(length = 64)
    private String jti;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected RevokedToken() {
        // for JPA
    }

    public RevokedToken(String jti, Long userId, Instant expiresAt, Instant revokedAt) {
        this.jti = jti;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
    }

    public String jti() {
        return jti;
    }
}
