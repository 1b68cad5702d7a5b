package dev.cartera.web.console;

import dev.cartera.shared.i18n.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Errors on console pages as a page a person can read (in their language, with a way back), where the API's
 * callers get problem+json. Plain HTML written here, not a Faces view: the error may be Faces' own.
 */
public final class ConsoleErrorPage {

    private ConsoleErrorPage() {
    }

    public static boolean serves(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return path.startsWith(request.getContextPath() + "/admin/");
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int shown = status;
        String key = switch (status) {
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            default -> "error.server";
        };
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConsoleForbiddenException) {
                shown = 403;
                key = "error.forbidden";
            } else if (cause instanceof dev.cartera.shared.NotFoundException) {
                shown = 404;
                key = "error.notFound";
            } else if (cause instanceof jakarta.faces.application.ViewExpiredException) {
                shown = 403;
                key = "error.expired";
            }
        }
        Locale language = Console.languageOf(request);
        response.setStatus(shown);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Messages.text(language, "app.name") + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#333}"
                + "a{color:#1976d2}</style></head><body><h1>" + Messages.text(language, key + ".title") + "</h1><p>"
                + Messages.text(language, key + ".detail") + "</p><p><a href=\"" + request.getContextPath() + "/admin/\">"
                + Messages.text(language, "error.back") + "</a></p></body></html>");
    }

}
