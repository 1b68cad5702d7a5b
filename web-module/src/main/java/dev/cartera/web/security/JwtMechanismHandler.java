package dev.cartera.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Hands every request to the one authentication mechanism the application has: MicroProfile JWT's
 * ({@code @LoginConfig(authMethod = "MP-JWT")} on {@code CarteraApplication}).
 * <p>
 * Jakarta Security's default handler looks the mechanism up with {@code @Any}. GlassFish 8.0.0 registers the
 * MP-JWT mechanism twice, the implementation's {@code @Default} bean and a copy with GlassFish's own qualifier
 * ({@code @MicroProfileJwtAuthenticationMechanism}), so that look-up is ambiguous and every request, even one
 * without a token, fails with 500 (WELD-001318) before it reaches the application. GlassFish fixed it after
 * 8.0.0 (eclipse-ee4j/glassfish#25938) by making its copy an alternative that replaces the other.
 * <p>
 * This handler takes the {@code @Default} mechanism, which is one bean on GlassFish 8.0.0, on later GlassFish
 * versions and on Payara (Micro and Server) alike; only where no {@code @Default} one exists does it fall back
 * to the single mechanism of any qualifier, which is what the default handler does.
 * <p>
 * A bearer token the mechanism accepted before is not parsed and verified again while it lasts ({@link
 * VerifiedTokens}): the container is told about the same caller and groups the mechanism gave, the way the mechanism
 * tells it (the caller also joins the client subject, where MicroProfile JWT looks for the token to inject).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class JwtMechanismHandler implements HttpAuthenticationMechanismHandler {

    private static final String BEARER = "Bearer ";

    @Inject
    @Any
    Instance<HttpAuthenticationMechanism> mechanisms;

    @Inject
    VerifiedTokens verifiedTokens;

    private HttpAuthenticationMechanism mechanism;

    @PostConstruct
    void chooseMechanism() {
        Instance<HttpAuthenticationMechanism> byDefault = mechanisms.select(Default.Literal.INSTANCE);
        if (byDefault.isResolvable()) {
            mechanism = byDefault.get();
        } else if (mechanisms.isResolvable()) {
            mechanism = mechanisms.get();
        } else {
            throw new IllegalStateException("Expected one HttpAuthenticationMechanism (MicroProfile JWT's), found "
                    + (mechanisms.isUnsatisfied() ? "none" : "several, none of them @Default")
                    + ": is MicroProfile JWT enabled on this server?");
        }
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        String token = bearerToken(request);
        if (token == null) {
            return mechanism.validateRequest(request, response, context);
        }
        Optional<CredentialValidationResult> verified = verifiedTokens.find(token);
        if (verified.isPresent()) {
            context.getClientSubject().getPrincipals().add(verified.get().getCallerPrincipal());
            return context.notifyContainerAboutLogin(verified.get());
        }
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() instanceof CallerPrincipal caller) {
            verifiedTokens.remember(token, new CredentialValidationResult(caller, context.getGroups()));
        }
        return status;
    }

    /** The token as MicroProfile JWT reads it by default: the {@code Authorization} header's bearer credentials. */
    private static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(BEARER) && authorization.length() > BEARER.length()
                ? authorization.substring(BEARER.length()) : null;
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return mechanism.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanism.cleanSubject(request, response, context);
    }
}
