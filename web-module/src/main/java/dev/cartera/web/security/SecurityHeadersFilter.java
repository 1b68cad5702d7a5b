package dev.cartera.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers every response carries, set before anything writes the response (a streamed export is committed
 * long before it ends), on error dispatches too (a refused token goes straight to the error page):
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, so a browser never runs an upload or a JSON body as a script;</li>
 *   <li>{@code Cache-Control: no-store} on the API, whose answers carry personal data, unless a resource says
 *       otherwise (the public keys are cacheable);</li>
 *   <li>a Content-Security-Policy with {@code frame-ancestors 'none'} for the pages (index, API docs): scripts
 *       and styles from this origin only (Swagger UI needs inline styles and {@code data:} images), no framing;</li>
 *   <li>{@code Strict-Transport-Security} over HTTPS (as seen by the server or reported by the proxy in
 *       {@code X-Forwarded-Proto}), from {@code cartera.http.hsts}; empty turns it off.</li>
 * </ul>
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The console's pages: Faces and PrimeFaces write inline scripts (widget set-up, AJAX handlers), so scripts
     * from this origin and inline ones; everything else as strict as for the other pages. PrimeFaces' nonce-based
     * CSP mode would allow dropping 'unsafe-inline' here; not done yet.
     */
    static final String CONSOLE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("script-src 'self';", "script-src 'self' 'unsafe-inline' 'unsafe-eval';");

    @Inject
    @ConfigProperty(name = "cartera.http.hsts")
    Optional<String> hsts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store");
        } else {
            response.setHeader("Content-Security-Policy",
                    path.startsWith("/admin/") ? CONSOLE_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        boolean https = request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
        if (https && hsts.isPresent() && !hsts.get().isBlank()) {
            response.setHeader("Strict-Transport-Security", hsts.get().strip());
        }
        chain.doFilter(request, response);
    }
}
