package dev.cartera.web.customers;

import dev.cartera.customers.CustomerExports;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.export.CustomerExportRow;
import dev.cartera.customers.export.ExportFormat;
import dev.cartera.identity.Roles;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.web.http.HeavyDownloads;
import dev.cartera.web.paging.FilterParameters;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer exports, streamed: rows are read a keyset page at a time and written as they come, so the heap does
 * not grow with the number of customers. Everything that can be refused (format, filters, an unknown customer)
 * is checked before the first byte goes out.
 */
@Path("customers")
@ApplicationScoped
@DenyAll
@Tag(name = "Customers")
public class CustomerExportResource {

    @Inject
    CustomerExports exports;

    @Inject
    Clock clock;

    @Inject
    HeavyDownloads heavyDownloads;

    @Context
    UriInfo uri;

    @GET
    @Path("export")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT})
    @Operation(operationId = "exportCustomers",
            summary = "Export the customers matching the list's filters as csv, xlsx or txt (streamed)")
    @APIResponse(responseCode = "200", description = "The file, streamed (Content-Disposition names it)",
            content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "429", description = "Too many large downloads at once: wait Retry-After seconds")
    public Response exportAll(@QueryParam("format") String format) {
        ExportFormat exportFormat = CustomerFiles.format(format);
        List<FilterCondition> filters = FilterParameters.parse(uri.getQueryParameters(), CustomerService.LIST.filters(),
                Set.of("format"));
        StreamingOutput body = out -> CustomerFiles.writeAll(exports, filters, exportFormat, out);
        return download(heavyDownloads.limited(HeavyDownloads.Kind.CUSTOMERS, body), exportFormat,
                CustomerFiles.listName(clock.instant(), exportFormat));
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT})
    @Operation(operationId = "exportCustomer",
            summary = "Export one customer as csv, xlsx or txt, with their purchases (a second sheet in xlsx, a "
            + "section after a blank line in csv and txt)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition names it)",
            content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING))})
    public Response exportOne(@PathParam("id") long id, @QueryParam("format") String format) {
        ExportFormat exportFormat = CustomerFiles.format(format);
        CustomerExportRow row = exports.one(id);
        StreamingOutput body = out -> CustomerFiles.writeOne(exports, row, exportFormat, out);
        return download(body, exportFormat, CustomerFiles.oneName(id, row, exportFormat));
    }

    private static Response download(StreamingOutput body, ExportFormat format, String fileName) {
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
