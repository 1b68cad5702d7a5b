package dev.cartera.web.security;

import dev.cartera.shared.i18n.Message;
import dev.cartera.identity.TokenRevocations;
import dev.cartera.web.problems.BearerChallenge;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What MicroProfile JWT does not check: every endpoint but the {@code @PermitAll} ones needs a token (401, not
 * the 403 that role checks give an anonymous caller), and a token stops working once revoked, expired by
 * the application's clock, or outlived by its user's credentials (password, role, lockout, deletion).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenGuard implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    TokenRevocations revocations;

    @Inject
    Clock clock;

    /** Whether each resource method is open to anyone: decided once per method, not by reflection per request. */
    private final Map<Method, Boolean> permitAll = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method != null && permitAll.computeIfAbsent(method, TokenGuard::isPermitAll)) {
            return;
        }
        // the verified token is the caller itself: read here, not through MP-JWT's request-scoped JsonWebToken,
        // which the container would make anew for every request
        JsonWebToken token = context.getSecurityContext().getUserPrincipal() instanceof JsonWebToken caller
                ? caller : null;
        if (token == null || token.getRawToken() == null) {
            context.abortWith(BearerChallenge.unauthorized(Message.of("problem.token.missing"), request));
        } else if (token.getExpirationTime() <= clock.instant().getEpochSecond()) {
            context.abortWith(BearerChallenge.unauthorized(Message.of("problem.token.expired"), request));
        } else {
            revocations.refusal(PresentedTokens.of(token))
                    .ifPresent(reason -> context.abortWith(BearerChallenge.unauthorized(reason, request)));
        }
    }

    private static boolean isPermitAll(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }
}
