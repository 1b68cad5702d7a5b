package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void claimsAreTheLowerCaseRoleNames() {
        assertEquals("admin", Role.ADMIN.claim());
        assertEquals(Role.OPERATOR, Role.fromClaim("operator"));
        assertEquals(Role.AGENT, Role.fromClaim(" Agent "));
        assertEquals(Role.USER, Role.fromClaim(Roles.USER));
    }

    @Test
    void anUnknownRoleNamesTheValidOnes() {
        var error = assertThrows(IllegalArgumentException.class, () -> Role.fromClaim("boss"));
        assertTrue(error.getMessage().contains("admin, operator, agent, user"), error.getMessage());
    }
}
