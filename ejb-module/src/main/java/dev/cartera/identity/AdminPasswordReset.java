package dev.cartera.identity;

import dev.cartera.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The way back in when the admin password is lost, for an operator with access to the server only: started with
 * {@code cartera.admin.reset-password-file} (a file holding the new password, e.g. a mounted secret) or
 * {@code cartera.admin.reset-password}, the server sets that password on {@code cartera.admin.reset-username}
 * (see {@link AdminRecovery}). Nothing in the API reaches this.
 */
@Singleton
@Startup
@DependsOn("IdentityBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdminPasswordReset {

    private static final Logger LOG = Logger.getLogger(AdminPasswordReset.class.getName());

    @Inject
    AdminRecovery recovery;

    @Inject
    @ConfigProperty(name = "cartera.admin.reset-password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "cartera.admin.reset-password-file")
    Optional<String> passwordFile;

    @Inject
    @ConfigProperty(name = "cartera.admin.reset-username", defaultValue = "admin")
    String username;

    @PostConstruct
    void resetWhenAsked() {
        Optional<String> wanted;
        try {
            wanted = configuredPassword(password, passwordFile);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Admin password NOT reset: cannot read cartera.admin.reset-password-file "
                    + passwordFile.orElse(""), e);
            return;
        }
        if (wanted.isEmpty()) {
            return;
        }
        try {
            AdminRecovery.Action done = recovery.recover(username, wanted.get().toCharArray());
            switch (done) {
                case CREATE -> LOG.warning(() -> "Admin password recovery: created the admin user '" + username
                        + "' with the configured password. Remove the reset setting now.");
                case RESET -> LOG.warning(() -> "Admin password recovery: the password of '" + username
                        + "' was reset, its lockout lifted and its earlier tokens revoked. Remove the reset setting now.");
                case NOTHING -> LOG.warning(() -> "Admin password recovery is still configured, but '" + username
                        + "' already has that password: nothing done. Remove the reset setting.");
            }
        } catch (EJBException | IllegalArgumentException | InvalidInputException e) {
            // most likely the password breaks the password rules; the message names the rule, never the password
            LOG.log(Level.SEVERE, "Admin password NOT reset for '" + username + "': " + reason(e));
        }
    }

    /** The file wins over the plain value; a trailing line break (echo, most editors) is not part of the password. */
    static Optional<String> configuredPassword(Optional<String> value, Optional<String> file) throws IOException {
        Optional<String> path = file.filter(f -> !f.isBlank());
        if (path.isPresent()) {
            String content = Files.readString(Path.of(path.get()), StandardCharsets.UTF_8);
            return Optional.of(content.replaceFirst("(\\r?\\n)+$", "")).filter(p -> !p.isEmpty());
        }
        return value.filter(p -> !p.isEmpty());
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String detail = cause instanceof InvalidInputException invalid ? invalid.problems().toString()
                : cause.getMessage();
        return cause.getClass().getSimpleName() + (detail == null ? "" : ": " + detail);
    }
}
