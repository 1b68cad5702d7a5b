package dev.cartera.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do. The lower-case name travels in the token's {@code role} and {@code groups} claims. */
public enum Role {
    ADMIN(Roles.ADMIN),
    OPERATOR(Roles.OPERATOR),
    AGENT(Roles.AGENT),
    USER(Roles.USER);

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    /** @throws IllegalArgumentException listing the valid roles */
    public static Role fromClaim(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.claim.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + value + "'; roles are " + names()));
    }

    public static String names() {
        return Arrays.stream(values()).map(Role::claim).collect(Collectors.joining(", "));
    }
}
