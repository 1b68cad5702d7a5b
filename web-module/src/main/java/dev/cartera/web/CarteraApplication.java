package dev.cartera.web;

import dev.cartera.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST root. It must also be a CDI bean: without {@code @ApplicationScoped} Payara's MP-JWT
 * cannot satisfy {@code JsonWebToken} injection points and the deployment fails.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
@OpenAPIDefinition(
        info = @Info(title = "Cartera API", version = "1.0",
                description = "Customer directory, CSV imports, loans, loyalty reports and the pet hotel. "
                        + "Log in with POST /api/auth/login and send the token as 'Authorization: Bearer ...'."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CarteraApplication extends Application {
}
