package dev.cartera.web.pethotel;

import dev.cartera.identity.Roles;
import dev.cartera.pethotel.CheckedPicture;
import dev.cartera.pethotel.Picture;
import dev.cartera.pethotel.PictureCheck;
import dev.cartera.pethotel.PictureService;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.storage.Blob;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A pet's picture: uploaded raw or as a multipart form, checked by decoding, kept as the original and a PNG
 * rendition (upright, bounded), with thumbnails made from the rendition. The PNG's ETag is its SHA-256, so a client
 * revalidates with If-None-Match and gets 304.
 */
@Path("picture")
@ApplicationScoped
@DenyAll
@Tag(name = "Pet hotel")
public class PictureResource {

    private static final CacheControl REVALIDATE = CacheControl.valueOf(PictureFiles.CACHE_CONTROL);

    @Inject
    PictureService pictures;

    @Context
    SecurityContext security;

    @POST
    @Path("{petId}")
    @Consumes({"image/jpeg", "image/png", "image/webp"})
    @Produces(MediaType.APPLICATION_JSON)
    @PictureUpload
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "uploadPicture",
            summary = "Upload the pet's picture as the raw body (JPEG, PNG or WebP); it replaces the previous one. "
            + "413 over the size limit, 415 when the bytes are not a JPEG, PNG or WebP, 422 over 40 megapixels")
    @RequestBody(required = true, content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Stored: what was kept of it",
            content = @Content(schema = @Schema(implementation = PictureView.class)))
    @APIResponse(responseCode = "413", description = "The picture is larger than the upload limit")
    @APIResponse(responseCode = "415", description = "The bytes are not a JPEG, PNG or WebP")
    @APIResponse(responseCode = "422", description = "The picture has more than 40 megapixels")
    public Response uploadRaw(@PathParam("petId") String petId, InputStream body) throws IOException {
        pictures.requirePet(petId);
        return stored(petId, pictures.check(), body);
    }

    @POST
    @Path("{petId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @PictureUpload
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(operationId = "uploadPicture",
            summary = "Upload the pet's picture as the part 'file' of a multipart form")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = PictureForm.class)))
    @APIResponse(responseCode = "200", description = "Stored: what was kept of it",
            content = @Content(schema = @Schema(implementation = PictureView.class)))
    @APIResponse(responseCode = "413", description = "The picture is larger than the upload limit")
    @APIResponse(responseCode = "415", description = "The bytes are not a JPEG, PNG or WebP")
    @APIResponse(responseCode = "422", description = "The picture has more than 40 megapixels")
    public Response uploadForm(@PathParam("petId") String petId, @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInputException(InvalidInputException.FieldProblem.of("file", "FILE_REQUIRED",
                    "is required: the multipart part holding the picture"));
        }
        pictures.requirePet(petId);
        try (InputStream content = file.getContent()) {
            return stored(petId, pictures.check(), content);
        }
    }

    @GET
    @Path("{petId}.png")
    @Produces("image/png")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(operationId = "getPictureRendition",
            summary = "The PNG rendition, upright and at most 1,024 pixels on its long side, with an ETag (its "
            + "SHA-256); ?size=256 gives a thumbnail of that many pixels on its long side (sizes 128, 256, 512 unless "
            + "configured; another is a 400), with its own ETag; If-None-Match gives 304")
    @APIResponse(responseCode = "200", description = "The PNG rendition (ETag is its own); 304 when If-None-Match names it",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response png(@PathParam("petId") String petId, @QueryParam("size") String size, @Context Request request) {
        if (size == null) {
            Picture picture = pictures.of(petId);
            return conditional(request, picture.pngSha256(), picture.pngKey(), PictureFiles.PNG, picture.pngSize());
        }
        int longSide = pictures.thumbnailSize(size);
        Picture picture = pictures.of(petId);
        EntityTag tag = new EntityTag(PictureFiles.thumbnailVersion(picture.pngSha256(), longSide));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(pictures.thumbnail(picture, longSide), PictureFiles.PNG).tag(tag).cacheControl(REVALIDATE)
                .build();
    }

    @GET
    @Path("{petId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(operationId = "getPicture",
            summary = "The picture as it was uploaded")
    @APIResponse(responseCode = "200", description = "The bytes as uploaded (ETag is their SHA-256); 304 when If-None-Match names it",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response original(@PathParam("petId") String petId, @Context Request request) {
        Picture picture = pictures.of(petId);
        return conditional(request, picture.sha256(), picture.originalKey(), picture.contentType(), picture.size());
    }

    /** 304 when If-None-Match names this SHA-256, else the bytes under {@code key}, streamed. */
    private Response conditional(Request request, String sha256, String key, String contentType, long size) {
        EntityTag tag = new EntityTag(sha256);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(stream(key), contentType).tag(tag).cacheControl(REVALIDATE)
                .header("Content-Length", size).build();
    }

    private Response stored(String petId, PictureCheck check, InputStream body) throws IOException {
        CheckedPicture checked = check.check(check.readBounded(body));
        Picture picture = pictures.store(petId, checked, security.getUserPrincipal().getName());
        return Response.ok(PictureView.of(petId, picture)).build();
    }

    /** Opened only when the body is written, so a HEAD request leaves no stream open. */
    private StreamingOutput stream(String key) {
        return out -> {
            try (Blob blob = pictures.open(key)) {
                blob.content().transferTo(out);
            }
        };
    }
}
