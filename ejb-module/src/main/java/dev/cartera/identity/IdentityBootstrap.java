package dev.cartera.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First-start duties, run before the application takes requests: the JWT keys exist and are published,
 * and a fresh database gets its {@code admin} user.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdentityBootstrap {

    private static final Logger LOG = Logger.getLogger(IdentityBootstrap.class.getName());
    private static final String ADMIN = "admin";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    TokenIssuer issuer;

    @Inject
    UserService userService;

    @Inject
    TokenRevocations revocations;

    @Inject
    @ConfigProperty(name = "cartera.admin.password")
    Optional<String> configuredAdminPassword;

    @PostConstruct
    void start() {
        issuer.verificationKeys(); // loads or creates the keys and writes the JWKS before the first request
        createAdminOnFirstStart();
        revocations.purgeExpired();
    }

    private void createAdminOnFirstStart() {
        Optional<String> configured = configuredAdminPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(IdentityBootstrap::generatePassword);
        try {
            if (!userService.createFirstAdmin(ADMIN, password.toCharArray())) {
                return;
            }
        } catch (EJBException e) {
            // Most likely another instance created it at the same moment and the unique username decided.
            // Asking again tells that apart from a real failure, which then propagates.
            if (!userService.createFirstAdmin(ADMIN, password.toCharArray())) {
                LOG.info("The admin user was created by another instance");
                return;
            }
        }
        if (configured.isPresent()) {
            LOG.warning("Created the 'admin' user with the password from CARTERA_ADMIN_PASSWORD");
        } else {
            String banner = "\n================================================================\n"
                    + " Created the 'admin' user. Its generated password, shown only now:\n\n"
                    + "     " + password + "\n\n"
                    + " Change it with PUT /api/users/{id}/password, or set\n"
                    + " CARTERA_ADMIN_PASSWORD before the first start next time.\n"
                    + "================================================================";
            LOG.warning(banner);
        }
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
