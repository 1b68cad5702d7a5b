package dev.cartera.pethotel;

import dev.cartera.shared.i18n.Message;
import dev.cartera.pethotel.PictureRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an upload by decoding it, never by its declared type or name: the format is what an ImageIO reader
 * recognises in the bytes (JPEG, baseline or progressive, RGB or CMYK, PNG and WebP: the TwelveMonkeys readers
 * beside the JDK's); the dimensions are read from the header first, so an image that announces more
 * than {@link #maxPixels} pixels, or whose pixels would take more than {@link #maxDecodedBytes} in memory (a
 * decompression bomb; a 16-bit RGBA PNG takes 8 bytes a pixel), is refused before any pixel is decoded, whatever
 * its format. The PNG rendition stands upright (the EXIF orientation applied) and is at most
 * {@link #renditionMaxSide} pixels on its long side; a picture many times larger is decoded subsampled, so its full
 * size never sits in memory.
 */
public final class PictureCheck {

    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    /** The default pixels at 4 bytes each (8-bit RGBA). */
    public static final long DEFAULT_MAX_DECODED_BYTES = 160_000_000L;
    public static final int DEFAULT_RENDITION_MAX_SIDE = 1024;

    private static final Map<String, String> ACCEPTED = Map.of("jpeg", "image/jpeg", "png", "image/png",
            "webp", "image/webp");

    private final long maxBytes;
    private final long maxPixels;
    private final long maxDecodedBytes;
    private final int renditionMaxSide;

    public PictureCheck(long maxBytes, long maxPixels, long maxDecodedBytes, int renditionMaxSide) {
        if (renditionMaxSide < 1) {
            throw new IllegalArgumentException("a rendition needs at least 1 pixel on its long side");
        }
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.maxDecodedBytes = maxDecodedBytes;
        this.renditionMaxSide = renditionMaxSide;
    }

    public PictureCheck(long maxBytes, long maxPixels) {
        this(maxBytes, maxPixels, DEFAULT_MAX_DECODED_BYTES, DEFAULT_RENDITION_MAX_SIDE);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads {@code in} up to the limit and no further.
     *
     * @throws PictureRejectedException TOO_LARGE as soon as one byte more than the limit arrives
     */
    public byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(chunk)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge();
            }
            buffer.write(chunk, 0, read);
        }
        return buffer.toByteArray();
    }

    public PictureRejectedException tooLarge() {
        return new PictureRejectedException(Reason.TOO_LARGE, Message.of("picture.tooLarge", maxBytes));
    }

    /** @throws PictureRejectedException when the bytes are too many, not a JPEG, PNG or WebP, or too many pixels */
    public CheckedPicture check(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(Message.of("picture.notAnImage.unrecognised"));
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String contentType = ACCEPTED.get(format);
                if (contentType == null) {
                    throw notAnImage(Message.of("picture.notAnImage.format", format));
                }
                reader.setInput(input, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new PictureRejectedException(Reason.TOO_MANY_PIXELS, Message.of("picture.tooManyPixels", width,
                            height, maxPixels));
                }
                int bytesPerPixel = bytesPerPixel(reader);
                if ((long) width * height * bytesPerPixel > maxDecodedBytes) {
                    throw new PictureRejectedException(Reason.TOO_MANY_PIXELS, Message.of("picture.tooManyBytes", width,
                            height, bytesPerPixel, (long) width * height * bytesPerPixel, maxDecodedBytes));
                }
                Orientation orientation = format.equals("webp") ? Orientation.ofWebP(bytes) : orientation(reader);
                BufferedImage image = reader.read(0, subsampledFor(reader.getDefaultReadParam(), width, height));
                byte[] png = Renditions.png(orientation.upright(Renditions.bounded(image, renditionMaxSide)));
                return new CheckedPicture(contentType, bytes, orientation.swapsSides() ? height : width,
                        orientation.swapsSides() ? width : height, sha256(bytes), png, sha256(png));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureRejectedException rejected) {
                throw rejected;
            }
            throw notAnImage(Message.of("picture.notAnImage.undecodable", e.getClass().getSimpleName()));
        }
    }

    /** What the decoder will allocate for each pixel: every band's bits, rounded up to whole bytes. */
    private static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            throw new IOException("no pixel layout");
        }
        int bits = 0;
        for (int band = 0; band < type.getNumBands(); band++) {
            bits += type.getBitsPerBand(band);
        }
        return Math.max(1, (bits + 7) / 8);
    }

    /**
     * Every n-th pixel of a picture more than twice the rendition's size: what is left is still at least twice
     * the rendition, for {@link Renditions#bounded} to average down.
     */
    private ImageReadParam subsampledFor(ImageReadParam param, int width, int height) {
        int step = Math.max(1, Math.max(width, height) / (2 * renditionMaxSide));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    /** A picture whose metadata does not parse is taken as it is stored, not refused. */
    private static Orientation orientation(ImageReader reader) {
        try {
            return Orientation.of(reader.getImageMetadata(0));
        } catch (IOException | RuntimeException e) {
            return Orientation.NORMAL;
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PictureRejectedException notAnImage(Message why) {
        return new PictureRejectedException(Reason.NOT_AN_IMAGE, Message.of("picture.notAnImage", why));
    }
}
