package dev.cartera.web.pethotel;

import dev.cartera.pethotel.Picture;
import java.time.Instant;

/** What is kept about a stored picture, and where its PNG rendition is. */
public record PictureView(String petId, String contentType, long size, int width, int height, String sha256,
                          String png, long pngSize, String pngSha256, Instant uploadedAt, String uploadedBy) {

    /** An answer as the OpenAPI document shows it. */
    public static final String EXAMPLE = """
            {
              "petId": "a8df3c9db65f076d90faf15229039c4d",
              "contentType": "image/jpeg",
              "size": 4294,
              "width": 320,
              "height": 240,
              "sha256": "ca1ae629ea0da861b291fdd4c7c42f0983befa424e95d85303f97c0b5897038c",
              "png": "/api/picture/a8df3c9db65f076d90faf15229039c4d.png",
              "pngSize": 24048,
              "pngSha256": "5eb542304c5751f1520a3f9a91e29da109817bdf266afc41cfb6d9c6615651a4",
              "uploadedAt": "2026-12-05T03:12:05.740794Z",
              "uploadedBy": "admin"
            }""";


    static PictureView of(String petId, Picture picture) {
        return new PictureView(petId, picture.contentType(), picture.size(), picture.width(), picture.height(),
                picture.sha256(), "/api/picture/" + petId + ".png", picture.pngSize(), picture.pngSha256(),
                picture.uploadedAt(), picture.uploadedBy());
    }
}
