package dev.cartera.web.console;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.TooManyRequestsException;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way the console's download servlets (exports, import files, schedules, reports, photos, the dump) answer:
 * plain GET links the browser saves, with the domain's refusals said as statuses a browser understands, since
 * these are files, not problem+json for a client. The console's filter has already checked the session and role.
 */
public final class ConsoleDownloads {

    private ConsoleDownloads() {
    }

    /** What a download does; it may throw the services' refusals. */
    @FunctionalInterface
    public interface Body {
        void send() throws IOException;
    }

    /** What a download does with the file name its path matched. */
    @FunctionalInterface
    public interface FileBody {
        void send(Matcher file) throws IOException;
    }

    /**
     * Serves the file the servlet's path info names, matched against the names it serves ({@code /(\\d+)\\.xlsx});
     * any other path is a 404, the rest is {@link #answer}.
     */
    public static void serve(HttpServletRequest request, HttpServletResponse response, Pattern names, FileBody body)
            throws IOException {
        Matcher file = names.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        answer(response, () -> body.send(file));
    }

    /**
     * Sends the file, or: 404 for a record that does not exist or an identifier that cannot name one (a malformed
     * month or pet id, or a number too long to be an id, is a file that is not there); 400 for a query parameter or filter the API would refuse; 429
     * with Retry-After while every heavy download is taken.
     */
    public static void answer(HttpServletResponse response, Body body) throws IOException {
        try {
            body.send();
        } catch (TooManyRequestsException e) {
            response.setHeader("Retry-After", Long.toString(e.retryAfter().toSeconds()));
            response.sendError(429);
        } catch (InvalidParameterException | InvalidFilterException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (NotFoundException | InvalidInputException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException || e.getCause() instanceof InvalidInputException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }
}
