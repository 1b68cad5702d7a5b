package dev.cartera.web.admin;

import dev.cartera.identity.Roles;
import dev.cartera.purchases.demo.DemoPurchases;
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

@Path("admin/demo-data/purchases")
@ApplicationScoped
@DenyAll
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DemoPurchasesResource {

    @Inject
    DemoPurchases demoPurchases;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add demo purchases for the first customers of the directory, around the loyalty threshold in "
            + "the previous calendar month: some above it, some just short, one exactly at it, some pushed over only by "
            + "refunds and cancellations; the same seed in the same month adds nothing the second time")
    public DemoPurchases.PurchasesSeeded create(@QueryParam("customers") @DefaultValue("20") int customers,
                                                @QueryParam("seed") @DefaultValue("1") long seed) {
        if (customers < 1 || customers > DemoPurchases.MAX_CUSTOMERS) {
            throw InvalidParameterException.of("customers", "param.between", 1, DemoPurchases.MAX_CUSTOMERS);
        }
        if (seed < 0 || seed > DemoPurchases.MAX_SEED) {
            throw InvalidParameterException.of("seed", "param.between", 0, DemoPurchases.MAX_SEED);
        }
        return demoPurchases.create(customers, seed);
    }
}
