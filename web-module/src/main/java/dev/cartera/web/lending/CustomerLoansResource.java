package dev.cartera.web.lending;

import dev.cartera.identity.Roles;
import dev.cartera.lending.LoanService;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One customer's loans, under the customer; lending's resource, so the directory knows nothing of loans. */
@Path("customers/{customerId}/loans")
@ApplicationScoped
@DenyAll
@Tag(name = "Loans")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerLoansResource {

    @Inject
    LoanService loans;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One customer's loans, paged, with the same filters and sorts as GET /api/loans; 404 for an "
            + "unknown customer")
    @APIResponse(responseCode = "200", description = "A page of the customer's loans",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    public Response list(@PathParam("customerId") long customerId,
                         @BeanParam ListQuery query) {
        var asked = query.validate(LoanService.LIST);
        return PagedResponse.ok(loans.listOfCustomer(customerId, asked.page(), asked.filters())
                .map(LoanView::of), uri);
    }
}
