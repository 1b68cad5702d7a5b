package dev.cartera.web.lending;

import jakarta.servlet.http.HttpServletRequest;
import dev.cartera.web.http.RequestLanguage;
import dev.cartera.identity.Roles;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("loans")
@RequestScoped
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
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(LoanService.LIST);
        return PagedResponse.ok(loans.list(asked.page(), asked.filters()).map(LoanView::of), uri);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record a loan request (REQUESTED) for a customer given by customerId or by "
            + "customerDocumentType and customerDocumentNumber")
    public Response create(@NotNull NewLoan request) {
        Loan loan = loans.create(request.customer(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(loan.id())).build())
                .tag(Versions.etag(loan.version())).entity(LoanView.of(loan)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One loan, with the statuses it may move to")
    public Response get(@PathParam("id") long id) {
        return withEtag(loans.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace a loan's terms and purpose; the terms change only while REQUESTED (409 otherwise); "
            + "If-Match or version guards against lost updates")
    public Response update(@PathParam("id") long id, @NotNull LoanChanges changes, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        return withEtag(loans.update(id, changes.details(), expected));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Move a loan to another status: REQUESTED → APPROVED → ACTIVE → PAID; REQUESTED or APPROVED → "
            + "REJECTED or CANCELLED; ACTIVE → DEFAULTED. Any other is a 409 listing the allowed ones")
    public Response changeStatus(@PathParam("id") long id, @NotNull StatusChange change, @Context HttpHeaders headers) {
        var expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), change.version());
        return withEtag(loans.changeStatus(id, change.status(), expected));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a REQUESTED, REJECTED or CANCELLED loan (409 otherwise)")
    public Response delete(@PathParam("id") long id) {
        loans.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/schedule")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "The French (fixed instalment) amortisation schedule, rounded to cents, the last instalment "
            + "absorbing the rounding; ?format=xlsx for an Excel workbook")
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
