package dev.cartera.web.loyalty;

import dev.cartera.identity.Roles;
import dev.cartera.loyalty.LoyaltyReportGenerator;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("reports/loyalty")
@ApplicationScoped
@DenyAll
@Tag(name = "Loyalty reports", description = "The monthly Excel of the customers whose COMPLETED purchases add up to "
        + "more than the threshold")
@Produces(MediaType.APPLICATION_JSON)
public class LoyaltyReportResource {

    /** How long a client asking for a report being generated elsewhere should wait before asking again. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    LoyaltyReportService reports;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(operationId = "generateLoyaltyReport",
            summary = "Generate a month's report (month=yyyy-MM, default last month; only a month that is over): "
            + "201 when written now, 200 when it already existed, 202 while another request is writing it. "
            + "regenerate=true (admin) writes it again, replacing the file")
    @APIResponse(responseCode = "201", description = "Written now; Location names it")
    @APIResponse(responseCode = "200", description = "It already existed, or was written again (regenerate=true); Location names it")
    @APIResponse(responseCode = "202", description = "Another request is writing it: ask again after Retry-After seconds")
    @APIResponse(responseCode = "409", description = "The report is being written again by another request")
    public Response generate(@QueryParam("month") String month,
                             @QueryParam("regenerate") @DefaultValue("false") String regenerateParameter) {
        boolean regenerate = flag("regenerate", regenerateParameter);
        if (regenerate && !security.isUserInRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only an admin may regenerate a loyalty report (regenerate=true).");
        }
        var result = reports.generate(month, security.getUserPrincipal().getName(), regenerate);
        URI location = uri.getBaseUriBuilder().path("reports/loyalty").path(result.report().period()).build();
        Response.ResponseBuilder response = switch (result.outcome()) {
            case GENERATED -> Response.created(location);
            case REGENERATED, EXISTING -> Response.ok().location(location);
            case IN_PROGRESS -> Response.accepted().location(location).header("Retry-After", RETRY_AFTER_SECONDS);
        };
        return response.entity(LoyaltyReportView.of(result.report())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "The reports, newest period first. Sort: period, createdAt, generatedAt")
    @APIResponse(responseCode = "200", description = "A page of reports",
            content = @Content(schema = @Schema(implementation = LoyaltyReportView.class)))
    public Response list(@BeanParam ListQuery query) {
        var request = query.validate(LoyaltyReportService.LIST).page();
        return PagedResponse.ok(reports.list(request).map(LoyaltyReportView::of), uri);
    }

    @GET
    @Path("{month}")
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(summary = "One month's report: status, counts, total, who and when")
    public LoyaltyReportView get(@PathParam("month") String month) {
        return LoyaltyReportView.of(reports.get(month));
    }

    @GET
    @Path("{month}.xlsx")
    @Produces(LoyaltyReportGenerator.XLSX)
    @RolesAllowed({Roles.ADMIN, Roles.AGENT})
    @Operation(operationId = "downloadLoyaltyReport",
            summary = "Download a month's report as Excel; 404 until it has a file")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("month") String month) {
        var file = reports.open(month);
        StreamingOutput body = out -> LoyaltyReportFiles.write(file, out);
        return Response.ok(body, LoyaltyReportFiles.TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, LoyaltyReportFiles.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, LoyaltyReportFiles.disposition(file.report()))
                .header(HttpHeaders.ETAG, LoyaltyReportFiles.etag(file.report()))
                .header(HttpHeaders.CACHE_CONTROL, LoyaltyReportFiles.CACHE_CONTROL)
                .build();
    }

    /** JAX-RS would answer 404 for a query parameter that does not convert; a typo deserves a 400. */
    private static boolean flag(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw InvalidParameterException.of(name, "param.boolean");
        };
    }
}
