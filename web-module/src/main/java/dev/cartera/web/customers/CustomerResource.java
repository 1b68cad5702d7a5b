package dev.cartera.web.customers;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerCard;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.welcome.WelcomeMessages;
import dev.cartera.identity.Roles;
import dev.cartera.reference.PlaceNameIndex;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("customers")
@ApplicationScoped
@DenyAll
@Tag(name = "Customers", description = "The customer and partner directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    PlaceNameIndex places;

    @Inject
    CustomerService customers;

    @Inject
    WelcomeMessages messages;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "List customers, a page at a time. Filters (field.operator=value): name.contains, "
            + "documentType.equals|in, documentNumber.equals, email.*, cityId.*, provinceId.*, provinceCode.*, country.*, "
            + "createdAt/updatedAt ranges. Sort: id, name, documentNumber, createdAt, updatedAt")
    @APIResponse(responseCode = "200", description = "A page of customers",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(CustomerService.LIST);
        return PagedResponse.ok(customers.list(asked.page(), asked.filters())
                .map(customer -> CustomerView.of(customer, places)), uri);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a customer; the document is validated and stored canonical, the phone in E.164. "
            + "Non-blocking remarks (a city in another province than the cédula's) come back in warnings")
    @APIResponse(responseCode = "201", description = "Registered; Location names it, ETag is its version, warnings lists non-blocking remarks",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409", description = "Another customer already has this document")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewCustomer.class),
            examples = @ExampleObject(name = "person", value = NewCustomer.EXAMPLE)))
    public Response create(@Valid @NotNull NewCustomer request) {
        var registration = customers.register(request.documentType(), request.documentNumber(), request.details());
        Customer customer = registration.customer();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(customer.id())).build())
                .tag(Versions.etag(customer.version()))
                .entity(CustomerView.of(customer, places, registration.warnings())).build();
    }

    @GET
    @Path("lookup")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT})
    @Operation(operationId = "lookupCustomer",
            summary = "Find a customer by document, in any usual spelling (dots, dashes, spaces)")
    public CustomerLookupView lookup(@QueryParam("documentType") @NotBlank String documentType,
                                     @QueryParam("documentNumber") @NotBlank String documentNumber) {
        CustomerCard card = customers.card(documentType, documentNumber);
        return new CustomerLookupView(CustomerView.of(card.customer(), places), card.summary(), card.facts());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One customer")
    @APIResponse(responseCode = "200", description = "The customer; ETag is its version",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    public Response get(@PathParam("id") long id) {
        Customer customer = customers.get(id);
        return Response.ok(CustomerView.of(customer, places)).tag(Versions.etag(customer.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace a customer's details (not the document); If-Match or version guards against lost updates")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "409", description = "The version sent in the body is not the current one, or the document differs (it cannot change)")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one: read it again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CustomerChanges.class),
            examples = @ExampleObject(name = "person", value = CustomerChanges.EXAMPLE)))
    public Response update(@PathParam("id") long id, @Valid @NotNull CustomerChanges changes, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        var registration = customers.update(id, changes.documentType(), changes.documentNumber(), changes.details(),
                expected);
        Customer customer = registration.customer();
        return Response.ok(CustomerView.of(customer, places, registration.warnings()))
                .tag(Versions.etag(customer.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a customer that has no loans or purchases (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The customer has loans or purchases")
    public Response delete(@PathParam("id") long id) {
        customers.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT})
    @Operation(operationId = "listCustomerMessages",
            summary = "The messages sent to a customer (the welcome message)")
    public List<MessageView> messages(@PathParam("id") long id) {
        customers.get(id);
        return messages.ofCustomer(id).stream().map(MessageView::of).toList();
    }

}
