package dev.cartera.web.imports;

import dev.cartera.imports.FileTooLargeException;
import dev.cartera.imports.ImportService;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an upload whose declared {@code Content-Length} is over the maximum before anything reads the body
 * (the multipart reader would otherwise take it all in). Uploads without a length, or within the allowance the
 * multipart framing takes, are counted as they stream to the blob store and stopped there.
 *
 * <p>Bound by name to the upload method, so it runs once JAX-RS has matched the route: however the path is
 * spelled ({@code /api/imports;x=1}, {@code /api//imports}), the method that reads the body is guarded.
 */
@Provider
@ImportUpload
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Room for the multipart boundaries and the small parts besides the file. */
    static final long FRAMING_ALLOWANCE = 64 * 1024;

    @Inject
    ImportService imports;

    @Override
    public void filter(ContainerRequestContext request) {
        long max = imports.maxBytes();
        if (request.getLength() > max + FRAMING_ALLOWANCE) {
            throw new FileTooLargeException(max);
        }
    }
}
