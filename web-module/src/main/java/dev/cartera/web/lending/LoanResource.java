package dev.cartera.web.lending;

import dev.cartera.identity.Roles;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.web.http.RequestLanguage;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("loans")
@ApplicationScoped
@DenyAll
@Tag(name = "Loans", description = "Loans granted to customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoanResource {

    static final String XLSX = ScheduleFiles.XLSX;

    @Inject
    LoanService loans;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "List loans, a page at a time. Filters (field.operator=value): customerId, customerDocumentType, "
            + "customerDocumentNumber (equals|in), status.equals|in, currency.equals|in, principal, annualRate, startDate "
            + "and createdAt ranges. Sort: id, principal, annualRate, termMonths, startDate, status, createdAt, updatedAt")
    @APIResponse(responseCode = "200", description = "A page of loans",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(LoanService.LIST);
        return PagedResponse.ok(loans.list(asked.page(), asked.filters()).map(LoanView::of), uri);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record a loan request (REQUESTED) for a customer given by customerId or by "
            + "customerDocumentType and customerDocumentNumber")
    @APIResponse(responseCode = "201", description = "Recorded as REQUESTED; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewLoan.class),
            examples = @ExampleObject(name = "byDocument", value = NewLoan.EXAMPLE)))
    public Response create(@NotNull NewLoan request) {
        Loan loan = loans.create(request.customer(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(loan.id())).build())
                .tag(Versions.etag(loan.version())).entity(LoanView.of(loan)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One loan, with the statuses it may move to")
    @APIResponse(responseCode = "200", description = "The loan; ETag is its version",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    public Response get(@PathParam("id") long id) {
        return withEtag(loans.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace a loan's terms and purpose; the terms change only while REQUESTED (409 otherwise); "
            + "If-Match or version guards against lost updates")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    @APIResponse(responseCode = "409", description = "The terms are fixed past REQUESTED, or the version sent in the body is not the current one")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one: read it again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LoanChanges.class),
            examples = @ExampleObject(name = "terms", value = LoanChanges.EXAMPLE)))
    public Response update(@PathParam("id") long id, @NotNull LoanChanges changes, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        return withEtag(loans.update(id, changes.details(), expected));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "changeLoanStatus",
            summary = "Move a loan to another status: REQUESTED → APPROVED → ACTIVE → PAID; REQUESTED or APPROVED → "
            + "REJECTED or CANCELLED; ACTIVE → DEFAULTED. Any other is a 409 listing the allowed ones")
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = LoanView.class)))
    @APIResponse(responseCode = "409", description = "That move is not allowed from the loan's status (the detail lists the allowed ones), or the version sent is stale")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one: read it again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusChange.class),
            examples = @ExampleObject(name = "approve", value = StatusChange.EXAMPLE)))
    public Response changeStatus(@PathParam("id") long id, @NotNull StatusChange change, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), change.version());
        return withEtag(loans.changeStatus(id, change.status(), expected));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a REQUESTED, REJECTED or CANCELLED loan (409 otherwise)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Only a REQUESTED, REJECTED or CANCELLED loan can be deleted")
    public Response delete(@PathParam("id") long id) {
        loans.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/schedule")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(operationId = "getLoanSchedule",
            summary = "The French (fixed instalment) amortisation schedule, rounded to cents, the last instalment "
            + "absorbing the rounding; ?format=xlsx for an Excel workbook")
    @APIResponse(responseCode = "200", description = "The schedule: JSON (format=json, the default) or a workbook (format=xlsx)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response schedule(@PathParam("id") long id, @QueryParam("format") @DefaultValue("json") String format) {
        Loan loan = loans.get(id);
        var schedule = loan.schedule();
        switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> {
                return Response.ok(ScheduleView.of(loan, schedule), MediaType.APPLICATION_JSON_TYPE).build();
            }
            case "xlsx" -> {
                StreamingOutput body = out -> ScheduleFiles.write(loan, RequestLanguage.of(request), out);
                return Response.ok(body, XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ScheduleFiles.disposition(loan))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build();
            }
            default -> throw InvalidParameterException.of("format", "param.oneOf", "json, xlsx");
        }
    }

    private static Response withEtag(Loan loan) {
        return Response.ok(LoanView.of(loan)).tag(Versions.etag(loan.version())).build();
    }
}
