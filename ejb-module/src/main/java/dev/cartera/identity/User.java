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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Someone who logs in: a name, a role, a password hash. Failed logins are throttled apart, see {@link LoginThrottle}. */
@Entity
@Table(name = "app_user", uniqueConstraints = @UniqueConstraint(name = "uk_app_user_username", columnNames = "username"))
@NamedQuery(name = "User.byUsername", query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = "User.count", query = "SELECT COUNT(u) FROM User u")
public class User {

    public static final int USERNAME_MAX = 64;
    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    /**
     * Counts the changes that must end every token the user holds: a new password, another role. A
     * token carries the count it was issued under and stops working when the count moves on.
     */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The console's language for this user ("es", "en"); null until chosen. */
    @Column(length = 8)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
        // for JPA
    }

    public User(String username, String displayName, Role role, String passwordHash, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = Objects.requireNonNull(role);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    public void update(String displayName, Role role, Instant now) {
        this.displayName = Objects.requireNonNull(displayName);
        if (role != this.role) {
            credentialsVersion++;
        }
        this.role = Objects.requireNonNull(role);
        this.updatedAt = now;
    }

    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.credentialsVersion++;
        this.updatedAt = now;
    }

    /** A preference of the user, not an administrative change: updatedAt stays as the last admin edit left it. */
    public void chooseLanguage(String language) {
        this.language = language;
    }

    public String language() {
        return language;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
