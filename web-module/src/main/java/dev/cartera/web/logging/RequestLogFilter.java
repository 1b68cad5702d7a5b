package dev.cartera.web.logging;

import dev.cartera.shared.logging.LogContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per request (method, path, status, time, user, request id), and the request id in the
 * {@code X-Request-Id} response header. Health probes are logged at FINE so they do not drown the rest.
 * It also runs on ERROR dispatches, because a request refused by the authentication layer (a forged token)
 * never reaches the filter chain and goes straight to the error page.
 * While the request is served, its id and user are the thread's {@link LogContext}: every line logged
 * meanwhile (by a service, a failed login...) carries them.
 */
@WebFilter(filterName = "request-log", urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestLogFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("dev.cartera.requests");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (RequestIds.of(request) != null) {
            // an error page for a request this filter has already seen
            chain.doFilter(request, response);
            return;
        }
        String requestId = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        request.setAttribute(RequestIds.ATTRIBUTE, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        long started = System.nanoTime();
        Principal caller = request.getUserPrincipal();
        try (LogContext.Scope context = LogContext.bind(requestId, caller == null ? null : caller.getName())) {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Level level = request.getRequestURI().startsWith("/health") ? Level.FINE : Level.INFO;
            if (LOG.isLoggable(level)) {
                Principal user = request.getUserPrincipal();
                LOG.log(level, String.format("%s %s %d %dms user=%s requestId=%s", request.getMethod(),
                        request.getRequestURI(), response.getStatus(), millis,
                        user == null ? "-" : user.getName(), requestId));
            }
        }
    }
}
