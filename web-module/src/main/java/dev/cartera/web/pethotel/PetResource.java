package dev.cartera.web.pethotel;

import dev.cartera.identity.Roles;
import dev.cartera.pethotel.Pet;
import dev.cartera.pethotel.PetService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pet register, with the register's own field names: petId, nome_pet, dono, raca, data_nascimento. */
@Path("pet")
@ApplicationScoped
@DenyAll
@Tag(name = "Pet hotel", description = "Boarded pets and their pictures")
@Produces(MediaType.APPLICATION_JSON)
public class PetResource {

    @Inject
    PetService pets;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "List pets, a page at a time. Filters: nome_pet.contains, dono.equals|contains|in, "
            + "raca.equals|contains|in, data_nascimento ranges (data_nascimento.greaterThanOrEqual=2015). "
            + "Sort: petId, nome_pet, dono, raca, data_nascimento, createdAt, updatedAt")
    @APIResponse(responseCode = "200", description = "A page of pets",
            content = @Content(schema = @Schema(implementation = PetView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(PetService.LIST);
        return PagedResponse.ok(pets.list(asked.page(), asked.filters()).map(PetView::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a pet; petId (32 lowercase hex digits) is generated when left out; 409 if it exists")
    @APIResponse(responseCode = "201", description = "Boarded; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = PetView.class)))
    @APIResponse(responseCode = "409", description = "A pet already has this id")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PetBody.class)))
    public Response create(String body) {
        PetJson.Parsed parsed = PetJson.parse(body, false);
        Pet pet = pets.register(parsed.petId(), parsed.details());
        return Response.created(uri.getBaseUriBuilder().path("pet").path(pet.petId()).build())
                .tag(Versions.etag(pet.version())).entity(PetView.of(pet)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Update the pet named by petId in the body; 404 if it is unknown")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = PetView.class)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PetBody.class)))
    public Response update(String body) {
        PetJson.Parsed parsed = PetJson.parse(body, true);
        Pet pet = pets.update(parsed.petId(), parsed.details());
        return Response.ok(PetView.of(pet)).tag(Versions.etag(pet.version())).build();
    }

    @GET
    @Path("{petId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One pet")
    @APIResponse(responseCode = "200", description = "The pet; ETag is its version",
            content = @Content(schema = @Schema(implementation = PetView.class)))
    public Response get(@PathParam("petId") String petId) {
        Pet pet = pets.get(petId);
        return Response.ok(PetView.of(pet)).tag(Versions.etag(pet.version())).build();
    }

    @DELETE
    @Path("{petId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a pet and its picture")
    @APIResponse(responseCode = "204", description = "Deleted, with its picture")
    public Response delete(@PathParam("petId") String petId) {
        pets.delete(petId);
        return Response.noContent().build();
    }
}
