package dev.cartera.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A full update of a user's name and role; {@code version}, when sent, must be the one last read. */
public record UserChanges(
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Pattern(regexp = "admin|operator|agent|user", message = "{cartera.role}")
        String role,
        Long version) {

    /** A request body as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "displayName": "Ana Rojas Pérez",
              "role": "agent"
            }""";
}
