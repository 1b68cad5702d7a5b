package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accept-Language picks the language of every text a person reads (problem titles, details and field messages,
 * import problems and outcomes, rejected.csv, the schedule workbook), Spanish when it names none Cartera speaks;
 * codes, field names and JSON names stay the same in both.
 */
@SharedServer
class LanguageIT {

    @SharedServer.Url
    URL base;

    private Api english;
    private Api spanishByDefault;
    private String admin;

    @BeforeEach
    void logIn() {
        english = new Api(base);
        spanishByDefault = english.inLanguage(null);
        admin = english.loginAsAdmin();
    }

    @Test
    void aProblemIsSpanishByDefaultAndEnglishOnRequest() {
        String path = "/api/customers/" + Long.MAX_VALUE;
        Api.Reply spanish = spanishByDefault.get(path, admin);
        Api.Reply inEnglish = english.get(path, admin);

        assertEquals(404, spanish.status());
        assertEquals(404, inEnglish.status());
        assertEquals("No encontrado", spanish.json().getString("title"), spanish::toString);
        assertEquals("El cliente " + Long.MAX_VALUE + " no existe.", spanish.json().getString("detail"));
        assertEquals("es", spanish.header("Content-Language"));
        assertEquals("Not Found", inEnglish.json().getString("title"));
        assertEquals("Customer " + Long.MAX_VALUE + " does not exist.", inEnglish.json().getString("detail"));
        assertEquals("en", inEnglish.header("Content-Language"));
        assertEquals(spanish.json().getString("type"), inEnglish.json().getString("type"), "the type is a code");
        assertTrue(inEnglish.header("Vary").contains("Accept-Language"), inEnglish::toString);

        assertEquals("Not Found", english.inLanguage("fr-CA, en;q=0.5").get(path, admin).json().getString("title"),
                "the first language Cartera speaks, by weight");
        assertEquals("No encontrado", english.inLanguage("es-CO").get(path, admin).json().getString("title"));
        assertEquals("No encontrado", english.inLanguage("pt-BR").get(path, admin).json().getString("title"),
                "a language Cartera does not speak gets the default");
        assertEquals("No encontrado", english.inLanguage("no;q=x,,").get(path, admin).json().getString("title"),
                "a malformed header is no error");
    }

