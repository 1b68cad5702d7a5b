package dev.cartera.web.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.RoleTokens.Endpoint;
import dev.cartera.web.it.RoleTokens;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loans through HTTP: CRUD and the filters, the status machine, the schedule (JSON and Excel), the customer side
 * (their loans, the lookup summary, no delete while they have loans), the demo loans, and the role matrix.
 * The data directory may be shared with other test classes, so every test works on customers it creates.
 */
@SharedServer
class LoansIT {

    private static final List<String> ROLES = RoleTokens.ROLES;
    private static final RoleTokens TOKENS = new RoleTokens("loans");

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
    void createReadUpdateDeleteAndFilter() {
        JsonObject customer = newCustomer();
        long customerId = customer.getJsonNumber("id").longValue();
        String passport = customer.getString("documentNumber");

        Api.Reply created = api.post("/api/loans", loan(customerId, "1500000.50", "COP", "18.5", 24, "2026-03-01")
                .add("purpose", "Capital de trabajo").build().toString(), admin);
        assertEquals(201, created.status(), created::toString);
        JsonObject loan = created.json();
        long id = loan.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/loans/" + id), created.header("Location"));
        assertNotNull(created.header("ETag"));
        assertEquals("REQUESTED", loan.getString("status"));
        assertEquals(List.of("APPROVED", "REJECTED", "CANCELLED"), strings(loan, "allowedTransitions"));
        assertEquals(new BigDecimal("1500000.50"), loan.getJsonNumber("principal").bigDecimalValue());
        assertEquals(new BigDecimal("18.5000"), loan.getJsonNumber("annualRate").bigDecimalValue());
        assertEquals("PASSPORT", loan.getString("customerDocumentType"));
        assertEquals(passport, loan.getString("customerDocumentNumber"));

        Api.Reply byDocument = api.post("/api/loans", Json.createObjectBuilder().add("customerDocumentType", "passport")
                .add("customerDocumentNumber", passport.toLowerCase()).add("principal", 800).add("currency", "usd")
                .add("annualRate", 0).add("termMonths", 6).add("startDate", "2025-11-20").build().toString(), admin);
        assertEquals(201, byDocument.status(), byDocument::toString);
        assertEquals(customerId, byDocument.json().getJsonNumber("customerId").longValue());
        assertEquals("USD", byDocument.json().getString("currency"));
        long dollars = byDocument.json().getJsonNumber("id").longValue();

        Api.Reply invalid = api.post("/api/loans", loan(customerId, "0", "EUR", "101", 361, null).build().toString(), admin);
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(Set.of("principal", "currency", "annualRate", "termMonths", "startDate"), errorFields(invalid));
        assertEquals(404, api.post("/api/loans", loan(Long.MAX_VALUE, "10", "COP", "1", 1, "2026-01-01").build().toString(),
                admin).status(), "an unknown customer");
        Api.Reply noCustomer = api.post("/api/loans", Json.createObjectBuilder().add("principal", 10).add("currency", "COP")
                .add("annualRate", 1).add("termMonths", 1).add("startDate", "2026-01-01").build().toString(), admin);
        assertEquals(400, noCustomer.status());
        assertEquals(Set.of("customerId"), errorFields(noCustomer));

        Api.Reply read = api.get("/api/loans/" + id, token("user"));
        assertEquals(200, read.status());
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals(404, api.get("/api/loans/" + Long.MAX_VALUE, admin).status());

        Api.Reply updated = api.put("/api/loans/" + id, loan(null, "2000000", "COP", "20", 36, "2026-04-01")
                .add("purpose", "Ampliación").build().toString(), token("operator"), Map.of("If-Match", created.header("ETag")));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(36, updated.json().getInt("termMonths"));
        assertEquals("Ampliación", updated.json().getString("purpose"));
        assertEquals(412, api.put("/api/loans/" + id, loan(null, "2000000", "COP", "20", 48, "2026-04-01").build().toString(),
                admin, Map.of("If-Match", created.header("ETag"))).status(), "a stale version");

        // filters
        String mine = "customerId.equals=" + customerId;
        assertEquals(List.of(id, dollars), ids(api.get("/api/loans?" + mine + "&sort=id,asc", admin)));
        assertEquals(List.of(dollars), ids(api.get("/api/loans?" + mine + "&currency.equals=usd", admin)));
        assertEquals(List.of(id), ids(api.get("/api/loans?" + mine + "&principal.greaterThanOrEqual=1000000", admin)));
        assertEquals(List.of(dollars), ids(api.get("/api/loans?" + mine + "&principal.lessThan=1000", admin)));
        assertEquals(List.of(id), ids(api.get("/api/loans?" + mine + "&startDate.greaterThanOrEqual=2026-01-01"
                + "&startDate.lessThanOrEqual=2026-12-31", admin)));
        assertEquals(List.of(id, dollars), ids(api.get("/api/loans?" + mine + "&status.in=requested,APPROVED", admin)));
        assertEquals(List.of(), ids(api.get("/api/loans?" + mine + "&status.equals=ACTIVE", admin)));
        assertEquals(List.of(id, dollars), ids(api.get("/api/loans?customerDocumentType.equals=PASSPORT"
                + "&customerDocumentNumber.equals=" + passport + "&sort=id", admin)));
        assertEquals(List.of(dollars, id), ids(api.get("/api/loans?" + mine + "&sort=principal,asc", admin)));
        Api.Reply page = api.get("/api/loans?" + mine + "&size=1&sort=id,desc", admin);
        assertEquals("2", page.header("X-Total-Count"));
        assertEquals(List.of(dollars), ids(page));
        assertTrue(page.response().headers().allValues("Link").stream().anyMatch(link -> link.contains("rel=\"next\"")),
                page.response().headers().allValues("Link")::toString);
        assertEquals(400, api.get("/api/loans?status.in=REQUESTED,PAYED", admin).status());
        assertEquals(400, api.get("/api/loans?interest.equals=1", admin).status());
        assertEquals(400, api.get("/api/loans?principal.greaterThan=lots", admin).status());
        assertEquals(400, api.get("/api/loans?sort=purpose", admin).status());

        // the customer's side
        assertEquals(List.of(id, dollars), ids(api.get("/api/customers/" + customerId + "/loans?sort=id", token("user"))));
        assertEquals(List.of(dollars), ids(api.get("/api/customers/" + customerId + "/loans?currency.equals=USD", admin)));
        assertEquals(404, api.get("/api/customers/" + Long.MAX_VALUE + "/loans", admin).status());
        Api.Reply lookup = api.get("/api/customers/lookup?documentType=PASSPORT&documentNumber=" + passport, admin);
        assertEquals(2, lookup.json().getJsonObject("summary").getInt("loans"), lookup::toString);
        Api.Reply refused = api.delete("/api/customers/" + customerId, admin);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("2 loans"), refused::toString);

