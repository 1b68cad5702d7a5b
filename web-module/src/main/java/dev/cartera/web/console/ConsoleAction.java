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
    /** Generate a month's report again over an existing one (admins only, as the issue of the console asks). */
    REGENERATE_REPORTS(Role.ADMIN),
    /** Upload, follow, cancel imports and download their files (/api/imports). */
    IMPORTS(Role.ADMIN, Role.OPERATOR),
    /** The loans, their details and schedules (GET /api/loans). */
    VIEW_LOANS(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** Request and edit loans, change their status (POST, PUT /api/loans, POST /api/loans/{id}/status). */
    EDIT_LOANS(Role.ADMIN, Role.OPERATOR),
    /** DELETE /api/loans/{id}. */
    DELETE_LOANS(Role.ADMIN),
    /** The purchases (GET /api/purchases). */
    VIEW_PURCHASES(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** Record, edit and delete purchases (POST, PUT, DELETE /api/purchases). */
    EDIT_PURCHASES(Role.ADMIN, Role.OPERATOR),
    /** The pet hotel's register and photos (GET /api/pet, /api/picture). */
    VIEW_PETS(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** Register, edit and delete pets, upload their photos (POST, PUT, DELETE /api/pet, POST /api/picture). */
    EDIT_PETS(Role.ADMIN, Role.OPERATOR),
    /** User administration (/api/users). */
    USERS(Role.ADMIN),
    /** Mi cuenta: one's own password (POST /api/auth/password). */
    ACCOUNT(Role.ADMIN, Role.OPERATOR, Role.AGENT, Role.USER),
    /** The database dump (GET /api/dump.sql). */
    BACKUP(Role.ADMIN);

    private final Set<Role> roles;

    ConsoleAction(Role first, Role... others) {
        this.roles = EnumSet.of(first, others);
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