    @Test
    void fieldProblemsKeepTheirFieldsAndCodesAndSayTheMessageInTheLanguage() {
        String bad = Json.createObjectBuilder().add("documentType", "PASSPORT")
                .add("documentNumber", "LG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                .add("firstName", "Ana").add("lastName", "Idiomas").add("country", "EC").add("email", "no-es-correo")
                .build().toString();
        Api.Reply spanish = spanishByDefault.post("/api/customers", bad, admin);
        Api.Reply inEnglish = english.post("/api/customers", bad, admin);

        assertEquals(400, spanish.status(), spanish::toString);
        JsonObject spanishError = spanish.json().getJsonArray("errors").getJsonObject(0);
        JsonObject englishError = inEnglish.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("email", spanishError.getString("field"));
        assertEquals("email", englishError.getString("field"));
        assertEquals("«no-es-correo» no es un correo electrónico válido.", spanishError.getString("message"));
        assertEquals("'no-es-correo' is not a valid e-mail address.", englishError.getString("message"));
        assertEquals("Solicitud incorrecta", spanish.json().getString("title"));
        assertTrue(spanish.json().getString("detail").startsWith("La solicitud no es válida: email"), spanish::toString);

        Api.Reply badFilter = spanishByDefault.get("/api/loans?status.equals=NOPE", admin);
        assertEquals(400, badFilter.status());
        assertTrue(badFilter.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .startsWith("«NOPE» no es uno de REQUESTED"), badFilter::toString);
        Api.Reply badRole = spanishByDefault.post("/api/users", Json.createObjectBuilder().add("username", "idioma-x")
                .add("displayName", "X").add("role", "boss").add("password", "una clave larga").build().toString(), admin);
        assertEquals(400, badRole.status(), badRole::toString);
        assertEquals("debe ser uno de admin, operator, agent, user",
                badRole.json().getJsonArray("errors").getJsonObject(0).getString("message"), badRole::toString);
    }

    @Test
    void theTokenProblemsOfTheSecurityLayerToo() {
        Api.Reply spanish = spanishByDefault.get("/api/auth/me", null);
        assertEquals(401, spanish.status());
        assertEquals("No autenticado", spanish.json().getString("title"), spanish::toString);
        assertTrue(spanish.json().getString("detail").startsWith("Esta operación necesita un token"), spanish::toString);
        assertTrue(spanish.header("WWW-Authenticate").contains("needs a bearer token"), "the challenge stays ASCII");
    }

    @Test
    void importProblemsOutcomesAndRejectedCsvAreSaidInTheReadersLanguage() throws Exception {
        Imports imports = new Imports(english, admin);
        JsonObject job = imports.run("customers", "dry-run", "idiomas.csv", Imports.sample("customers-socios-ejemplo.csv"));
        String id = job.getString("id");

        String spanishIssues = spanishByDefault.get("/api/imports/" + id + "/issues", admin).body();
        String englishIssues = english.get("/api/imports/" + id + "/issues", admin).body();
        assertTrue(spanishIssues.contains("no es un correo electrónico válido"), spanishIssues);
        assertTrue(englishIssues.contains("is not a valid e-mail address"), englishIssues);
        assertTrue(spanishIssues.contains("\"code\":\"INVALID_EMAIL\"") && englishIssues.contains("\"code\":\"INVALID_EMAIL\""));

        String spanishCsv = new String(bytes(spanishByDefault, "/api/imports/" + id + "/rejected.csv"), StandardCharsets.UTF_8);
        String englishCsv = new String(bytes(english, "/api/imports/" + id + "/rejected.csv"), StandardCharsets.UTF_8);
        assertTrue(spanishCsv.contains("INVALID_EMAIL: «"), spanishCsv);
        assertTrue(englishCsv.contains("INVALID_EMAIL: '"), englishCsv);

        JsonObject failed = imports.run("customers", "dry-run", "sin-documento.csv",
                "Nombre,Ciudad\nAna,Quito\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", failed.getString("status"));
        String spanishOutcome = spanishByDefault.get("/api/imports/" + failed.getString("id"), admin).json().getString("message");
        String englishOutcome = english.get("/api/imports/" + failed.getString("id"), admin).json().getString("message");
        assertTrue(spanishOutcome.startsWith("Falta"), spanishOutcome);
        assertTrue(englishOutcome.startsWith("Missing column"), englishOutcome);
    }

    @Test
    void theScheduleWorkbookIsWrittenInTheReadersLanguage() throws IOException {
        Api.Reply customer = english.post("/api/customers", Json.createObjectBuilder().add("documentType", "PASSPORT")
                .add("documentNumber", "LW" + UUID.randomUUID().toString().replace("-", "").substring(0, 10))
                .add("firstName", "Cronograma").add("lastName", "Bilingüe").add("country", "EC").build().toString(), admin);
        assertEquals(201, customer.status(), customer::toString);
        Api.Reply loan = english.post("/api/loans", Json.createObjectBuilder()
                .add("customerId", customer.json().getJsonNumber("id").longValue()).add("principal", 1200000)
                .add("currency", "COP").add("annualRate", 18).add("termMonths", 6).add("startDate", "2026-01-15")
                .build().toString(), admin);
        assertEquals(201, loan.status(), loan::toString);
        String path = "/api/loans/" + loan.json().getJsonNumber("id").longValue() + "/schedule?format=xlsx";

        try (XSSFWorkbook spanish = new XSSFWorkbook(new ByteArrayInputStream(bytes(spanishByDefault, path)));
             XSSFWorkbook inEnglish = new XSSFWorkbook(new ByteArrayInputStream(bytes(english, path)))) {
            assertEquals("Cronograma", spanish.getSheetName(0));
            assertEquals("Schedule", inEnglish.getSheetName(0));
            assertTrue(spanish.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().startsWith("Préstamo "));
            assertEquals("Tasa nominal anual (%)", spanish.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertNotEquals(spanish.getSheetAt(0).getRow(6).getCell(1).getStringCellValue(),
                    inEnglish.getSheetAt(0).getRow(6).getCell(1).getStringCellValue(), "the headers differ");
        }
    }

    private byte[] bytes(Api api, String path) {
        return api.bytes(path, admin);
    }
}
