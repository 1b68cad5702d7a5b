package dev.cartera.web.identity;

import dev.cartera.identity.Role;
import dev.cartera.identity.Roles;
import dev.cartera.identity.UserService;
import dev.cartera.web.http.Versions;
import dev.cartera.web.paging.ListQuery;
import dev.cartera.web.paging.PagedResponse;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("users")
@ApplicationScoped
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
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response list(@BeanParam ListQuery query) {
        var asked = query.validate(UserService.LIST);
        return PagedResponse.ok(UserView.of(users.list(asked.page(), asked.filters()), users), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a user; the password is stored as a PBKDF2 hash and never returned")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewUser.class),
            examples = @ExampleObject(name = "operator", value = NewUser.EXAMPLE)))
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
    @APIResponse(responseCode = "200", description = "The user; ETag is its version",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    public Response get(@PathParam("id") long id) {
        var user = users.get(id);
        return Response.ok(UserView.of(user, users)).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a user's display name and role; send If-Match or version to avoid lost updates (409)")
    @APIResponse(responseCode = "200", description = "Changed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "The version sent is not the current one, or the change would leave no active admin")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is not the current one: read it again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserChanges.class),
            examples = @ExampleObject(name = "agent", value = UserChanges.EXAMPLE)))
    public Response update(@PathParam("id") long id, @Valid @NotNull UserChanges changes,
                           @Context HttpHeaders headers) {
        OptionalLong expected = Versions.expected(headers.getHeaderString(HttpHeaders.IF_MATCH), changes.version());
        var user = users.update(id, changes.displayName(), Role.fromClaim(changes.role()), expected);
        return Response.ok(UserView.of(user, users)).tag(Versions.etag(user.version())).build();
    }

    @PUT
    @Path("{id}/password")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "setUserPassword",
            summary = "Set a user's password (also lifts the waits after failed logins)")
    @APIResponse(responseCode = "204", description = "Changed; the user's tokens are revoked")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewPassword.class),
            examples = @ExampleObject(name = "reset", value = NewPassword.EXAMPLE)))
    public Response changePassword(@PathParam("id") long id, @Valid @NotNull NewPassword request) {
        users.changePassword(id, request.password().toCharArray());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/login-throttling")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "clearUserLoginThrottling",
            summary = "Forget a user's failed logins: every client may try the password again now (a client's own "
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
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The last active admin cannot be deleted")
    public Response delete(@PathParam("id") long id) {
        users.delete(id);
        return Response.noContent().build();
    }
}
