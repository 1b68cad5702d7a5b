package dev.cartera.web.pethotel;

import dev.cartera.pethotel.PictureService;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses an upload whose {@code Content-Length} is over the limit before its body is read (a matched filter runs
 * before the entity, raw or multipart, is read). A multipart body carries a few hundred bytes of headers around the
 * file, so it is allowed that much more; without a length, the upload is counted as it is read.
 */
@Provider
@PictureUpload
public class PictureUploadLimit implements ContainerRequestFilter {

    static final long MULTIPART_OVERHEAD = 16 * 1024;

    @Inject
    PictureService pictures;

    @Override
    public void filter(ContainerRequestContext request) {
        long length = request.getLength();
        var check = pictures.check();
        if (length > check.maxBytes() + (request.getMediaType() != null
                && request.getMediaType().getType().equals("multipart") ? MULTIPART_OVERHEAD : 0)) {
            throw check.tooLarge();
        }
    }
}
