package dev.cartera.identity;

/** Role names as compile-time constants, for {@code @RolesAllowed} and the {@code groups} claim. */
public final class Roles {
    /** Everything: users, the database dump. */
    public static final String ADMIN = "admin";
    /** Data entry: imports, loans, purchases, pets. */
    public static final String OPERATOR = "operator";
    /** Customer service: lookup, export, reports. */
    public static final String AGENT = "agent";
    /** Read-only. */
    public static final String USER = "user";

    private Roles() {
    }
}
