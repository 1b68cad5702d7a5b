package dev.cartera.pethotel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.pethotel.PictureRejectedException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureCheckTest {

    private final PictureCheck check = new PictureCheck(1_000_000, PictureCheck.DEFAULT_MAX_PIXELS);

    @Test
    void aJpegBecomesAPngOfTheSameSize() throws IOException {
        byte[] jpeg = image(120, 80, "jpg");
        CheckedPicture picture = check.check(jpeg);
        assertEquals("image/jpeg", picture.contentType());
        assertEquals(120, picture.width());
        assertEquals(80, picture.height());
        assertArrayEquals(jpeg, picture.original());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertEquals(120, png.getWidth());
        assertEquals(PictureCheck.sha256(picture.png()), picture.pngSha256());
        assertEquals(64, picture.sha256().length());
    }

    @Test
    void bytesThatDoNotDecodeAreNotAnImage() throws IOException {
        assertEquals(Reason.NOT_AN_IMAGE, reason("GIF89a but not really".getBytes()));
        byte[] truncated = java.util.Arrays.copyOf(image(50, 50, "png"), 40);
        assertEquals(Reason.NOT_AN_IMAGE, reason(truncated));
        assertEquals(Reason.NOT_AN_IMAGE, reason(image(10, 10, "gif")), "only JPEG and PNG are taken");
    }

    /** A PNG whose header announces 10,000 × 10,000 pixels is refused from the header alone. */
    @Test
    void aDecompressionBombIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = image(1, 1, "png");
        ByteBuffer header = ByteBuffer.wrap(bomb);
        header.putInt(16, 10_000).putInt(20, 10_000);
        CRC32 crc = new CRC32();
        crc.update(bomb, 12, 17);
        header.putInt(29, (int) crc.getValue());
        assertEquals(Reason.TOO_MANY_PIXELS, reason(bomb));
    }

    /** 25 MP is within the pixel limit, but at 16 bits for each of RGBA it decodes to 200 MB. */
    @Test
    void aSixteenBitPictureIsBoundedByItsDecodedBytesNotOnlyItsPixels() throws IOException {
        byte[] deep = image(1, 1, "png");
        ByteBuffer header = ByteBuffer.wrap(deep);
        header.putInt(16, 5_000).putInt(20, 5_000).put(24, (byte) 16).put(25, (byte) 6);
        CRC32 crc = new CRC32();
        crc.update(deep, 12, 17);
        header.putInt(29, (int) crc.getValue());
        PictureRejectedException refused = assertThrows(PictureRejectedException.class, () -> check.check(deep));
        assertEquals(Reason.TOO_MANY_PIXELS, refused.reason());
        assertTrue(refused.getMessage().contains("pixels of 8 bytes"), refused.getMessage());
    }

    @Test
    void readingStopsOneByteAfterTheLimit() throws IOException {
        PictureCheck small = new PictureCheck(10, PictureCheck.DEFAULT_MAX_PIXELS);
        assertEquals(10, small.readBounded(new ByteArrayInputStream(new byte[10])).length);
        CountingStream endless = new CountingStream();
        assertEquals(Reason.TOO_LARGE, assertThrows(PictureRejectedException.class, () -> small.readBounded(endless)).reason());
        assertEquals(true, endless.read < 10_000, "read " + endless.read + " bytes");
        assertEquals(Reason.TOO_LARGE, assertThrows(PictureRejectedException.class, () -> small.check(new byte[11])).reason());
    }

    private Reason reason(byte[] bytes) {
        return assertThrows(PictureRejectedException.class, () -> check.check(bytes)).reason();
    }

    static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            return len;
        }
    }
}
