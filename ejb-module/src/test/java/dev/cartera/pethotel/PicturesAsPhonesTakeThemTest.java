package dev.cartera.pethotel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.pethotel.PictureRejectedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Photos as phones and browsers make them: EXIF orientation, CMYK and progressive JPEGs, WebP, and sizes far over
 * the rendition's. The WebP fixtures (48 × 32, four coloured quadrants) were made with Debian's {@code cwebp}
 * ({@code -lossless}, and {@code -q 90}) from the same quadrants this class draws; ImageIO writes no WebP.
 * How the EXIF-rotated one was made is said at its test.
 */
class PicturesAsPhonesTakeThemTest {

    /** An upright portrait picture 30 × 60: red top-left, green top-right, blue bottom-left, white bottom-right. */
    private static final int W = 30;
    private static final int H = 60;

    private final PictureCheck check = new PictureCheck(5_000_000, PictureCheck.DEFAULT_MAX_PIXELS);

    /**
     * The stored pixels follow the EXIF table (which visual side the 0th row and the 0th column are); the PNG must
     * show the upright picture, and width and height are the upright ones.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyExifOrientationStandsUpright(int orientation) throws IOException {
        BufferedImage upright = quadrants(W, H);
        byte[] jpeg = withExifOrientation(jpeg(stored(upright, orientation), false), orientation);

        CheckedPicture picture = check.check(jpeg);
        assertEquals(W, picture.width(), "upright width");
        assertEquals(H, picture.height(), "upright height");
        BufferedImage png = read(picture.png());
        assertEquals(W, png.getWidth());
        assertEquals(H, png.getHeight());
        assertQuadrants(png, "orientation " + orientation);
    }

    @Test
    void aCmykJpegIsTaken() throws IOException {
        // TwelveMonkeys' writer (the JDK's underneath) writes a 4-band raster as a CMYK JPEG, which the JDK cannot read
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 64, 40, 4, null);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 64; x++) {
                cmyk.setPixel(x, y, new int[] {0, 128, 255, 0});
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        CheckedPicture picture = check.check(out.toByteArray());
        assertEquals("image/jpeg", picture.contentType());
        assertEquals(64, read(picture.png()).getWidth());
        assertEquals(40, read(picture.png()).getHeight());
    }

    @Test
    void aProgressiveJpegIsTaken() throws IOException {
        byte[] progressive = jpeg(quadrants(W, H), true);
        CheckedPicture picture = check.check(progressive);
        assertEquals("image/jpeg", picture.contentType());
        assertQuadrants(read(picture.png()), "progressive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quadrants-lossless.webp", "quadrants-lossy.webp"})
    void aWebPIsTaken(String fixture) throws IOException {
        CheckedPicture picture = check.check(fixture(fixture));
        assertEquals("image/webp", picture.contentType());
        assertEquals(48, picture.width());
        assertEquals(32, picture.height());
        assertQuadrants(read(picture.png()), fixture);
    }

    /**
     * A WebP keeps the orientation tag in an EXIF chunk (made with {@code cwebp -metadata exif} from a 60 × 30 JPEG
     * with orientation 6 whose pixels are the 30 × 60 quadrants turned 90° counter-clockwise).
     */
    @Test
    void aWebPsExifOrientationIsAppliedToo() throws IOException {
        CheckedPicture picture = check.check(fixture("quadrants-portrait-exif6.webp"));
        assertEquals(List.of(W, H), List.of(picture.width(), picture.height()));
        assertQuadrants(read(picture.png()), "WebP with orientation 6");
    }

    /** The VP8L header patched to announce 16,384 × 16,384 pixels: refused from the header, as a PNG would be. */
    @Test
    void aWebPBombIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = fixture("quadrants-lossless.webp");
        ByteBuffer.wrap(bomb).order(ByteOrder.LITTLE_ENDIAN).putInt(21, 0x0FFF_FFFF);
        PictureRejectedException refused = assertThrows(PictureRejectedException.class, () -> check.check(bomb));
        assertEquals(Reason.TOO_MANY_PIXELS, refused.reason());
        assertTrue(refused.getMessage().contains("16384 × 16384"), refused.getMessage());
    }

    @Test
    void aLargePictureIsBoundedOnItsLongSide() throws IOException {
        CheckedPicture picture = check.check(jpeg(quadrants(4000, 3000), false));
        assertEquals(4000, picture.width(), "the original's own size is kept");
        BufferedImage png = read(picture.png());
        assertEquals(1024, png.getWidth());
        assertEquals(768, png.getHeight());
        assertQuadrants(png, "bounded");

        PictureCheck small = new PictureCheck(5_000_000, PictureCheck.DEFAULT_MAX_PIXELS,
                PictureCheck.DEFAULT_MAX_DECODED_BYTES, 200);
        BufferedImage portrait = read(small.check(withExifOrientation(jpeg(quadrants(900, 600), false), 6)).png());
        assertEquals(133, portrait.getWidth(), "bounded, then turned upright");
        assertEquals(200, portrait.getHeight());
    }

    @Test
    void aSmallPictureIsNotEnlarged() throws IOException {
        assertEquals(W, read(check.check(jpeg(quadrants(W, H), false)).png()).getWidth());
        BufferedImage same = quadrants(10, 10);
        assertTrue(Renditions.bounded(same, 10) == same);
    }

    /** The stored pixels of {@code upright} under an EXIF orientation, from the EXIF table's own words. */
    static BufferedImage stored(BufferedImage upright, int orientation) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swapped = orientation >= 5;
        BufferedImage stored = new BufferedImage(swapped ? h : w, swapped ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < stored.getHeight(); y++) {
            for (int x = 0; x < stored.getWidth(); x++) {
                // the 0th row is the visual top / bottom / left / right, the 0th column the visual left / right / top / bottom
                int[] at = switch (orientation) {
                    case 1 -> new int[] {x, y};
                    case 2 -> new int[] {w - 1 - x, y};
                    case 3 -> new int[] {w - 1 - x, h - 1 - y};
                    case 4 -> new int[] {x, h - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {w - 1 - y, x};
                    case 7 -> new int[] {w - 1 - y, h - 1 - x};
                    case 8 -> new int[] {y, h - 1 - x};
                    default -> throw new IllegalArgumentException("orientation " + orientation);
                };
                stored.setRGB(x, y, upright.getRGB(at[0], at[1]));
            }
        }
        return stored;
    }

    static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(Color.GREEN);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(Color.BLUE);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    /** Red, green, blue, white at the middle of each quadrant, within what JPEG changes of flat colours. */
    static void assertQuadrants(BufferedImage image, String what) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertColor(Color.RED, image.getRGB(w / 4, h / 4), what + ": top left");
        assertColor(Color.GREEN, image.getRGB(3 * w / 4, h / 4), what + ": top right");
        assertColor(Color.BLUE, image.getRGB(w / 4, 3 * h / 4), what + ": bottom left");
        assertColor(Color.WHITE, image.getRGB(3 * w / 4, 3 * h / 4), what + ": bottom right");
    }

    private static void assertColor(Color expected, int rgb, String where) {
        Color actual = new Color(rgb);
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 90, where + ": expected " + expected + ", got " + actual);
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * {@code jpeg} with an EXIF APP1 segment after its SOI marker, as a camera writes it: "Exif\0\0", then a
     * little-endian TIFF header and one IFD entry, Orientation (0x0112), SHORT, 1 value.
     */
    static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0,
                0, 0, 0, 0};
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length,
                'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PicturesAsPhonesTakeThemTest.class.getResourceAsStream(
                "/pethotel/" + name), name)) {
            return in.readAllBytes();
        }
    }
}
