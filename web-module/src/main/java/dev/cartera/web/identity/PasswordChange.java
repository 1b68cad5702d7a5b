package dev.cartera.web.identity;

import jakarta.validation.constraints.NotNull;

/** A user's own password change: the current password proves it is them; the new one must meet the rules. */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "currentPassword": "una-clave-larga-2026",
              "newPassword": "otra-clave-larga-2026"
            }""";
}
