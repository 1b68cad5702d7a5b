package dev.cartera.web.pethotel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import dev.cartera.web.it.TestConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pet register, pictures and the database dump, through HTTP against a real server. */
@SharedServer(TestConfiguration.class)
class PetsIT {

    /** Small, so the 413 test sends little; the default (10 MB) is the same code with another number. */
    static final int MAX_BYTES = TestConfiguration.PICTURE_MAX_BYTES;

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

    @Test
    void theRegisterIsLoadedAtStart() {
        Api.Reply duke = api.get("/api/pet/b7681b0ee1bd455b81ecb4e46a2f4346", admin);
        assertEquals(200, duke.status(), duke::toString);
        assertEquals("Duke", duke.json().getString("nome_pet"));
        assertEquals("Miguel", duke.json().getString("dono"));
        assertEquals("Labrador Retriever", duke.json().getString("raca"));
        assertEquals(2018, duke.json().getInt("data_nascimento"));
        assertEquals("Júlia", api.get("/api/pet/1edeff48fe8c456daef3d835dc39b06f", admin).json().getString("dono"));

        Api.Reply poodles = api.get("/api/pet?raca.equals=poodle&sort=data_nascimento,desc", admin);
        assertEquals(200, poodles.status(), poodles::toString);
        assertEquals(List.of("Stella", "Cooper"), names(poodles));
        Api.Reply range = api.get("/api/pet?data_nascimento.greaterThanOrEqual=2020&data_nascimento.lessThan=2021"
                + "&nome_pet.contains=IL", admin);
        assertEquals(List.of("Milo"), names(range), range::toString);
        assertEquals(400, api.get("/api/pet?color.equals=black", admin).status(), "an unknown filter");
    }

    @Test
    void crudWithTheRegistersFieldNames() {
        String user = "pets-reader-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, user, "user", "a-long-password-1");
        String reader = api.login(user, "a-long-password-1");

        Api.Reply created = api.post("/api/pet", pet(null, "Thor", "Ana", "Husky", Json.createValue("2019")), admin);
        assertEquals(201, created.status(), created::toString);
        String petId = created.json().getString("petId");
        assertTrue(petId.matches("[0-9a-f]{32}"), petId);
        assertTrue(created.header("Location").endsWith("/api/pet/" + petId));
        assertEquals(2019, created.json().getInt("data_nascimento"));

        String chosen = "0123456789abcdef0123456789abcdef";
        api.delete("/api/pet/" + chosen, admin);
        assertEquals(201, api.post("/api/pet", pet(chosen, "Nina", "Rui", "Pug", Json.createValue(2020)), admin).status());
        assertEquals(409, api.post("/api/pet", pet(chosen, "Nina", "Rui", "Pug", Json.createValue(2020)), admin).status());

        Api.Reply updated = api.put("/api/pet", pet(chosen, "Nina", "Rui Costa", "Pug", Json.createValue(2021)), admin, Map.of());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Rui Costa", updated.json().getString("dono"));
        assertEquals(2021, api.get("/api/pet/" + chosen, reader).json().getInt("data_nascimento"));
        assertEquals(404, api.put("/api/pet", pet("ffffffffffffffffffffffffffffffff", "X", "Y", "Z",
                Json.createValue(2020)), admin, Map.of()).status());

        assertEquals(403, api.post("/api/pet", pet(null, "Rex", "Eva", "Boxer", Json.createValue(2015)), reader).status());
        assertEquals(403, api.delete("/api/pet/" + chosen, reader).status());
        assertEquals(204, api.delete("/api/pet/" + chosen, admin).status());
        assertEquals(404, api.get("/api/pet/" + chosen, admin).status());
        assertEquals(204, api.delete("/api/pet/" + petId, admin).status());
    }

