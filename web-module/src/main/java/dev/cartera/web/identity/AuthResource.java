package dev.cartera.web.identity;

import dev.cartera.identity.AuthenticationService;
import dev.cartera.identity.Roles;
import dev.cartera.identity.TokenIssuer;
import dev.cartera.identity.UserService;
import dev.cartera.web.http.ClientAddresses;
import dev.cartera.web.security.PresentedTokens;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@ApplicationScoped
@DenyAll
@Tag(name = "Authentication", description = "Tokens: login, renewal, logout and the public keys that verify them")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    TokenIssuer issuer;

    @Inject
    JsonWebToken token;

    @Inject
    ClientAddresses clientAddresses;

    @Context
    HttpServletRequest httpRequest;

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a username and password for a 15-minute access token")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password (one answer for both)")
    @APIResponse(responseCode = "429", description = "Too many failed logins from this client (or too many logins being "
            + "checked at once): wait Retry-After seconds; the password was not checked")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LoginRequest.class),
            examples = @ExampleObject(name = "admin", value = LoginRequest.EXAMPLE)))
    public Response login(@Valid @NotNull LoginRequest request) {
        var issued = authentication.login(UserService.normalizeUsername(request.username()), request.password().toCharArray(),
                clientAddresses.of(httpRequest));
        return noStore(Response.ok(TokenResponse.of(issued)));
    }

    @POST
    @Path("renew")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(operationId = "renewToken",
            summary = "Swap a valid token for a fresh one; the presented token is revoked")
    @APIResponse(responseCode = "200", description = "The new token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "The token is expired, revoked or invalid")
    public Response renew() {
        return noStore(Response.ok(TokenResponse.of(authentication.renew(PresentedTokens.of(token)))));
    }

    @POST
    @Path("logout")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "Revoke the presented token")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response logout() {
        authentication.logout(PresentedTokens.of(token));
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword",
            summary = "Change one's own password by giving the current one; every token issued before is refused "
            + "from then on, this one included")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The new password is too short, too long, contains the username "
            + "or is one character repeated")
    @APIResponse(responseCode = "401", description = "The current password is wrong (it counts towards the login throttling)")
    @APIResponse(responseCode = "429", description = "Too many failed password checks from this client: wait "
            + "Retry-After seconds; the current password was not checked")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PasswordChange.class),
            examples = @ExampleObject(name = "change", value = PasswordChange.EXAMPLE)))
    public Response changePassword(@Valid @NotNull PasswordChange request) {
        authentication.changeOwnPassword(PresentedTokens.of(token).userId(), request.currentPassword().toCharArray(),
                request.newPassword().toCharArray(), clientAddresses.of(httpRequest));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(operationId = "getCaller",
            summary = "Who the presented token belongs to, and until when it is valid")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(schema = @Schema(implementation = CallerView.class)))
    public CallerView me() {
        return CallerView.of(token);
    }

    @GET
    @Path("jwks.json")
    @PermitAll
    @Operation(operationId = "getJwks",
            summary = "The public keys (JWKS) that verify the tokens, each with its kid")
    @APIResponse(responseCode = "200", description = "A JSON Web Key Set (RFC 7517)",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(issuer.verificationKeys().toString(true), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(cache).build();
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return builder.cacheControl(cache).header("Pragma", "no-cache").build();
    }
}
