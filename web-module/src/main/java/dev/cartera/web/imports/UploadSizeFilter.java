package dev.cartera.web.imports;

import dev.cartera.imports.FileTooLargeException;
import dev.cartera.imports.ImportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an upload whose declared {@code Content-Length} is over the maximum before anything reads the body
 * (the multipart reader would otherwise take it all in). Uploads without a length, or within the allowance the
 * multipart framing takes, are counted as they stream to the blob store and stopped there.
 */
@Provider
@PreMatching
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the multipart boundaries and the small parts besides the file. */
    static final long FRAMING_ALLOWANCE = 64 * 1024;

    @Inject
    ImportService imports;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !request.getUriInfo().getPath().matches("/?imports/?")) {
            return;
        }
        long max = imports.maxBytes();
        if (request.getLength() > max + FRAMING_ALLOWANCE) {
            throw new FileTooLargeException(max);
        }
    }
}