    @Test
    void everyValidationErrorNamesItsField() {
        assertFields(List.of("color"), api.post("/api/pet", Json.createObjectBuilder().add("nome_pet", "Rex").add("dono", "Eva")
                .add("raca", "Boxer").add("data_nascimento", 2015).add("color", "black").build().toString(), admin));
        assertFields(List.of("dono", "raca"), api.post("/api/pet", Json.createObjectBuilder().add("nome_pet", "Rex")
                .add("data_nascimento", 2015).build().toString(), admin));
        assertFields(List.of("petId"), api.post("/api/pet", pet("B7681B0EE1BD455B81ECB4E46A2F4346", "Rex", "Eva", "Boxer",
                Json.createValue(2015)), admin));
        assertFields(List.of("petId"), api.post("/api/pet", pet("1234", "Rex", "Eva", "Boxer", Json.createValue(2015)), admin));
        assertFields(List.of("petId"), api.put("/api/pet", Json.createObjectBuilder().add("nome_pet", "Rex").add("dono", "Eva")
                .add("raca", "Boxer").add("data_nascimento", 2015).build().toString(), admin, Map.of()));
        assertFields(List.of("data_nascimento"), api.post("/api/pet", pet(null, "Rex", "Eva", "Boxer", Json.createValue(1989)), admin));
        assertFields(List.of("data_nascimento"), api.post("/api/pet", pet(null, "Rex", "Eva", "Boxer", Json.createValue(2999)), admin));
        assertFields(List.of("data_nascimento"), api.post("/api/pet", pet(null, "Rex", "Eva", "Boxer", Json.createValue("15")), admin));
        assertFields(List.of("petId"), api.get("/api/pet/not-a-pet-id", admin));
        Api.Reply notJson = api.post("/api/pet", "{nome_pet: ", admin);
        assertEquals(400, notJson.status());
        assertEquals("application/problem+json", notJson.contentType());
    }

    @Test
    void aJpegInGivesAPngOutAndTheOriginalBack() throws Exception {
        String petId = "a1b0ca95dac641d0b806b1d77c2f3df4";
        byte[] jpeg = image(320, 200, "jpg");
        HttpResponse<String> upload = upload(petId, "image/jpeg", jpeg);
        assertEquals(200, upload.statusCode(), upload::body);

        HttpResponse<byte[]> png = bytes(api.request("/api/picture/" + petId + ".png", admin).GET());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(png.headers().firstValue("Cache-Control").isPresent());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertEquals(320, decoded.getWidth());
        assertEquals(200, decoded.getHeight());
        String etag = png.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + sha256(png.body()) + "\"", etag);

        HttpResponse<byte[]> revalidated = bytes(api.request("/api/picture/" + petId + ".png", admin)
                .header("If-None-Match", etag).GET());
        assertEquals(304, revalidated.statusCode());

        HttpResponse<byte[]> original = bytes(api.request("/api/picture/" + petId, admin).GET());
        assertEquals(200, original.statusCode());
        assertEquals("image/jpeg", original.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(jpeg, original.body());

        // a multipart upload replaces it
        byte[] pngIn = image(64, 48, "png");
        String boundary = "cartera-" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bella.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(pngIn);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> multipart = CLIENT.send(api.request("/api/picture/" + petId, admin)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, multipart.statusCode(), multipart::body);
        assertEquals(64, Json.createReader(new java.io.StringReader(multipart.body())).readObject().getInt("width"));
        assertArrayEquals(pngIn, bytes(api.request("/api/picture/" + petId, admin).GET()).body());
        assertEquals(200, bytes(api.request("/api/picture/" + petId + ".png", admin).header("If-None-Match", etag).GET())
                .statusCode(), "the old ETag no longer matches");
    }

    @Test
    void uploadsAreRefusedByWhatTheyAre() throws Exception {
        String petId = "4148edb7e0084c608a042fa9f30d3a50";
        HttpResponse<String> notAnImage = upload(petId, "image/png", "this is not a picture".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, notAnImage.statusCode(), notAnImage::body);
        assertTrue(notAnImage.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));

        byte[] tooBig = new byte[MAX_BYTES + 1];
        System.arraycopy(image(32, 32, "png"), 0, tooBig, 0, 100);
        HttpResponse<String> big = upload(petId, "image/png", tooBig);
        assertEquals(413, big.statusCode(), big::body);

