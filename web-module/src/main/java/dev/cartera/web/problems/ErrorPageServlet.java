package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Message;
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
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cartera\", error=\"invalid_token\"");
        }
        Problems.write(Problems.of(status, detailFor(status), request, null), request, response);
    }

    private static Message detailFor(int status) {
        return switch (status) {
            case 401, 403, 404, 405 -> Message.of("problem.page." + status);
            default -> Message.of(status >= 500 ? "problem.serverError" : "problem.page.other");
        };
    }
}
