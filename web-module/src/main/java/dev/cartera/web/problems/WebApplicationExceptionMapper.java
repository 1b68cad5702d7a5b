package dev.cartera.web.problems;

import dev.cartera.shared.i18n.Message;
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
        Response problem = Problems.response(Problems.of(status, detail(exception, status), request, null), request);
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        // keep what the original response told the client (Allow on a 405, WWW-Authenticate on a 401)
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private Message detail(WebApplicationException exception, int status) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        if (exception instanceof NotAllowedException notAllowed) {
            return Message.of("problem.web.notAllowed", method, path,
                    String.join(", ", notAllowed.getResponse().getAllowedMethods()));
        }
        if (exception instanceof NotSupportedException) {
            return Message.of("problem.web.notSupported", String.valueOf(request.getContentType()), method, path);
        }
        return switch (status) {
            case 404 -> Message.of("problem.web.noEndpoint", method, path);
            case 406 -> Message.of("problem.web.notAcceptable", String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                    method, path);
            default -> Message.of("problem.web.other", String.valueOf(exception.getMessage()));
        };
    }
}
