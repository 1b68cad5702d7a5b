package dev.cartera.web.security;

import dev.cartera.identity.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A test-only endpoint, added to {@link HardeningIT.TightLimits}'s WAR for {@link StatementTimeoutIT} and shipped
 * nowhere else: one statement through the application's persistence unit that would run for hours, as a list filter
 * no index serves does at a million rows, so the statement timeout has something to cancel on a small database.
 */
@Path("test-fixtures/slow-statement")
@RequestScoped
@DenyAll
public class SlowStatementResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Produces(MediaType.TEXT_PLAIN)
    public String run() {
        return String.valueOf(em.createNativeQuery(
                "SELECT SUM(a.X * b.X) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b").getSingleResult());
    }
}
