package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.ScriptedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Secrets as files, as compose and Kubernetes mount them: {@code run.sh} with CARTERA_SECRETS_DIR and neither the
 * database password nor the admin password in the environment. The database is created with the password from its
 * file, and the first admin signs in with the one from theirs.
 */
class SecretsDirectoryIT {

    @Test
    void theDatabaseAndTheFirstAdminTakeTheirPasswordsFromFiles() throws Exception {
        String databasePassword = ItEnvironment.randomSecret();
        String adminPassword = ItEnvironment.randomSecret();
        try (ScriptedServer server = new ScriptedServer("secrets-directory")) {
            Path secrets = Files.createDirectories(server.work().resolve("secrets"));
            Files.writeString(secrets.resolve("cartera.db.password"), databasePassword, StandardCharsets.UTF_8);
            Files.writeString(secrets.resolve("cartera.admin.password"), adminPassword, StandardCharsets.UTF_8);
            String url = "jdbc:h2:file:" + server.work().resolve("database/cartera") + ";MODE=MSSQLServer";

            Api api = server.start(Map.of("CARTERA_SECRETS_DIR", secrets.toString(), "CARTERA_DB_URL", url,
                    "CARTERA_DB_USER", "cartera"));

            assertEquals("admin", api.get("/api/auth/me", api.login("admin", adminPassword)).json().getString("username"));
            String log = Files.readString(server.log(), StandardCharsets.ISO_8859_1);
            assertFalse(log.contains(adminPassword) || log.contains(databasePassword), "no secret in the log");
            server.stop();

            try (Connection connection = DriverManager.getConnection(url, "cartera", databasePassword);
                 ResultSet admins = connection.createStatement()
                         .executeQuery("SELECT COUNT(*) FROM app_user WHERE username = 'admin'")) {
                admins.next();
                assertEquals(1, admins.getInt(1));
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "cartera", ""),
                    "the database was created with the file's password");
        }
    }
}
