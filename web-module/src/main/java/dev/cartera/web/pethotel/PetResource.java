package dev.cartera.web.pethotel;

import dev.cartera.identity.Roles;
import dev.cartera.pethotel.Pet;
import dev.cartera.pethotel.PetService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pet register, with the register's own field names: petId, nome_pet, dono, raca, data_nascimento. */
@Path("pet")
@RequestScoped
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
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(PetService.LIST);
        return PagedResponse.ok(pets.list(asked.page(), asked.filters()).map(PetView::of), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a pet; petId (32 lowercase hex digits) is generated when left out; 409 if it exists")
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
    public Response update(String body) {
        PetJson.Parsed parsed = PetJson.parse(body, true);
        Pet pet = pets.update(parsed.petId(), parsed.details());
        return Response.ok(PetView.of(pet)).tag(Versions.etag(pet.version())).build();
    }

    @GET
    @Path("{petId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "One pet")
    public Response get(@PathParam("petId") String petId) {
        Pet pet = pets.get(petId);
        return Response.ok(PetView.of(pet)).tag(Versions.etag(pet.version())).build();
    }

    @DELETE
    @Path("{petId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a pet and its picture")
    public Response delete(@PathParam("petId") String petId) {
        pets.delete(petId);
        return Response.noContent().build();
    }
}
