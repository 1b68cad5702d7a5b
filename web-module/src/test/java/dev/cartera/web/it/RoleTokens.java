package dev.cartera.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A token for each role, for role matrices: a user per role is created once (through the admin API, with a name of
 * its own since the database is shared) and logged in again on each call, so a token never expires mid-test.
 */
public final class RoleTokens {

    public static final List<String> ROLES = List.of("admin", "operator", "agent", "user");

    private final String prefix;
    private final Map<String, String[]> users = new LinkedHashMap<>();

    /** @param prefix names the test's users ("loans-operator-1a2b3c4d") */
    public RoleTokens(String prefix) {
        this.prefix = prefix;
    }

    /** An endpoint of a role matrix: the roles that may call it, and the call with a token. */
    public record Endpoint(String name, Set<String> allowed, Function<String, Api.Reply> call) {
    }

    /**
     * Calls every endpoint as every role: an allowed role must not get 401, 403 or a 5xx, any other must get 403.
     *
     * @return what went wrong, one line per endpoint and role; empty when the matrix holds
     */
    public List<String> mismatches(Api api, String admin, List<Endpoint> endpoints) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String role : ROLES) {
                int status = endpoint.call().apply(token(api, role, admin)).status();
                boolean allowed = endpoint.allowed().contains(role);
                if (allowed ? status == 403 || status == 401 || status >= 500 : status != 403) {
                    wrong.add(endpoint.name() + " as " + role + ": " + status + (allowed ? " (allowed)" : " (must be 403)"));
                }
            }
        }
        return wrong;
    }

    /** @param admin the admin's token, which is also what {@code token("admin")} returns */
    public synchronized String token(Api api, String role, String admin) {
        if ("admin".equals(role)) {
            return admin;
        }
        String[] user = users.computeIfAbsent(role, r -> {
            String username = prefix + "-" + r + "-" + UUID.randomUUID().toString().substring(0, 8);
            String password = "Secret-" + UUID.randomUUID();
            api.createUser(admin, username, r, password);
            return new String[] {username, password};
        });
        return api.login(user[0], user[1]);
    }
}
