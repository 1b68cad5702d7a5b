package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Picture;
import dev.cartera.pethotel.PictureService;
import dev.cartera.storage.Blob;
import dev.cartera.web.console.ConsoleDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The pet grid's images, {@code /admin/pets/photos/{petId}.png} (the grid asks for {@code ?size=256}): the PNG
 * rendition or a thumbnail as GET /api/picture/{petId}.png serves them (same service calls, same ETag and caching through {@link PictureFiles}), with 304 on a matching
 * If-None-Match so the browser reuses what it holds. The console's filter has checked the session and VIEW_PETS.
 */
@WebServlet("/admin/pets/photos/*")
public class PetPhotoServlet extends HttpServlet {

    private static final Pattern PHOTO = Pattern.compile("/([0-9a-f]{32})\\.png");

    @Inject
    PictureService pictures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleDownloads.serve(request, response, PHOTO, photo -> {
            String size = request.getParameter("size");
            // a size not offered is a file that is not there (404), as for the API's other refusals in the console
            Integer longSide = size == null ? null : pictures.thumbnailSize(size);
            Picture picture = pictures.of(photo.group(1));
            String version = longSide == null ? picture.pngSha256()
                    : PictureFiles.thumbnailVersion(picture.pngSha256(), longSide);
            // the console filter's no-store is for pages; an image keyed by its content may be kept
            response.setHeader("Cache-Control", PictureFiles.CACHE_CONTROL);
            response.setHeader("ETag", PictureFiles.etag(version));
            if (PictureFiles.notModified(request.getHeader("If-None-Match"), version)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            if (longSide != null) {
                byte[] thumbnail = pictures.thumbnail(picture, longSide);
                response.setContentType(PictureFiles.PNG);
                response.setContentLength(thumbnail.length);
                response.getOutputStream().write(thumbnail);
                return;
            }
            try (Blob blob = pictures.open(picture.pngKey())) {
                response.setContentType(PictureFiles.PNG);
                response.setContentLengthLong(picture.pngSize());
                blob.content().transferTo(response.getOutputStream());
            }
        });
    }
}
