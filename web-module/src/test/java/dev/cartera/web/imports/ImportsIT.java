package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import dev.cartera.web.it.TestConfiguration;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CSV imports end to end on a real server: upload, archive, background processing in chunks (of 2 rows here, so
 * every file spans several), the report, idempotent re-runs, dry runs, detection and the refusals.
 */
@SharedServer(TestConfiguration.class)
class ImportsIT {

    private static final int MAX_BYTES = TestConfiguration.IMPORTS_MAX_BYTES;

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;
    private Imports imports;

    @BeforeEach
    void logIn() {
        api = new Api(base);
        admin = api.loginAsAdmin();
        imports = new Imports(api, admin);
    }

    @Test
    void theSampleFileImportsRowsOneAndThreeAndReportsTheOthersThenRunsAgainAsARepeat() throws IOException {
        byte[] sample = Imports.sample("customers-socios-ejemplo.csv");
        // the customer tests register this cédula too when they run first, on the same database
        int cedulaBefore = lookup("CI", "0926687856").status();

        JsonObject dryRun = imports.run("customers", "dry-run", "socios-ejemplo.csv", sample);
        assertEquals("SUCCEEDED", dryRun.getString("status"), dryRun::toString);
        Imports.assertCounts(dryRun, 5, 2, 0, 0, 3);
        assertEquals(404, lookup("RUC", "1790011674001").status(), "a dry run writes nothing");

        Api.Reply accepted = imports.upload("customers", "apply", "socios-ejemplo.csv", sample);
        assertEquals(202, accepted.status(), accepted::toString);
        String id = accepted.json().getString("id");
        assertTrue(accepted.header("Location").endsWith("/api/imports/" + id), accepted.header("Location"));
        assertTrue(accepted.json().getBoolean("repeat"), "the dry run already had this file");
        assertTrue(accepted.json().getString("storageKey").matches("imports/\\d{4}/\\d{2}/" + id + "/socios-ejemplo.csv"));
        JsonObject job = imports.finished(accepted);
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        Imports.assertCounts(job, 5, 2, 0, 0, 3);
        assertEquals(100, job.getInt("progress"));
        assertEquals("UTF-8", job.getString("encoding"));
        assertEquals(",", job.getString("delimiter"));
        assertTrue(job.getJsonArray("validations").toString().contains("DOCUMENT_TYPE_MISMATCH"));
        assertEquals(Map.of(2L, "Email INVALID_EMAIL", 4L, "RUC DOCUMENT_TYPE_MISMATCH", 5L, "RUC INVALID_DOCUMENT"),
                imports.issues(id));
        assertEquals(200, lookup("RUC", "1790011674001").status());
        assertEquals(200, lookup("RUC", "1792060346001").status());
        assertEquals(404, lookup("RUC", "0190115798001").status(), "row 2 was rejected");
        assertEquals(cedulaBefore, lookup("CI", "0926687856").status(), "a cédula in the RUC column creates nobody");

        assertArrayEquals(sample, api.bytes("/api/imports/" + id + "/file", admin), "the archive, byte for byte");
        String rejected = new String(api.bytes("/api/imports/" + id + "/rejected.csv", admin), StandardCharsets.UTF_8);
        List<String> lines = rejected.lines().toList();
        assertEquals(4, lines.size(), rejected);
        assertTrue(lines.get(0).endsWith(",error"), lines.get(0));
        assertTrue(lines.get(1).startsWith("0190115798001,") && lines.get(1).contains("INVALID_EMAIL"), lines.get(1));

        JsonObject again = imports.run("customers", "apply", "socios-ejemplo.csv", sample);
        Imports.assertCounts(again, 5, 0, 0, 2, 3);
        assertTrue(again.getBoolean("repeat"));

        Api.Reply list = api.get("/api/imports?status.equals=SUCCEEDED&dataset.equals=customers&uploadedBy.equals=admin",
                admin);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.json().getInt("totalItems") >= 3, list::toString);
        assertEquals(409, api.delete("/api/imports/" + id, admin).status(), "a finished job cannot be cancelled");
        assertEquals(404, api.get("/api/imports/no-such-job", admin).status());
    }

    @Test
    void everyValidationCodeIsReportedOnItsRowAndColumn() throws IOException {
        JsonObject job = imports.run("customers", "apply", "customers-invalid.csv",
                Imports.sample("customers-invalid.csv"));
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        Imports.assertCounts(job, 11, 1, 0, 0, 10);
        Map<Long, String> expected = new TreeMap<>(Map.of(
                2L, "Nombres EMPTY_VALUE", 3L, "Tipo de documento WRONG_TYPE", 4L, "Correo INVALID_EMAIL",
                5L, "Teléfono INVALID_PHONE", 6L, "Número de documento INVALID_DOCUMENT",
                7L, "Número de documento DOCUMENT_TYPE_MISMATCH", 8L, "Ciudad UNKNOWN_CITY",
                9L, "Nombres VALUE_TOO_LONG", 10L, "null DUPLICATE_IN_FILE", 11L, "null MALFORMED_ROW"));
        assertEquals(expected, imports.issues(job.getString("id")));

        JsonObject valid = imports.run("customers", "apply", "customers-valid.csv",
                Imports.sample("customers-valid.csv"));
        assertEquals(";", valid.getString("delimiter"));
        assertEquals(0, valid.getJsonObject("counts").getInt("rejected"), valid::toString);

        JsonObject missing = imports.run("customers", "apply", "no-document.csv",
                "Nombres,Apellidos\r\nAna,Ríos\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", missing.getString("status"));
        assertTrue(missing.getString("message").contains("Found: Nombres, Apellidos"), missing::toString);
        assertEquals(Map.of(0L, "null MISSING_COLUMN"), imports.issues(missing.getString("id")));
    }

    @Test
    void encodingsBomsAndDelimitersAreDetected() {
        String semicolons = "Cédula;Nombres;Apellidos;Dirección\r\n1714307103;José;Núñez;Av. Amazonas\r\n";
        JsonObject windows = imports.run("customers", "apply", "ansi.csv",
                semicolons.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", windows.getString("encoding"), windows::toString);
        assertEquals(";", windows.getString("delimiter"));
        Imports.assertCounts(windows, 1, 1, 0, 0, 0);
        assertEquals("José", lookup("CI", "1714307103").json().getJsonObject("customer").getString("firstName"));

        byte[] text = "tipo_documento\tnumero_documento\tfirst_name\tlast_name\r\nCI\t0910005917\tMaría\tÁlvarez\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        JsonObject bom = imports.run("customers", "apply", "bom.tsv", withBom);
        assertEquals("UTF-8", bom.getString("encoding"), bom::toString);
        assertEquals("tab", bom.getString("delimiter"));
        Imports.assertCounts(bom, 1, 1, 0, 0, 0);
        assertEquals("Álvarez", lookup("CI", "0910005917").json().getJsonObject("customer").getString("lastName"));

        // our own export quotes values starting with + against formula injection; the import takes the quote off
        JsonObject updated = imports.run("customers", "apply", "export.csv",
                "documentType,documentNumber,firstName,lastName,phone\r\nCI,0910005917,María,Álvarez,'+593991234567\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        Imports.assertCounts(updated, 1, 0, 1, 0, 0);
        assertEquals("+593991234567", lookup("CI", "0910005917").json().getJsonObject("customer").getString("phone"));
    }

    @Test
    void twoImportsRunningAtOnceOverTheSameDocumentsLoseNoUpdateAndCreateNoDuplicate() throws InterruptedException {
        Random random = new Random(20251005);
        Set<String> unique = new LinkedHashSet<>();
        while (unique.size() < 160) {
            unique.add(RandomDocumentNumbers.randomCedula("17", random));
        }
        List<String> documents = List.copyOf(unique);
        // both files start with the same 100 documents (different e-mails), so their chunks meet on the same keys
        String first = concurrentFile(documents, "a", IntStream.range(0, 130));
        String second = concurrentFile(documents, "b", IntStream.concat(IntStream.range(0, 100), IntStream.range(130, 160)));

        CompletableFuture<Api.Reply> uploadA = CompletableFuture.supplyAsync(() -> imports.upload("customers", "apply", "a.csv",
                first.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Api.Reply> uploadB = CompletableFuture.supplyAsync(() -> imports.upload("customers", "apply", "b.csv",
                second.getBytes(StandardCharsets.UTF_8)));
        JsonObject a = imports.finished(uploadA.join());
        JsonObject b = imports.finished(uploadB.join());

        assertEquals("SUCCEEDED", a.getString("status"), a::toString);
        assertEquals("SUCCEEDED", b.getString("status"), b::toString);
        JsonObject countsA = a.getJsonObject("counts");
        JsonObject countsB = b.getJsonObject("counts");
        assertEquals(0, countsA.getInt("rejected") + countsB.getInt("rejected"));
        assertEquals(130, countsA.getInt("created") + countsA.getInt("updated"), a::toString);
        assertEquals(130, countsB.getInt("created") + countsB.getInt("updated"), b::toString);
        assertEquals(160, countsA.getInt("created") + countsB.getInt("created"), "each document created exactly once");
        assertEquals(100, countsA.getInt("updated") + countsB.getInt("updated"), "each shared document updated once");

        // an in filter takes at most 100 values: ask in two halves
        List<JsonObject> stored = new java.util.ArrayList<>();
        for (List<String> half : List.of(documents.subList(0, 80), documents.subList(80, 160))) {
            Api.Reply reply = api.get("/api/customers?size=500&documentNumber.in=" + String.join(",", half), admin);
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(80, reply.json().getInt("totalItems"), "no duplicate customer");
            stored.addAll(reply.json().getJsonArray("items").getValuesAs(JsonObject.class));
        }
        Map<String, String> emails = stored.stream()
                .collect(Collectors.toMap(c -> c.getString("documentNumber"), c -> c.getString("email")));
        for (int i = 0; i < 160; i++) {
            String email = emails.get(documents.get(i));
            if (i < 100) {
                assertTrue(email.equals("a" + i + "@example.com") || email.equals("b" + i + "@example.com"), email);
            } else {
                assertEquals((i < 130 ? "a" : "b") + i + "@example.com", email, "an update only one file makes stays");
            }
        }
        List<Long> ids = stored.stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        awaitOneSentWelcomeMessageEach(ids);
    }

    /** Sent after each chunk's commit, a chunk's messages at once; never twice, even when two imports race. */
    private void awaitOneSentWelcomeMessageEach(List<Long> customerIds) throws InterruptedException {
        for (long id : customerIds) {
            for (int attempt = 0; ; attempt++) {
                Api.Reply messages = api.get("/api/customers/" + id + "/messages", admin);
                assertEquals(200, messages.status(), messages::toString);
                List<JsonObject> sent = messages.structure().asJsonArray().getValuesAs(JsonObject.class);
                assertEquals(1, sent.size(), () -> "customer " + id + ": one welcome message, " + sent);
                if (sent.get(0).getString("status").equals("SENT")) {
                    break;
                }
                assertTrue(attempt < 100, () -> "customer " + id + ": the welcome message was not sent in 10 s");
                Thread.sleep(100);
            }
        }
    }

    @Test
    void cancellingARunningJobStopsItAndKeepsTheCommittedChunks() throws InterruptedException {
        Random random = new Random(77);
        Set<String> unique = new LinkedHashSet<>();
        while (unique.size() < 3000) {
            unique.add(RandomDocumentNumbers.randomCedula("01", random));
        }
        List<String> documents = List.copyOf(unique);
        String file = "Cédula,Nombres,Apellidos\r\n" + documents.stream().map(d -> d + ",Luis,Ortiz\r\n")
                .collect(Collectors.joining());
        Api.Reply accepted = imports.upload("customers", "apply", "large.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(202, accepted.status(), accepted::toString);
        String id = accepted.json().getString("id");
        JsonObject running = api.get("/api/imports/" + id, admin).json();
        for (int i = 0; i < 600 && !(running.getString("status").equals("RUNNING")
                && running.getJsonObject("counts").getInt("created") > 0); i++) {
            Thread.sleep(50);
            running = api.get("/api/imports/" + id, admin).json();
        }
        assertEquals("RUNNING", running.getString("status"), running::toString);

        Api.Reply cancelled = api.delete("/api/imports/" + id, admin);
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled::toString);
        Thread.sleep(1_500);
        JsonObject after = api.get("/api/imports/" + id, admin).json();
        Thread.sleep(1_000);
        JsonObject later = api.get("/api/imports/" + id, admin).json();
        assertEquals("CANCELLED", later.getString("status"));
        assertEquals(after.getJsonObject("counts"), later.getJsonObject("counts"), "no chunk after the cancel");
        long created = later.getJsonObject("counts").getInt("created");
        assertTrue(created > 0 && created < 3000, later::toString);
        assertEquals(created, later.getJsonObject("counts").getInt("read"), later::toString);
        assertEquals(200, lookup("CI", documents.get(0)).status(), "a committed chunk stays");
        assertEquals(200, lookup("CI", documents.get((int) created - 1)).status(), "the last committed chunk stays");
        assertEquals(404, lookup("CI", documents.get((int) created)).status(), "nothing after the cancel");
        assertEquals(409, api.delete("/api/imports/" + id, admin).status(), "already cancelled");
    }

    private static String concurrentFile(List<String> documents, String tag, IntStream indexes) {
        return "Cédula,Nombres,Apellidos,Correo\r\n" + indexes.mapToObj(i -> documents.get(i) + ",Ana,Ríos,"
                + tag + i + "@example.com\r\n").collect(Collectors.joining());
    }

    @Test
    void oversizedAndNonCsvUploadsAreRefused() {
        byte[] declaredTooLarge = new byte[MAX_BYTES * 2];
        Arrays.fill(declaredTooLarge, (byte) 'a');
        Api.Reply refused = imports.upload("customers", "apply", "big.csv", declaredTooLarge);
        assertEquals(413, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));

        byte[] justOver = Arrays.copyOf(declaredTooLarge, MAX_BYTES + 10);
        assertEquals(413, imports.upload("customers", "apply", "big.csv", justOver).status(), "counted while streaming");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        Api.Reply image = api.multipart("/api/imports", admin, Map.of("dataset", "customers"), "photo.png", "image/png", png);
        assertEquals(415, image.status(), image::toString);
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertEquals(415, imports.upload("customers", "apply", "book.xlsx", xlsx).status());
        assertEquals(400, imports.upload("pets-and-more", "apply", "x.csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8)).status());
    }

    private Api.Reply lookup(String type, String number) {
        return api.get("/api/customers/lookup?documentType=" + type + "&documentNumber=" + number, admin);
    }
}
