package dev.cartera.web.problems;

import dev.cartera.web.console.ConsoleErrorPage;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (web.xml): errors raised outside JAX-RS, such as the 401 that MicroProfile JWT
 * sends for a forged or expired token, still reach the client as {@code application/problem+json}.
 */
@WebServlet(name = "error-page", urlPatterns = "/error-page")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // requested directly rather than dispatched as an error page: there is nothing here
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (ConsoleErrorPage.serves(request)) {
            ConsoleErrorPage.write(request, response, status);
            return;
        }
        ProblemDetail problem = Problems.of(status, detailFor(status), request, null);
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cartera\", error=\"invalid_token\"");
        }
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problems.toJson(problem));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 401 -> "The bearer token is missing, malformed, expired, revoked or not signed by this server. "
                    + "Log in again with POST /api/auth/login.";
            case 403 -> "Your role does not allow this request.";
            case 404 -> "Nothing here. The API is described at /openapi (interactive page: /api-docs).";
            case 405 -> "This method is not allowed on this path.";
            default -> status >= 500
                    ? "The server failed to handle the request. Quote the requestId when reporting it."
                    : "The request could not be handled.";
        };
    }
}
