package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Picture;
import dev.cartera.pethotel.PictureService;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.storage.Blob;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pet grid's images, {@code /admin/pets/photos/{petId}.png}: the PNG rendition as GET /api/picture/{petId}.png
 * serves it (same service calls, same ETag and caching through {@link PictureFiles}), with 304 on a matching
 * If-None-Match so the browser reuses what it holds. The console's filter has checked the session and VIEW_PETS.
 */
@WebServlet("/admin/pets/photos/*")
public class PetPhotoServlet extends HttpServlet {

    private static final Pattern PHOTO = Pattern.compile("/([0-9a-f]{32})\\.png");

    @Inject
    PictureService pictures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher photo = PHOTO.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!photo.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            Picture picture = pictures.of(photo.group(1));
            // the console filter's no-store is for pages; an image keyed by its content may be kept
            response.setHeader("Cache-Control", PictureFiles.CACHE_CONTROL);
            response.setHeader("ETag", PictureFiles.etag(picture.pngSha256()));
            if (PictureFiles.notModified(request.getHeader("If-None-Match"), picture.pngSha256())) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            try (Blob blob = pictures.open(picture.pngKey())) {
                response.setContentType(PictureFiles.PNG);
                response.setContentLengthLong(picture.pngSize());
                blob.content().transferTo(response.getOutputStream());
            }
        } catch (NotFoundException | InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }
}
