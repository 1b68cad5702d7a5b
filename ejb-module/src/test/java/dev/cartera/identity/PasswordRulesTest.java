package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void aLongEnoughPasswordWithoutTheUsernamePasses() {
        assertDoesNotThrow(() -> PasswordRules.check("newPassword", "caballo bateria grapa".toCharArray(), "mjnunez"));
    }

    @Test
    void eachRuleIsNamedWithItsCodeAndTheField() {
        assertRefused("PASSWORD_TOO_SHORT", List.of(10), "corta-9ch");
        assertRefused("PASSWORD_TOO_LONG", List.of(128), "x".repeat(60) + "y".repeat(69));
        assertRefused("PASSWORD_HAS_USERNAME", List.of(), "Clave-MJNunez-2026");
        assertRefused("PASSWORD_ONE_CHARACTER", List.of(), "aaaaaaaaaaaa");
    }

    private static void assertRefused(String code, List<Object> arguments, String password) {
        var refusal = assertThrows(InvalidInputException.class,
                () -> PasswordRules.check("newPassword", password.toCharArray(), "mjnunez"));
        var problem = refusal.problems().get(0);
        assertEquals("newPassword", problem.field());
        assertEquals(code, problem.code());
        assertEquals(arguments, problem.arguments());
    }
}
