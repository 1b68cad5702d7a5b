package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Picture;
import java.time.Instant;

/** What is kept about a stored picture, and where its PNG rendition is. */
public record PictureView(String petId, String contentType, long size, int width, int height, String sha256,
                          String png, long pngSize, String pngSha256, Instant uploadedAt, String uploadedBy) {

    static PictureView of(String petId, Picture picture) {
        return new PictureView(petId, picture.contentType(), picture.size(), picture.width(), picture.height(),
                picture.sha256(), "/api/picture/" + petId + ".png", picture.pngSize(), picture.pngSha256(),
                picture.uploadedAt(), picture.uploadedBy());
    }
}
