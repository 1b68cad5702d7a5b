package dev.cartera.pethotel;

/** An upload that decoded as an image: the original bytes, its PNG rendition and what was learnt on the way. */
public record CheckedPicture(String contentType, byte[] original, int width, int height, String sha256,
                             byte[] png, String pngSha256) {
}
