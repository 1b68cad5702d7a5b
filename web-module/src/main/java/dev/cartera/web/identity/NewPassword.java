package dev.cartera.web.identity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewPassword(@NotNull @Size(min = 10, max = 128, message = "{cartera.passwordLength}") String password) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "password": "otra-clave-larga-2026"
            }""";
}
