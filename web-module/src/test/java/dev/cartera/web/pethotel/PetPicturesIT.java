package dev.cartera.web.pethotel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pictures as phones take them, through the API of a real server: its ImageIO has the application's plug-ins (a
 * CMYK JPEG and a WebP decode there, which the JDK alone cannot), EXIF orientation, the bounded rendition and the
 * thumbnails with their own ETags. Each test registers its own pet.
 */
@SharedServer
class PetPicturesIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;

    @BeforeEach
    void logIn() {
        api = new Api(base);
        admin = api.loginAsAdmin();
    }

    /** A phone held upright stores landscape pixels and EXIF orientation 6; the PNG stands upright. */
    @Test
    void aPortraitPhotoFromAPhoneStandsUpright() throws Exception {
        String petId = newPet("Luna");
        // the upright picture is 300 × 600 (red, green / blue, white); turned 90° counter-clockwise it is stored 600 × 300
        BufferedImage upright = quadrants(300, 600);
        BufferedImage stored = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 600; x++) {
                stored.setRGB(x, y, upright.getRGB(299 - y, x));
            }
        }
        HttpResponse<String> upload = upload(petId, "image/jpeg", withExifOrientation(jpeg(stored, false), 6));
        assertEquals(200, upload.statusCode(), upload::body);
        JsonObject view = Json.createReader(new StringReader(upload.body())).readObject();
        assertEquals(List.of(300, 600), List.of(view.getInt("width"), view.getInt("height")), "the upright size");

        BufferedImage png = png(petId, "");
        assertEquals(300, png.getWidth());
        assertEquals(600, png.getHeight());
        assertColor(Color.RED, png.getRGB(75, 150), "top left");
        assertColor(Color.GREEN, png.getRGB(225, 150), "top right");
        assertColor(Color.BLUE, png.getRGB(75, 450), "bottom left");
    }

    @Test
    void cmykAndProgressiveJpegsAndWebPAreTaken() throws Exception {
        String petId = newPet("Kira");
        HttpResponse<String> cmyk = upload(petId, "image/jpeg", cmykJpeg(64, 40));
        assertEquals(200, cmyk.statusCode(), cmyk::body);
        assertEquals(64, png(petId, "").getWidth());

        HttpResponse<String> progressive = upload(petId, "image/jpeg", jpeg(quadrants(90, 60), true));
        assertEquals(200, progressive.statusCode(), progressive::body);
        assertColor(Color.WHITE, png(petId, "").getRGB(70, 45), "progressive, bottom right");

        byte[] webp = fixture("quadrants-lossy.webp");
        HttpResponse<String> upload = upload(petId, "image/webp", webp);
        assertEquals(200, upload.statusCode(), upload::body);
        assertEquals("image/webp", Json.createReader(new StringReader(upload.body())).readObject().getString("contentType"));
        BufferedImage png = png(petId, "");
        assertEquals(List.of(48, 32), List.of(png.getWidth(), png.getHeight()));
        assertColor(Color.GREEN, png.getRGB(36, 8), "WebP, top right");
        HttpResponse<byte[]> original = bytes(api.request("/api/picture/" + petId, admin).GET());
        assertEquals("image/webp", original.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(webp, original.body());
    }

    @Test
    void theRenditionIsBoundedAndEachThumbnailHasItsOwnETag() throws Exception {
        String petId = newPet("Bruno");
        HttpResponse<String> upload = upload(petId, "image/jpeg", jpeg(quadrants(3000, 2000), false));
        assertEquals(200, upload.statusCode(), upload::body);
        assertEquals(3000, Json.createReader(new StringReader(upload.body())).readObject().getInt("width"));

        Set<String> etags = new HashSet<>();
        for (var size : List.of(List.of("", 1024, 683), List.of("?size=512", 512, 342), List.of("?size=256", 256, 171),
                List.of("?size=128", 128, 85))) {
            HttpResponse<byte[]> answer = bytes(api.request("/api/picture/" + petId + ".png" + size.get(0), admin).GET());
            assertEquals(200, answer.statusCode(), size.toString());
            assertEquals("image/png", answer.headers().firstValue("Content-Type").orElseThrow());
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(answer.body()));
            assertEquals(size.subList(1, 3), List.of(png.getWidth(), png.getHeight()), size.toString());
            String etag = answer.headers().firstValue("ETag").orElseThrow();
            assertTrue(etags.add(etag), "a size of its own has an ETag of its own: " + etag);
            assertEquals(304, bytes(api.request("/api/picture/" + petId + ".png" + size.get(0), admin)
                    .header("If-None-Match", etag).GET()).statusCode(), size.toString());
        }
        String renditionTag = bytes(api.request("/api/picture/" + petId + ".png", admin).GET()).headers()
                .firstValue("ETag").orElseThrow();
        assertEquals(200, bytes(api.request("/api/picture/" + petId + ".png?size=256", admin)
                .header("If-None-Match", renditionTag).GET()).statusCode(), "the rendition's ETag is not the thumbnail's");

        for (String refused : List.of("300", "1024", "big")) {
            Api.Reply reply = api.get("/api/picture/" + petId + ".png?size=" + refused, admin);
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("application/problem+json", reply.contentType());
            JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("size", error.getString("field"));
            assertTrue(error.getString("message").contains("128, 256, 512"), reply::toString);
        }
    }

    private String newPet(String name) {
        Api.Reply created = api.post("/api/pet", Json.createObjectBuilder().add("nome_pet", name).add("dono", "Pictures IT")
                .add("raca", "Mestizo").add("data_nascimento", 2020).build().toString(), admin);
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("petId");
    }

    private BufferedImage png(String petId, String query) throws Exception {
        HttpResponse<byte[]> answer = bytes(api.request("/api/picture/" + petId + ".png" + query, admin).GET());
        assertEquals(200, answer.statusCode());
        return ImageIO.read(new ByteArrayInputStream(answer.body()));
    }

    private HttpResponse<String> upload(String petId, String contentType, byte[] body) throws Exception {
        return CLIENT.send(api.request("/api/picture/" + petId, admin).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static BufferedImage quadrants(int width, int height) {
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

    private static void assertColor(Color expected, int rgb, String where) {
        Color actual = new Color(rgb);
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 90, where + ": expected " + expected + ", got " + actual);
    }

    private static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
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

    /** A 4-band raster written as a JPEG is a CMYK JPEG, which the JDK's reader refuses. */
    private static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                cmyk.setPixel(x, y, new int[] {0, 128, 255, 0});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(cmyk, null, null), null);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** {@code jpeg} with an EXIF APP1 segment holding one tag, Orientation (0x0112), after its SOI marker. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
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

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PetPicturesIT.class.getResourceAsStream("/pethotel/" + name), name)) {
            return in.readAllBytes();
        }
    }
}
