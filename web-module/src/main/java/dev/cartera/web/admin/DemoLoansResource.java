package dev.cartera.web.admin;

import dev.cartera.identity.Roles;
import dev.cartera.lending.demo.DemoLoans;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/demo-data/loans")
@ApplicationScoped
@DenyAll
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DemoLoansResource {

    @Inject
    DemoLoans demoLoans;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add demo loans in every status (loan i in status i mod 7) for the customers already in the "
            + "directory (create them first with POST /api/admin/demo-data); the same seed gives the same terms")
    public DemoLoans.LoansSeeded create(@QueryParam("loans") @DefaultValue("21") int loans,
                                        @QueryParam("seed") @DefaultValue("1") long seed) {
        if (loans < 1 || loans > DemoLoans.MAX_LOANS) {
            throw InvalidParameterException.of("loans", "param.between", 1, DemoLoans.MAX_LOANS);
        }
        return demoLoans.create(loans, seed);
    }
}
