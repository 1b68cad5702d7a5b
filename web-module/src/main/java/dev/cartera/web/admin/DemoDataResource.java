package dev.cartera.web.admin;

import dev.cartera.customers.demo.DemoDataService;
import dev.cartera.identity.Roles;
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

@Path("admin/demo-data")
@ApplicationScoped
@DenyAll
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    @Inject
    DemoDataService demoData;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create realistic EC and CO demo customers with valid documents; the same seed gives the same "
            + "customers, and customers already present are skipped")
    public DemoDataService.CustomersSeeded create(@QueryParam("customers") @DefaultValue("100") int customers,
                                                  @QueryParam("seed") @DefaultValue("1") long seed) {
        if (customers < 1 || customers > DemoDataService.MAX_CUSTOMERS) {
            throw InvalidParameterException.of("customers", "param.between", 1, DemoDataService.MAX_CUSTOMERS);
        }
        return demoData.createCustomers(customers, seed);
    }
}
