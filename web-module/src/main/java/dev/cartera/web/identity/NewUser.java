package dev.cartera.web.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record NewUser(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "must be 3 to 64 letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull @Pattern(regexp = "admin|operator|agent|user", message = "must be one of admin, operator, agent, user")
        String role,
        @NotNull @Size(min = 10, max = 128, message = "must be 10 to 128 characters") String password) {
}
