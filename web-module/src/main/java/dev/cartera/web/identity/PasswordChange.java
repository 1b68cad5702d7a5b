package dev.cartera.web.identity;

import jakarta.validation.constraints.NotNull;

/** A user's own password change: the current password proves it is them; the new one must meet the rules. */
public record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
}
