package dev.cartera.web.identity;

import dev.cartera.identity.Role;
import dev.cartera.identity.Roles;
import dev.cartera.identity.UserService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@RequestScoped
@DenyAll
@Tag(name = "Users", description = "User administration (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List users, a page at a time. Filter: username.contains|equals. Sort: id, username, "
            + "displayName, role, createdAt, lastLoginAt")
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(UserService.LIST);
        return PagedResponse.ok(UserView.of(users.list(asked.page(), asked.filters()), users), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a user; the password is stored as a PBKDF2 hash and never returned")
    public Response create(@Valid @NotNull NewUser request) {
        var user = users.create(request.username(), request.displayName(), Role.fromClaim(request.role()),
                request.password().toCharArray());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .tag(Versions.etag(user.version()))
                .entity(UserView.of(user, users)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "One user")
    public Response get(@PathParam("id") long id) {
        var user = users.get(id);
        return Response.ok(UserView.of(user, users)).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a user's display name and role; send If-Match or version to avoid lost updates (409)")
    public Response update(@PathParam("id") long id, @Valid @NotNull UserChanges changes,
                           @Context HttpHeaders headers) {
        OptionalLong expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        var user = users.update(id, changes.displayName(), Role.fromClaim(changes.role()), expected);
        return Response.ok(UserView.of(user, users)).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("{id}/password")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a user's password (also lifts the waits after failed logins)")
    public Response changePassword(@PathParam("id") long id, @Valid @NotNull NewPassword request) {
        users.changePassword(id, request.password().toCharArray());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/login-throttling")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Forget a user's failed logins: every client may try the password again now (a client's own "
            + "wait for failures across many usernames stays)")
    @APIResponse(responseCode = "204", description = "Cleared")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response clearLoginThrottling(@PathParam("id") long id) {
        users.clearLoginThrottling(id);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a user (not the last admin)")
    public Response delete(@PathParam("id") long id) {
        users.delete(id);
        return Response.noContent().build();
    }
}
