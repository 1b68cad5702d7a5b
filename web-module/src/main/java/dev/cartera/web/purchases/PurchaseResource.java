package dev.cartera.web.purchases;

import dev.cartera.identity.Roles;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Purchases: operators and admins record and correct them; agents (customer service) and read-only users read
 * them, as they read customers and loans.
 */
@Path("purchases")
@ApplicationScoped
@DenyAll
@Tag(name = "Purchases", description = "Customers' purchases, in COP, for the loyalty programme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseResource {

    static final String FILTERS_AND_SORTS = "Filters (field.operator=value): customerId, invoiceNumber (equals|in), "
            + "purchasedAt and amount ranges (greaterThan, lessThan, greaterThanOrEqual, lessThanOrEqual), status.equals|in, "
            + "channel.equals|in, store (equals|contains), createdAt ranges. Sort: id, purchasedAt, amount, invoiceNumber, "
            + "status, channel, createdAt, updatedAt";

    @Inject
    PurchaseService purchases;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "List purchases, a page at a time. " + FILTERS_AND_SORTS)
    @APIResponse(responseCode = "200", description = "A page of purchases",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(PurchaseService.LIST);
        return PagedResponse.ok(purchases.list(asked.page(), asked.filters()).map(PurchaseView::of), uri);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record a purchase of a customer given by customerId or by customerDocumentType and "
            + "customerDocumentNumber; 409 when the invoice number is already recorded")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    @APIResponse(responseCode = "409", description = "The invoice number is already recorded")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewPurchase.class),
            examples = @ExampleObject(name = "inStore", value = NewPurchase.EXAMPLE)))
    public Response create(@NotNull NewPurchase request) {
        Purchase purchase = purchases.create(request.customer(), request.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(purchase.id())).build())
                .tag(Versions.etag(purchase.version())).entity(PurchaseView.of(purchase)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One purchase, with an ETag")
    @APIResponse(responseCode = "200", description = "The purchase; ETag is its version",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    public Response get(@PathParam("id") long id) {
        return withEtag(purchases.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace what a purchase says (not its customer nor its invoice number); If-Match or version "
            + "guards against lost updates")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PurchaseView.class)))
    @APIResponse(responseCode = "409", description = "The version sent in the body is not the current one: read it again")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one: read it again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PurchaseChanges.class),
            examples = @ExampleObject(name = "refund", value = PurchaseChanges.EXAMPLE)))
    public Response update(@PathParam("id") long id, @NotNull PurchaseChanges changes, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        return withEtag(purchases.update(id, changes.input(), expected));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a purchase recorded by mistake (a returned one is REFUNDED instead)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        purchases.delete(id);
        return Response.noContent().build();
    }

    private static Response withEtag(Purchase purchase) {
        return Response.ok(PurchaseView.of(purchase)).tag(Versions.etag(purchase.version())).build();
    }
}