        assertEquals(404, bytes(api.request("/api/picture/" + petId + ".png", admin).GET()).statusCode(), "no picture yet");
        assertEquals(404, upload("ffffffffffffffffffffffffffffffff", "image/png", image(8, 8, "png")).statusCode());
    }

    @Test
    void theH2DumpRestoresIntoAnEmptyDatabase() throws Exception {
        String petId = "6c8ed99cbde949ba8070368fbbf8c5fe";
        assertEquals(200, upload(petId, "image/jpeg", image(200, 150, "jpg")).statusCode());

        HttpResponse<byte[]> sqlServer = bytes(api.request("/api/dump.sql", admin).GET());
        assertEquals(200, sqlServer.statusCode());
        String tsql = new String(sqlServer.body(), StandardCharsets.UTF_8);
        assertTrue(tsql.contains("CREATE TABLE [PET]") || tsql.contains("CREATE TABLE [pet]"), () -> tsql.substring(0, 2000));
        assertTrue(tsql.contains("SET IDENTITY_INSERT"));
        assertTrue(sqlServer.headers().firstValue("Content-Disposition").orElseThrow()
                .matches("attachment; filename=\"cartera-\\d{8}T\\d{6}Z-sqlserver\\.sql\""));
        assertEquals(403, bytes(api.request("/api/dump.sql", api.login(readerUser(), "a-long-password-1")).GET()).statusCode());

        HttpResponse<byte[]> dump = bytes(api.request("/api/dump.sql?dialect=h2", admin).header("Accept-Encoding", "gzip").GET());
        assertEquals(200, dump.statusCode());
        assertEquals("gzip", dump.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("chunked", dump.headers().firstValue("Transfer-Encoding").orElse(null));
        String script;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(dump.body()))) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, Long> dumped = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("(?m)^-- rows (\\S+) (\\d+)$").matcher(script);
        while (rows.find()) {
            dumped.put(rows.group(1), Long.valueOf(rows.group(2)));
        }
        assertTrue(dumped.keySet().stream().anyMatch(t -> t.equalsIgnoreCase("pet_picture")), dumped::toString);

        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
            RunScript.execute(restored, new java.io.StringReader(script));
            for (var table : dumped.entrySet()) {
                assertEquals(table.getValue(), count(restored, "\"" + table.getKey() + "\""), table.getKey());
            }
            assertEquals(api.get("/api/pet?size=1", admin).json().getJsonNumber("totalItems").longValue(),
                    count(restored, "pet"), "pets: the source and the restored copy");
            assertEquals(api.get("/api/users?size=1", admin).json().getJsonNumber("totalItems").longValue(),
                    count(restored, "app_user"), "users: the source and the restored copy");
            int pictures = 0;
            try (Statement statement = restored.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT p.pet_id, pc.sha256, pc.png_sha256, pc.original_bytes, pc.png_bytes "
                         + "FROM pet_picture pc JOIN pet p ON p.id = pc.pet_id")) {
                while (rs.next()) {
                    pictures++;
                    byte[] original = rs.getBytes(4);
                    assertNotNull(original, rs.getString(1));
                    assertEquals(rs.getString(2), sha256(original));
                    assertEquals(rs.getString(3), sha256(rs.getBytes(5)));
                    HttpResponse<byte[]> source = bytes(api.request("/api/picture/" + rs.getString(1), admin).GET());
                    assertEquals(sha256(source.body()), sha256(original), "picture of " + rs.getString(1));
                    HttpResponse<byte[]> sourcePng = bytes(api.request("/api/picture/" + rs.getString(1) + ".png", admin).GET());
                    assertEquals(sha256(sourcePng.body()), sha256(rs.getBytes(5)));
                }
            }
            assertTrue(pictures >= 1);
            // the identity goes on after the restored rows
            try (Statement statement = restored.createStatement()) {
                statement.executeUpdate("INSERT INTO pet (pet_id, name, owner_name, breed, birth_year, created_at, updated_at, version) "
                        + "VALUES ('" + "e".repeat(32) + "', 'New', 'Owner', 'Mutt', 2020, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
            }
        }

        HttpResponse<byte[]> file = bytes(api.request("/api/dump.sql?dialect=h2&gzip=true", admin).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElseThrow().endsWith("-h2.sql.gz\""));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(file.body()))) {
            assertTrue(new String(in.readNBytes(200), StandardCharsets.UTF_8).startsWith("-- Cartera database dump"));
        }
        assertEquals(400, bytes(api.request("/api/dump.sql?dialect=oracle", admin).GET()).statusCode());
    }

    private String readerUser() {
        String user = "dump-reader-" + UUID.randomUUID().toString().substring(0, 8);
        api.createUser(admin, user, "operator", "a-long-password-1");
        return user;
    }

    private static long count(Connection connection, String table) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpResponse<String> upload(String petId, String contentType, byte[] body) throws Exception {
        return CLIENT.send(api.request("/api/picture/" + petId, admin).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String pet(String petId, String name, String owner, String breed, jakarta.json.JsonValue year) {
        var json = Json.createObjectBuilder();
        if (petId != null) {
            json.add("petId", petId);
        }
        return json.add("nome_pet", name).add("dono", owner).add("raca", breed).add("data_nascimento", year).build().toString();
    }

    private static List<String> names(Api.Reply reply) {
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("nome_pet")).toList();
    }

    private static void assertFields(List<String> expected, Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(expected, reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList(), reply::toString);
    }
}
