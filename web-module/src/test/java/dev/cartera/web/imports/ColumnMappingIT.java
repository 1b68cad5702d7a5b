package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AI-assisted column mapping on a real server: the sentence-embedding model loads inside the WAR's class loader
 * (its native ONNX Runtime and tokenizer libraries included), a dry run shows how unseen headers would be read,
 * and only a confirmed mapping lets an apply use them.
 */
@SharedServer
class ColumnMappingIT {

    private static final SecureRandom RANDOM = new SecureRandom();

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
    void aDryRunSuggestsAndTheReturnedMappingApplies() {
        String ana = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        String luis = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        byte[] file = ("Número de cédula,Primer nombre,Apellidos completos,Correo Electronico Principal,Observaciones\r\n"
                + ana + ",Ana,Mapeo Pérez,ana.mapeo@example.com,cliente antiguo\r\n"
                + luis + ",Luis,Mapeo Andrade,luis.mapeo@example.com,\r\n").getBytes(StandardCharsets.UTF_8);

        JsonObject dryRun = imports.run("customers", "dry-run", "socios-nuevos.csv", file);
        assertEquals("SUCCEEDED", dryRun.getString("status"), dryRun::toString);
        Imports.assertCounts(dryRun, 2, 2, 0, 0, 0);
        Map<String, JsonObject> columns = byHeader(dryRun);
        assertEquals(5, columns.size(), dryRun::toString);
        assertEquals(List.of("cedula", "suggested"), fieldAndSource(columns.get("Número de cédula")));
        assertEquals(List.of("firstName", "alias"), fieldAndSource(columns.get("Primer nombre")));
        assertEquals(List.of("lastName", "suggested"), fieldAndSource(columns.get("Apellidos completos")));
        assertEquals(List.of("email", "suggested"), fieldAndSource(columns.get("Correo Electronico Principal")));
        assertEquals("unmapped", columns.get("Observaciones").getString("source"));
        double confidence = columns.get("Número de cédula").getJsonNumber("confidence").doubleValue();
        assertTrue(confidence >= 0.6 && confidence <= 1, dryRun::toString);

        JsonObject unconfirmed = imports.run("customers", "apply", "socios-nuevos.csv", file);
        assertEquals("FAILED", unconfirmed.getString("status"), unconfirmed::toString);
        assertTrue(unconfirmed.getString("message").contains("'Número de cédula' → cedula"), unconfirmed::toString);
        assertEquals("MISSING_COLUMN", imports.issues(unconfirmed.getString("id")).get(0L).split(" ")[1]);

        JsonObjectBuilder mapping = Json.createObjectBuilder();
        columns.forEach((header, column) -> {
            if (column.containsKey("field") && !column.isNull("field")) {
                mapping.add(header, column.getString("field"));
            }
        });
        JsonObject applied = imports.finished(api.multipart("/api/imports", admin, Map.of("dataset", "customers",
                "mode", "apply", "mapping", mapping.build().toString()), "socios-nuevos.csv", "text/csv", file));
        Imports.assertCounts(applied, 2, 2, 0, 0, 0);
        assertEquals(List.of("cedula", "mapping"), fieldAndSource(byHeader(applied).get("Número de cédula")));
        JsonObject customer = api.get("/api/customers/lookup?documentType=CI&documentNumber=" + ana, admin).json()
                .getJsonObject("customer");
        assertEquals(List.of("Ana", "Mapeo Pérez", "ana.mapeo@example.com"), List.of(customer.getString("firstName"),
                customer.getString("lastName"), customer.getString("email")), customer::toString);
    }

    @Test
    void acceptingSuggestionsAppliesThem() {
        String cedula = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        byte[] file = ("Número de cédula,Nombres,Apellidos\r\n" + cedula + ",Marta,Acepta\r\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonObject applied = imports.finished(api.multipart("/api/imports", admin, Map.of("dataset", "customers",
                "mode", "apply", "acceptSuggestions", "true"), "acepta.csv", "text/csv", file));
        Imports.assertCounts(applied, 1, 1, 0, 0, 0);
        assertTrue(applied.getBoolean("acceptSuggestions"));
    }

    @Test
    void aBadMappingIsRefusedSayingWhatToFix() {
        byte[] file = "RUC,Razón Social\r\n".getBytes(StandardCharsets.UTF_8);
        Api.Reply notJson = api.multipart("/api/imports", admin, Map.of("dataset", "customers", "mode", "dry-run",
                "mapping", "{RUC: ruc"), "x.csv", "text/csv", file);
        assertEquals(400, notJson.status(), notJson::toString);
        assertEquals("application/problem+json", notJson.contentType());
        assertTrue(notJson.errorFields().contains("mapping"), notJson::toString);

        Api.Reply unknown = api.multipart("/api/imports", admin, Map.of("dataset", "customers", "mode", "dry-run",
                "mapping", "{\"RUC\": \"taxNumber\"}"), "x.csv", "text/csv", file);
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("taxNumber") && unknown.body().contains("documentNumber"), unknown::toString);

        Api.Reply badFlag = api.multipart("/api/imports", admin, Map.of("dataset", "customers", "mode", "dry-run",
                "acceptSuggestions", "si"), "x.csv", "text/csv", file);
        assertEquals(400, badFlag.status(), badFlag::toString);
    }

    private static Map<String, JsonObject> byHeader(JsonObject job) {
        return job.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(column -> column.getString("header"), column -> column));
    }

    private static List<String> fieldAndSource(JsonObject column) {
        return List.of(column.getString("field", "-"), column.getString("source"));
    }
}
