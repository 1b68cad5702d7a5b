package dev.cartera.web.console;

import dev.cartera.identity.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * The console's role matrix: what each role may do, the same grants as the API's {@code @RolesAllowed} on the
 * endpoints behind each action. The menu asks it to hide what a role cannot do, and the filter and every bean
 * action ask it again on the server, so a hidden button is never the only guard.
 */
public enum ConsoleAction {
    /** Inicio: counts, latest imports and reports. */
    HOME(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** Consulta de clientes (GET /api/customers/lookup). */
    LOOKUP(Role.ADMIN, Role.OPERATOR, Role.AGENT),
    /** CSV, Excel and TXT files of customers (GET /api/customers/export). */
    EXPORT_CUSTOMERS(Role.ADMIN, Role.OPERATOR, Role.AGENT),
    /** The customer list and details (GET /api/customers). */
    VIEW_CUSTOMERS(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** Register and edit customers (POST, PUT /api/customers). */
    EDIT_CUSTOMERS(Role.ADMIN, Role.OPERATOR),
    /** DELETE /api/customers/{id}. */
    DELETE_CUSTOMERS(Role.ADMIN),
    /** The monthly loyalty reports (/api/reports/loyalty). */
    REPORTS(Role.ADMIN, Role.AGENT),
    /** Upload, follow, cancel imports and download their files (/api/imports). */
    IMPORTS(Role.ADMIN, Role.OPERATOR);

    private final Set<Role> roles;

    ConsoleAction(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
