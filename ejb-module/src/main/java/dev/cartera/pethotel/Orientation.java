package dev.cartera.pethotel;

import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * How the stored pixels must be turned to stand upright: phones keep a portrait photo as landscape pixels plus an
 * EXIF orientation tag (1–8). The TwelveMonkeys JPEG reader translates the tag of a JPEG's APP1 segment into the
 * standard metadata's {@code Dimension/ImageOrientation}; its WebP reader does not, so a WebP's EXIF chunk is read
 * here, with TwelveMonkeys' TIFF reader.
 * Each constant pairs the EXIF value with the name TwelveMonkeys gives it (PicturesAsPhonesTakeThemTest checks all
 * eight against pixels stored as the EXIF table describes).
 */
enum Orientation {

    /** EXIF 1. */
    NORMAL(1, "Normal"),
    /** EXIF 2: mirrored left to right. */
    FLIP_H(2, "FlipH"),
    /** EXIF 3: upside down. */
    ROTATE_180(3, "Rotate180"),
    /** EXIF 4: mirrored top to bottom. */
    FLIP_V(4, "FlipV"),
    /** EXIF 5: transposed (mirrored along the main diagonal). */
    TRANSPOSE(5, "FlipVRotate90"),
    /** EXIF 6: the phone was held upright; the pixels must turn 90° clockwise. */
    ROTATE_270(6, "Rotate270"),
    /** EXIF 7: transversed (mirrored along the other diagonal). */
    TRANSVERSE(7, "FlipHRotate90"),
    /** EXIF 8: the pixels must turn 90° counter-clockwise. */
    ROTATE_90(8, "Rotate90");

    private final int exif;
    private final String standardName;

    Orientation(int exif, String standardName) {
        this.exif = exif;
        this.standardName = standardName;
    }

    /** Whether the upright picture's width is the stored height. */
    boolean swapsSides() {
        return exif >= 5;
    }

    /** What the image's metadata says; {@link #NORMAL} when it says nothing or cannot be read. */
    static Orientation of(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return NORMAL;
        }
        Node node = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName).getFirstChild();
        for (; node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals("Dimension")) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child.getNodeName().equals("ImageOrientation")) {
                        return ofStandardName(((org.w3c.dom.Element) child).getAttribute("value"));
                    }
                }
            }
        }
        return NORMAL;
    }

    static Orientation ofStandardName(String name) {
        for (Orientation orientation : values()) {
            if (orientation.standardName.equalsIgnoreCase(name)) {
                return orientation;
            }
        }
        return NORMAL;
    }

    /**
     * What the EXIF chunk of a WebP says, {@link #NORMAL} when it has none or it cannot be read. A WebP is RIFF:
     * a 12-byte header, then chunks of a four-character code, a little-endian length and the data padded to even.
     */
    static Orientation ofWebP(byte[] webp) {
        int at = 12;
        while (at + 8 <= webp.length) {
            long length = ByteBuffer.wrap(webp, at + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
            int start = at + 8;
            if (length > webp.length - start) {
                return NORMAL;
            }
            if (new String(webp, at, 4, StandardCharsets.US_ASCII).equals("EXIF")) {
                // some writers keep the "Exif\0\0" that starts a JPEG's APP1 segment
                boolean exifHeader = length >= 6 && new String(webp, start, 4, StandardCharsets.US_ASCII).equals("Exif");
                int tiff = exifHeader ? start + 6 : start;
                return ofTiff(webp, tiff, start + (int) length - tiff);
            }
            at = start + (int) length + (int) (length & 1);
        }
        return NORMAL;
    }

    private static Orientation ofTiff(byte[] bytes, int offset, int length) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            Entry entry = new TIFFReader().read(in).getEntryById(TIFF.TAG_ORIENTATION);
            return entry != null && entry.getValue() instanceof Number value ? ofExif(value.intValue()) : NORMAL;
        } catch (IOException | RuntimeException e) {
            return NORMAL;
        }
    }

    private static Orientation ofExif(int value) {
        for (Orientation orientation : values()) {
            if (orientation.exif == value) {
                return orientation;
            }
        }
        return NORMAL;
    }

    /** The picture upright: {@code stored} itself when nothing needs turning. */
    BufferedImage upright(BufferedImage stored) {
        if (this == NORMAL) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        // each transform maps the stored pixel (x, y) to where it stands upright, within the upright bounds
        AffineTransform turn = switch (this) {
            case NORMAL -> new AffineTransform();
            case FLIP_H -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case ROTATE_180 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case FLIP_V -> new AffineTransform(1, 0, 0, -1, 0, h);
            case TRANSPOSE -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case ROTATE_270 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case TRANSVERSE -> new AffineTransform(0, -1, -1, 0, h, w);
            case ROTATE_90 -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage upright = new BufferedImage(swapsSides() ? h : w, swapsSides() ? w : h, Renditions.typeOf(stored));
        Graphics2D g = upright.createGraphics();
        try {
            // whole-pixel turns and flips: nearest neighbour moves each pixel exactly, whatever the source's layout
            g.drawImage(stored, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
