package dev.cartera.web.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (404, 405, 406, 415...) as problem documents that say what to do instead. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response problem = Problems.response(status, detail(exception, status), request);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        // keep what the original response told the client (Allow on a 405, WWW-Authenticate on a 401)
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private String detail(WebApplicationException exception, int status) {
        String path = request.getMethod() + " " + request.getRequestURI();
        if (exception instanceof NotAllowedException notAllowed) {
            return request.getMethod() + " is not allowed on " + request.getRequestURI()
                    + "; allowed: " + String.join(", ", notAllowed.getResponse().getAllowedMethods());
        }
        if (exception instanceof NotSupportedException) {
            return "Content-Type '" + request.getContentType() + "' is not accepted by " + path
                    + "; see /openapi for the media types it takes.";
        }
        return switch (status) {
            case 404 -> "No endpoint matches " + path + ". The API is described at /openapi (interactive page: /api-docs).";
            case 406 -> "None of the media types in Accept ('" + request.getHeader(HttpHeaders.ACCEPT)
                    + "') can be produced by " + path + ".";
            default -> exception.getMessage();
        };
    }
}
