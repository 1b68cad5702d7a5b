package dev.cartera.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record LoginRequest(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 128) String password) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "username": "admin",
              "password": "la-clave-del-admin"
            }""";
}