        assertEquals(204, api.delete("/api/loans/" + id, admin).status());
        assertEquals(204, api.delete("/api/loans/" + dollars, admin).status());
        assertEquals(404, api.get("/api/loans/" + id, admin).status());
        assertEquals(204, api.delete("/api/customers/" + customerId, admin).status(), "no loans left");
    }

    @Test
    void theStatusMachine() {
        long customerId = newCustomer().getJsonNumber("id").longValue();
        long id = createLoan(customerId);

        Api.Reply illegal = status(id, "PAID", admin);
        assertEquals(409, illegal.status(), illegal::toString);
        assertTrue(illegal.json().getString("detail").contains("APPROVED, REJECTED or CANCELLED"), illegal::toString);
        Api.Reply unknown = status(id, "PAYED", admin);
        assertEquals(400, unknown.status());
        assertEquals(Set.of("status"), errorFields(unknown));

        Api.Reply approved = status(id, "APPROVED", token("operator"));
        assertEquals(200, approved.status(), approved::toString);
        assertEquals(List.of("ACTIVE", "REJECTED", "CANCELLED"), strings(approved.json(), "allowedTransitions"));
        Api.Reply terms = api.put("/api/loans/" + id, loan(null, "999", "COP", "10", 12, "2026-01-01").build().toString(),
                admin, Map.of());
        assertEquals(409, terms.status(), "the terms are fixed once approved: " + terms);
        Api.Reply purpose = api.put("/api/loans/" + id, loan(null, "10000000.00", "COP", "24.0", 12, "2026-01-15")
                .add("purpose", "Otra finalidad").build().toString(), admin, Map.of());
        assertEquals(200, purpose.status(), "the same terms, another purpose: " + purpose);
        assertEquals(200, status(id, "ACTIVE", admin).status());
        Api.Reply deleteActive = api.delete("/api/loans/" + id, admin);
        assertEquals(409, deleteActive.status(), deleteActive::toString);
        assertEquals(409, status(id, "CANCELLED", admin).status(), "too late to cancel");
        Api.Reply defaulted = status(id, "DEFAULTED", admin);
        assertEquals(200, defaulted.status());
        assertEquals(List.of(), strings(defaulted.json(), "allowedTransitions"));
        Api.Reply afterEnd = status(id, "PAID", admin);
        assertEquals(409, afterEnd.status());
        assertTrue(afterEnd.json().getString("detail").contains("DEFAULTED is final"), afterEnd::toString);

        long paid = createLoan(customerId);
        for (String step : List.of("APPROVED", "ACTIVE", "PAID")) {
            assertEquals(200, status(paid, step, admin).status(), step);
        }
        assertEquals(409, api.delete("/api/loans/" + paid, admin).status());
        long rejected = createLoan(customerId);
        assertEquals(200, status(rejected, "REJECTED", admin).status());
        assertEquals(204, api.delete("/api/loans/" + rejected, admin).status(), "a rejected loan may go");
        long cancelled = createLoan(customerId);
        Api.Reply read = api.get("/api/loans/" + cancelled, admin);
        assertEquals(200, api.post("/api/loans/" + cancelled + "/status", "{\"status\":\"APPROVED\"}", admin).status());
        assertEquals(412, api.send(api.request("/api/loans/" + cancelled + "/status", admin)
                .header("Content-Type", "application/json").header("If-Match", read.header("ETag"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"status\":\"CANCELLED\"}"))).status(),
                "a stale If-Match");
        assertEquals(200, status(cancelled, "cancelled", admin).status());
        assertEquals(204, api.delete("/api/loans/" + cancelled, admin).status());
    }

    @Test
    void theScheduleIsFrenchAndDownloadsAsExcel() {
        long id = createLoan(newCustomer().getJsonNumber("id").longValue());
        Api.Reply reply = api.get("/api/loans/" + id + "/schedule", token("user"));
        assertEquals(200, reply.status(), reply::toString);
        JsonObject schedule = reply.json();
        assertEquals(new BigDecimal("945595.97"), schedule.getJsonNumber("instalment").bigDecimalValue());
        var rows = schedule.getJsonArray("rows");
        assertEquals(12, rows.size());
        JsonObject first = rows.getJsonObject(0);
        assertEquals("2026-02-15", first.getString("dueDate"));
        assertEquals(new BigDecimal("200000.00"), first.getJsonNumber("interest").bigDecimalValue());
        JsonObject last = rows.getJsonObject(11);
        assertEquals(new BigDecimal("945595.92"), last.getJsonNumber("instalment").bigDecimalValue());
        assertEquals(0, last.getJsonNumber("balance").bigDecimalValue().signum());
        assertEquals(new BigDecimal("10000000.00"), schedule.getJsonObject("totals").getJsonNumber("principal").bigDecimalValue());

        HttpResponse<byte[]> xlsx = bytes("/api/loans/" + id + "/schedule?format=xlsx", token("agent"));
        assertEquals(200, xlsx.statusCode());
        assertEquals(LoanResource.XLSX, xlsx.headers().firstValue("Content-Type").orElse(""));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("loan-" + id + "-schedule.xlsx"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("Schedule");
            var lastRow = sheet.getRow(sheet.getLastRowNum() - 1);
            assertEquals(12, (int) lastRow.getCell(0).getNumericCellValue());
            assertEquals(945595.92, lastRow.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(10_000_000.00, sheet.getRow(sheet.getLastRowNum()).getCell(4).getNumericCellValue(), 0.001);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(400, api.get("/api/loans/" + id + "/schedule?format=pdf", admin).status());
    }

    @Test
    void theFirstStartGaveDemoLoansInEveryStatusAndAdminsCanAddMoreOncePerSeed() {
        for (String status : List.of("REQUESTED", "APPROVED", "ACTIVE", "PAID", "REJECTED", "CANCELLED", "DEFAULTED")) {
            Api.Reply reply = api.get("/api/loans?size=1&status.equals=" + status, admin);
            assertTrue(Long.parseLong(reply.header("X-Total-Count")) > 0, "a demo loan " + status);
        }
        Api.Reply more = api.post("/api/admin/demo-data/loans?loans=7&seed=3", null, admin);
        assertEquals(200, more.status(), more::toString);
        assertEquals(7, more.json().getInt("created") + more.json().getInt("skipped"), more::toString);
        Api.Reply again = api.post("/api/admin/demo-data/loans?loans=7&seed=3", null, admin);
        assertEquals(List.of(0, 7), List.of(again.json().getInt("created"), again.json().getInt("skipped")),
                "the same seed twice adds nothing: " + again);
        assertEquals(400, api.post("/api/admin/demo-data/loans?loans=0", null, admin).status());
    }

    /**
     * Every role against every loan endpoint: the allowed ones do not answer 403 (nor 401), the others answer 403.
     * Writes run on loans made for the purpose, so each role's attempt meets a loan in a state that allows it.
     */
    @Test
    void theRoleMatrix() {
        long customerId = newCustomer().getJsonNumber("id").longValue();
        long shared = createLoan(customerId);
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /api/loans", Set.copyOf(ROLES), t -> api.get("/api/loans", t)),
                new Endpoint("GET /api/loans/{id}", Set.copyOf(ROLES), t -> api.get("/api/loans/" + shared, t)),
                new Endpoint("GET /api/loans/{id}/schedule", Set.copyOf(ROLES), t -> api.get("/api/loans/" + shared + "/schedule", t)),
                new Endpoint("GET /api/loans/{id}/schedule?format=xlsx", Set.copyOf(ROLES),
                        t -> api.get("/api/loans/" + shared + "/schedule?format=xlsx", t)),
                new Endpoint("GET /api/customers/{id}/loans", Set.copyOf(ROLES),
                        t -> api.get("/api/customers/" + customerId + "/loans", t)),
                new Endpoint("POST /api/loans", Set.of("admin", "operator"),
                        t -> api.post("/api/loans", loan(customerId, "1000", "USD", "10", 12, "2026-01-01").build().toString(), t)),
                new Endpoint("PUT /api/loans/{id}", Set.of("admin", "operator"),
                        t -> api.put("/api/loans/" + shared, loan(null, "10000000", "COP", "24", 12, "2026-01-15")
                                .add("purpose", "by " + t.hashCode()).build().toString(), t, Map.of())),
                new Endpoint("POST /api/loans/{id}/status", Set.of("admin", "operator"),
                        t -> status(createLoan(customerId), "APPROVED", t)),
                new Endpoint("DELETE /api/loans/{id}", Set.of("admin"), t -> api.delete("/api/loans/" + createLoan(customerId), t)),
                new Endpoint("POST /api/admin/demo-data/loans", Set.of("admin"),
                        t -> api.post("/api/admin/demo-data/loans?loans=1", null, t)));
        assertEquals(List.of(), TOKENS.mismatches(api, admin, endpoints));
        assertEquals(401, api.get("/api/loans", null).status(), "no token");
    }

    private String token(String role) {
        return TOKENS.token(api, role, admin);
    }

    /** A customer of this test alone: a passport number nobody else uses. */
    private JsonObject newCustomer() {
        String number = "LN" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Api.Reply reply = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "PASSPORT")
                .add("documentNumber", number).add("firstName", "Prestataria").add("lastName", "De Prueba")
                .add("country", "EC").build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** The check vector: 10,000,000 COP at 24 % over 12 months from 2026-01-15. */
    private long createLoan(long customerId) {
        Api.Reply reply = api.post("/api/loans", loan(customerId, "10000000", "COP", "24", 12, "2026-01-15").build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private Api.Reply status(long id, String status, String token) {
        return api.post("/api/loans/" + id + "/status", Json.createObjectBuilder().add("status", status).build().toString(), token);
    }

    private static JsonObjectBuilder loan(Long customerId, String principal, String currency, String rate, int term, String start) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("principal", new BigDecimal(principal))
                .add("currency", currency).add("annualRate", new BigDecimal(rate)).add("termMonths", term);
        if (customerId != null) {
            builder.add("customerId", customerId);
        }
        if (start != null) {
            builder.add("startDate", start);
        }
        return builder;
    }

    private HttpResponse<byte[]> bytes(String path, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(Api.Reply reply) {
        return reply.ids();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    private static Set<String> errorFields(Api.Reply reply) {
        return reply.errorFields();
    }
}
