package dev.cartera.identity;

import dev.cartera.shared.ConflictException;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterableField;
import dev.cartera.shared.LogText;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.logging.Logger;

/** User administration (admin only at the REST boundary). */
@Stateless
public class UserService {

    /** The user list: found by a part of the username, sorted by any of its columns. */
    public static final ListFields LIST = new ListFields(FilterSpec.of(FilterableField.text("username", "username")),
            Map.of("id", "id", "username", "username", "displayName", "displayName",
                    "role", "role", "createdAt", "createdAt", "lastLoginAt", "lastLoginAt"), "username");

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    LoginAttempts attempts;

    @Inject
    LoginThrottles throttles;

    @PersistenceContext
    EntityManager em;

    /** Usernames are compared case-insensitively: stored and looked up in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public Page<User> list(PageRequest request, List<FilterCondition> filters) {
        return users.page(request, filters);
    }

    public User get(long id) {
        return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    public User create(String username, String displayName, Role role, char[] password) {
        String name = normalizeUsername(username);
        PasswordRules.check("password", password, name);
        if (users.findByUsername(name).isPresent()) {
            throw ConflictException.of("problem.user.exists", name);
        }
        User user = new User(name, displayName.trim(), role, hasher.hash(password), clock.instant());
        users.add(user);
        LOG.info(() -> "Created user " + LogText.quoted(name) + " with role " + role.claim());
        return user;
    }

    /**
     * @param expectedVersion when present, the version the caller last read; a different one is a conflict
     */
    public User update(long id, String displayName, Role role, OptionalLong expectedVersion) {
        User user = get(id);
        checkVersion(user, expectedVersion);
        if (user.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user, "takeAdmin");
        }
        user.update(displayName.trim(), role, clock.instant());
        em.flush();
        return user;
    }

    /**
     * Sets a new password (an admin for a user, or a user for themselves). It also clears the account's login
     * throttling: whoever set it has vouched for the account, and the old password's guesses are moot.
     */
    public void changePassword(long id, char[] newPassword) {
        User user = get(id);
        PasswordRules.check("password", newPassword, user.username());
        user.changePassword(hasher.hash(newPassword), clock.instant());
        attempts.clearAccount(user.username());
        LOG.info(() -> "Password of " + LogText.quoted(user.username()) + " changed");
    }

    /** An admin lets every client try the account's password again now (a client's own spraying wait stays). */
    public void clearLoginThrottling(long id) {
        attempts.clearAccount(get(id).username());
    }

    /**
     * Until when some client must wait before trying each of these users' passwords again (the account's own
     * ceiling or one client's waits); users without a wait are absent.
     */
    public Map<String, Instant> loginWaitsUntil(Collection<String> usernames) {
        Instant now = clock.instant();
        Map<String, Instant> waits = new HashMap<>();
        for (LoginThrottle counter : throttles.ofAccounts(usernames)) {
            if (!counter.waitAt(now).isZero()) {
                waits.merge(counter.username(), counter.blockedUntil(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return waits;
    }

    /** Remembers the language the console speaks to the user. */
    public void chooseLanguage(long id, String language) {
        get(id).chooseLanguage(language);
    }

    public void delete(long id) {
        User user = get(id);
        if (user.role() == Role.ADMIN) {
            requireAnotherAdmin(user, "delete");
        }
        users.remove(user);
        LOG.info(() -> "Deleted user " + LogText.quoted(user.username()));
    }

    /** @return true when a user was created, i.e. this is the first start */
    public boolean createFirstAdmin(String username, char[] password) {
        if (!users.isEmpty()) {
            return false;
        }
        users.add(new User(normalizeUsername(username), "Administrator", Role.ADMIN, hasher.hash(password), clock.instant()));
        return true;
    }

    private static void checkVersion(User user, OptionalLong expectedVersion) {
        ConflictException.requireVersion("User", user.id(), user.version(), expectedVersion);
    }

    private void requireAnotherAdmin(User user, String action) {
        long admins = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.role = :role", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult();
        if (admins <= 1) {
            throw ConflictException.of("problem.user.lastAdmin." + action, user.username());
        }
    }
}
