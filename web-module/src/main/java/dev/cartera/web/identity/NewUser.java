package dev.cartera.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewUser(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{cartera.username}")
        String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Pattern(regexp = "admin|operator|agent|user", message = "{cartera.role}")
        String role,
        @NotNull @Size(min = 10, max = 128, message = "{cartera.passwordLength}") String password) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "username": "ana.rojas",
              "displayName": "Ana Rojas",
              "role": "operator",
              "password": "una-clave-larga-2026"
            }""";
}
