package dev.cartera.web.purchases;

import dev.cartera.identity.Roles;
import dev.cartera.purchases.PurchaseService;
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

/** One customer's purchases, under the customer; the purchases context's resource, so the directory knows nothing of them. */
@Path("customers/{customerId}/purchases")
@ApplicationScoped
@DenyAll
@Tag(name = "Purchases")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPurchasesResource {

    @Inject
    PurchaseService purchases;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One customer's purchases, paged, with the same filters and sorts as GET /api/purchases; 404 "
            + "for an unknown customer")
    @APIResponse(responseCode = "200", description = "A page of the customer's purchases",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    public Response list(@PathParam("customerId") long customerId,
                         @BeanParam ListQuery query) {
        var asked = query.validate(PurchaseService.LIST);
        return PagedResponse.ok(purchases.listOfCustomer(customerId, asked.page(), asked.filters())
                .map(PurchaseView::of), uri);
    }
}
