package dev.cartera.web.console;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in people of a console test class: one user per role, created through the API under the class's own
 * prefix (the classes share one server and its users), plus the bootstrap admin.
 */
final class ConsoleUsers {

    private final Map<String, String[]> credentials = new ConcurrentHashMap<>();

    private ConsoleUsers() {
    }

    /** Names end with a random suffix, so a re-run of a failed test (same server, same database) makes new ones. */
    static ConsoleUsers create(URL base, String prefix, String... roles) {
        ConsoleUsers users = new ConsoleUsers();
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (String role : roles) {
            String username = prefix + "-" + role + "-" + run;
            String password = "Secret-" + UUID.randomUUID();
            api.createUser(admin, username, role, password);
            users.credentials.put(role, new String[] {username, password});
        }
        users.credentials.put("admin", new String[] {"admin", ItEnvironment.adminPassword()});
        return users;
    }

    String username(String role) {
        return credentials.get(role)[0];
    }

    String password(String role) {
        return credentials.get(role)[1];
    }
}
