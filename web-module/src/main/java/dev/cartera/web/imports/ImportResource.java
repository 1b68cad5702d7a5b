package dev.cartera.web.imports;

import dev.cartera.identity.Roles;
import dev.cartera.imports.ImportJob;
import dev.cartera.imports.ImportJobs;
import dev.cartera.imports.ImportService;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.PageRequest;
import dev.cartera.storage.Blob;
import dev.cartera.web.http.RequestLanguage;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("imports")
@ApplicationScoped
@DenyAll
@Tag(name = "Imports", description = "CSV uploads validated row by row and upserted in the background")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    ImportJobs jobs;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @POST
    @ImportUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "uploadImport",
            summary = "Upload a CSV (parts: file, dataset = customers | pets | loans | purchases, mode = apply | "
            + "dry-run; optional mapping = JSON header to field, acceptSuggestions = true | false): 202 with the job; "
            + "413 over the maximum size, 415 when it is not a CSV")
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued; Location names it",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the maximum upload size")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = ImportForm.class)))
    public Response upload(List<EntityPart> parts) throws IOException {
        String dataset = text(parts, "dataset").orElse(null);
        String mode = text(parts, "mode").orElse("apply");
        String mapping = text(parts, "mapping").orElse(null);
        boolean acceptSuggestions = text(parts, "acceptSuggestions").map(ImportResource::flag).orElse(false);
        EntityPart file = part(parts, "file").orElseThrow(() -> new InvalidInputException(
                InvalidInputException.FieldProblem.of("file", "FILE_REQUIRED", "is required: a multipart part named file holding the CSV")));
        String contentType = file.getMediaType() == null ? null : file.getMediaType().toString();
        try (InputStream content = file.getContent()) {
            ImportJob job = imports.upload(dataset, mode, mapping, acceptSuggestions,
                    file.getFileName().orElse("upload.csv"), contentType, content, security.getUserPrincipal().getName());
            return Response.accepted(ImportJobView.of(job, language()))
                    .location(uri.getBaseUriBuilder().path("imports").path(job.id()).build()).build();
        }
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Import jobs, newest first. Filters: status.equals|in, dataset.equals, uploadedBy.equals, "
            + "createdAt ranges. Sort: createdAt, status, dataset, fileName")
    @APIResponse(responseCode = "200", description = "A page of import jobs, newest first",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(ImportJobs.LIST);
        return PagedResponse.ok(jobs.page(asked.page(), asked.filters()).map(job -> ImportJobView.of(job, language())), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "One job: status, counts, progress")
    public ImportJobView get(@PathParam("id") String id) {
        return ImportJobView.of(jobs.get(id), language());
    }

    @GET
    @Path("{id}/issues")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "listImportIssues",
            summary = "The job's problems in row order, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of the job's problems",
            content = @Content(schema = @Schema(implementation = ImportIssueView.class)))
    public Response issues(@PathParam("id") String id, @BeanParam ListQuery query) {
        PageRequest request = query.validate(ImportJobs.ISSUES).page();
        return PagedResponse.ok(jobs.issues(id, request).map(issue -> ImportIssueView.of(issue, language())), uri);
    }

    @GET
    @Path("{id}/file")
    @Produces({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "getImportFile",
            summary = "The archived file, byte for byte")
    @APIResponse(responseCode = "200", description = "The file as uploaded",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response file(@PathParam("id") String id) {
        ImportJob job = jobs.get(id);
        Blob blob = imports.file(id);
        StreamingOutput body = out -> {
            try (blob) {
                blob.content().transferTo(out);
            }
        };
        return Response.ok(body, ImportFiles.ORIGINAL_TYPE).header("Content-Length", blob.metadata().size())
                .header("Content-Disposition", ImportFiles.disposition(job.fileName())).build();
    }

    @GET
    @Path("{id}/rejected.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "getImportRejectedRows",
            summary = "The rejected rows as they were in the file, plus an error column, to fix and upload again")
    @APIResponse(responseCode = "200", description = "The rejected rows with an error column",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response rejected(@PathParam("id") String id) {
        ImportJob job = jobs.get(id);
        StreamingOutput body = out -> imports.writeRejected(id, out, language());
        return Response.ok(body, ImportFiles.REJECTED_TYPE)
                .header("Content-Disposition", ImportFiles.disposition(ImportFiles.rejectedName(job))).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "cancelImport",
            summary = "Cancel a queued or running job (409 once it has ended); committed chunks stay")
    @APIResponse(responseCode = "200", description = "Cancelled: the job as it now stands",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "409", description = "The job has already ended")
    public ImportJobView cancel(@PathParam("id") String id) {
        return ImportJobView.of(jobs.cancel(id), language());
    }

    private static boolean flag(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw new InvalidInputException(
                    InvalidInputException.FieldProblem.of("acceptSuggestions", "NOT_BOOLEAN", "must be true or false"));
        };
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst();
    }

    private static Optional<String> text(List<EntityPart> parts, String name) {
        return part(parts, name).map(part -> {
            try {
                return part.getContent(String.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Problems and outcomes are said in the language the request asks for (Accept-Language). */
    private Locale language() {
        return RequestLanguage.of(request);
    }
}
