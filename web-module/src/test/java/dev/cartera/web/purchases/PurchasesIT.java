package dev.cartera.web.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.RoleTokens.Endpoint;
import dev.cartera.web.it.RoleTokens;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purchases through HTTP: CRUD, every filter, paging and sorting, duplicate invoices (also at the same moment), the
 * customer's side (their purchases, the lookup, no delete while they have purchases), the demo purchases and the
 * role matrix. The database is shared with other test classes: every test works on customers it registers. The
 * customer's export with their purchases is tested in {@code CustomerExportIT}, the CSV import in {@code ImportsIT}.
 */
@SharedServer
class PurchasesIT {

    private static final RoleTokens TOKENS = new RoleTokens("purchases");
    private static final SplittableRandom RANDOM = new SplittableRandom();

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
    void createReadUpdateDelete() {
        JsonObject customer = newCustomer(api, admin);
        long customerId = customer.getJsonNumber("id").longValue();
        String invoice = invoice();

        Api.Reply created = api.post("/api/purchases", purchase(customerId, invoice.toLowerCase(), "2026-10-31T23:59:59Z",
                "1500000.5", "store").add("store", " Quito - Quicentro ").build().toString(), token("operator"));
        assertEquals(201, created.status(), created::toString);
        JsonObject purchase = created.json();
        long id = purchase.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/purchases/" + id), created.header("Location"));
        assertNotNull(created.header("ETag"));
        assertEquals(invoice, purchase.getString("invoiceNumber"), "stored in upper case");
        assertEquals(new BigDecimal("1500000.50"), purchase.getJsonNumber("amount").bigDecimalValue());
        assertEquals("COP", purchase.getString("currency"));
        assertEquals("STORE", purchase.getString("channel"));
        assertEquals("Quito - Quicentro", purchase.getString("store"));
        assertEquals("COMPLETED", purchase.getString("status"));
        assertEquals("2026-10-31T23:59:59Z", purchase.getString("purchasedAt"));

        Api.Reply byDocument = api.post("/api/purchases", Json.createObjectBuilder().add("customerDocumentType", "ci")
                .add("customerDocumentNumber", dotted(customer.getString("documentNumber"))).add("invoiceNumber", invoice())
                .add("purchasedAt", "2026-10-01T05:00:00Z").add("amount", 89900).add("channel", "ONLINE")
                .add("status", "REFUNDED").build().toString(), admin);
        assertEquals(201, byDocument.status(), byDocument::toString);
        assertEquals(customerId, byDocument.json().getJsonNumber("customerId").longValue());
        assertTrue(byDocument.json().getOrDefault("store", JsonValue.NULL) == JsonValue.NULL, "no store online");

        Api.Reply duplicate = api.post("/api/purchases", purchase(customerId, " " + invoice + " ", "2026-10-02T10:00:00Z",
                "10", "PHONE").build().toString(), admin);
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertTrue(duplicate.json().getString("detail").contains("Invoice " + invoice + " is already recorded: purchase "
                + id), duplicate::toString);
        Api.Reply invalid = api.post("/api/purchases", Json.createObjectBuilder().add("customerId", customerId)
                .add("invoiceNumber", "=1+2").add("purchasedAt", "2999-01-01T00:00:00Z").add("amount", -1)
                .add("channel", "FAX").add("status", "PAID").build().toString(), admin);
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(Set.of("invoiceNumber", "purchasedAt", "amount", "channel", "status"), invalid.errorFields());
        assertEquals(404, api.post("/api/purchases", purchase(Long.MAX_VALUE, invoice(), "2026-10-02T10:00:00Z", "10",
                "PHONE").build().toString(), admin).status(), "an unknown customer");
        Api.Reply noCustomer = api.post("/api/purchases", purchase(null, invoice(), "2026-10-02T10:00:00Z", "10", "PHONE")
                .build().toString(), admin);
        assertEquals(Set.of("customerId"), noCustomer.errorFields());
        assertEquals(400, api.post("/api/purchases", "{\"customerId\":1,\"purchasedAt\":\"yesterday\"}", admin).status());

        Api.Reply read = api.get("/api/purchases/" + id, token("agent"));
        assertEquals(200, read.status());
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals(404, api.get("/api/purchases/" + Long.MAX_VALUE, admin).status());

        Api.Reply refunded = api.put("/api/purchases/" + id, changes("2026-10-31T23:59:59Z", "1500000.50", "STORE",
                "REFUNDED").build().toString(), token("operator"), Map.of("If-Match", created.header("ETag")));
        assertEquals(200, refunded.status(), refunded::toString);
        assertEquals("REFUNDED", refunded.json().getString("status"));
        assertEquals(invoice, refunded.json().getString("invoiceNumber"), "never changes");
        assertTrue(!created.header("ETag").equals(refunded.header("ETag")));
        assertEquals(412, api.put("/api/purchases/" + id, changes("2026-10-31T23:59:59Z", "1", "STORE", "COMPLETED")
                .build().toString(), admin, Map.of("If-Match", created.header("ETag"))).status(), "a stale version");
        Api.Reply same = api.put("/api/purchases/" + id, changes("2026-10-31T23:59:59Z", "1500000.5", "store", "refunded")
                .build().toString(), admin, Map.of("If-Match", refunded.header("ETag")));
        assertEquals(refunded.header("ETag"), same.header("ETag"), "nothing changed, no new version: " + same);
        assertEquals(400, api.put("/api/purchases/" + id, changes(null, "0", "STORE", "COMPLETED").build().toString(),
                admin, Map.of()).status());

        // the customer's side
        assertEquals(List.of(id, byDocument.json().getJsonNumber("id").longValue()),
                api.get("/api/customers/" + customerId + "/purchases?sort=id", token("user")).ids());
        assertEquals(404, api.get("/api/customers/" + Long.MAX_VALUE + "/purchases", admin).status());
        Api.Reply lookup = api.get("/api/customers/lookup?documentType=CI&documentNumber="
                + customer.getString("documentNumber"), token("agent"));
        assertEquals(2, lookup.json().getJsonObject("summary").getInt("purchases"), lookup::toString);
        Api.Reply refused = api.delete("/api/customers/" + customerId, admin);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.json().getString("detail").contains("2 purchases"), refused::toString);

        assertEquals(204, api.delete("/api/purchases/" + id, token("operator")).status());
        assertEquals(204, api.delete("/api/purchases/" + byDocument.json().getJsonNumber("id").longValue(), admin).status());
        assertEquals(404, api.get("/api/purchases/" + id, admin).status());
        assertEquals(204, api.delete("/api/customers/" + customerId, admin).status(), "no purchases left");
    }

    @Test
    void everyFilterPagingAndSorting() {
        long customerId = newCustomer(api, admin).getJsonNumber("id").longValue();
        long a = create(purchase(customerId, "A-" + invoice(), "2026-09-30T23:00:00Z", "100000", "STORE").add("store", "Cuenca - Mall del Río"));
        long b = create(purchase(customerId, "B-" + invoice(), "2026-10-01T05:00:00Z", "5000000", "ONLINE"));
        long c = create(purchase(customerId, "C-" + invoice(), "2026-10-31T12:00:00Z", "2500000.75", "PHONE").add("status", "CANCELLED"));
        long d = create(purchase(customerId, "D-" + invoice(), "2026-11-01T05:00:00Z", "999.99", "STORE").add("store", "Quito - El Recreo").add("status", "REFUNDED"));
        String mine = "/api/purchases?customerId.equals=" + customerId;

        assertEquals(List.of(a, b, c, d), api.get(mine + "&sort=id", admin).ids());
        assertEquals(List.of(b, c), api.get(mine + "&purchasedAt.greaterThanOrEqual=2026-10-01T05:00:00Z"
                + "&purchasedAt.lessThan=2026-11-01T05:00:00Z&sort=purchasedAt", admin).ids(), "October in Guayaquil");
        assertEquals(List.of(b, c, d), api.get(mine + "&purchasedAt.greaterThan=2026-10-01&sort=id", admin).ids());
        assertEquals(List.of(b, c), api.get(mine + "&amount.greaterThanOrEqual=1000000&amount.lessThanOrEqual=5000000"
                + "&sort=id", admin).ids());
        assertEquals(List.of(d), api.get(mine + "&amount.lessThan=1000", admin).ids());
        assertEquals(List.of(b), api.get(mine + "&amount.equals=5000000.00", admin).ids());
        assertEquals(List.of(c, d), api.get(mine + "&status.in=cancelled,REFUNDED&sort=id", admin).ids());
        assertEquals(List.of(a, b), api.get(mine + "&status.equals=COMPLETED&sort=id", admin).ids());
        assertEquals(List.of(a, d), api.get(mine + "&channel.in=STORE&sort=id", admin).ids());
        assertEquals(List.of(b, c), api.get(mine + "&channel.in=online,phone&sort=id", admin).ids());
        assertEquals(List.of(d), api.get(mine + "&store.contains=Recreo", admin).ids());
        assertEquals(List.of(d), api.get(mine + "&store.contains=RECREO", admin).ids(), "in any case");
        assertEquals(List.of(a), api.get(mine + "&store.equals=" + query("cuenca  -  MALL DEL RIO"), admin).ids(), "case, accents and spaces folded");
        assertEquals(List.of(a, d), api.get(mine + "&store.in=" + query("Cuenca - Mall del Rio,Quito - El Recreo") + "&sort=id", admin).ids());
        assertEquals(List.of(b, c), api.get(mine + "&store.specified=false&sort=id", admin).ids());
        String invoiceOfC = api.get("/api/purchases/" + c, admin).json().getString("invoiceNumber");
        assertEquals(List.of(c), api.get("/api/purchases?invoiceNumber.equals=" + invoiceOfC.toLowerCase(), admin).ids());
        assertEquals(List.of(a, b, c, d), api.get(mine + "&createdAt.greaterThan=2020-01-01&sort=id", admin).ids());

        assertEquals(List.of(d, a, c, b), api.get(mine + "&sort=amount,asc", admin).ids());
        assertEquals(List.of(d, c, b, a), api.get(mine + "&sort=purchasedAt,desc", admin).ids());
        assertEquals(List.of(a, b, c, d), api.get(mine + "&sort=invoiceNumber", admin).ids());
        assertEquals(List.of(a, b, c, d), api.get(mine + "&sort=createdAt", admin).ids());
        Api.Reply page = api.get(mine + "&size=3&page=1&sort=purchasedAt,asc", admin);
        assertEquals("4", page.header("X-Total-Count"));
        assertEquals(List.of(d), page.ids());
        assertEquals(2, page.json().getInt("totalPages"));
        assertTrue(page.response().headers().allValues("Link").stream().anyMatch(link -> link.contains("rel=\"prev\"")),
                page.response().headers().allValues("Link")::toString);
        assertEquals(List.of(c, d), api.get("/api/customers/" + customerId + "/purchases?status.in=CANCELLED,REFUNDED"
                + "&sort=amount,desc", admin).ids(), "the customer's list takes the same filters and sorts");

        assertEquals(400, api.get("/api/purchases?status.in=COMPLETED,PAID", admin).status());
        assertEquals(400, api.get("/api/purchases?channel.equals=FAX", admin).status());
        assertEquals(400, api.get("/api/purchases?total.equals=1", admin).status(), "an unknown field");
        assertEquals(400, api.get("/api/purchases?amount.contains=1", admin).status(), "an operator the field lacks");
        assertEquals(400, api.get("/api/purchases?amount.greaterThan=mucho", admin).status());
        assertEquals(400, api.get("/api/purchases?purchasedAt.lessThan=ayer", admin).status());
        assertEquals(400, api.get("/api/purchases?sort=store", admin).status());
        assertEquals(400, api.get("/api/purchases?page=-1", admin).status());
    }

    @Test
    void theSameInvoiceSentAtOnceIsRecordedOnce() {
        long customerId = newCustomer(api, admin).getJsonNumber("id").longValue();
        String body = purchase(customerId, invoice(), "2026-10-10T15:00:00Z", "250000", "ONLINE").build().toString();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Integer> statuses;
        try {
            statuses = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> api.post("/api/purchases", body, admin).status(), threads))
                    .toList().stream().map(CompletableFuture::join).sorted().toList();
        } finally {
            threads.shutdown();
        }

        assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);
        assertEquals(1, api.get("/api/customers/" + customerId + "/purchases", admin).json().getInt("totalItems"));
    }

    @Test
    void theFirstStartGaveDemoPurchasesAndAdminsCanAddMoreOncePerSeed() {
        assertTrue(Long.parseLong(api.get("/api/purchases?size=1&invoiceNumber.specified=true&status.equals=CANCELLED",
                admin).header("X-Total-Count")) > 0, "demo purchases in every status");
        Api.Reply first = api.post("/api/admin/demo-data/purchases?customers=5&seed=424242", null, admin);
        assertEquals(200, first.status(), first::toString);
        assertTrue(first.json().getInt("created") > 0, first::toString);
        Api.Reply again = api.post("/api/admin/demo-data/purchases?customers=5&seed=424242", null, admin);
        assertEquals(0, again.json().getInt("created"), again::toString);
        assertEquals(first.json().getInt("created"), again.json().getInt("skipped"));
        assertEquals(400, api.post("/api/admin/demo-data/purchases?customers=0", null, admin).status());
        assertEquals(400, api.post("/api/admin/demo-data/purchases?seed=-1", null, admin).status());
    }

    /** Every role against every purchases endpoint: operators and admins write, everyone reads (users read only). */
    @Test
    void theRoleMatrix() {
        long customerId = newCustomer(api, admin).getJsonNumber("id").longValue();
        long shared = create(purchase(customerId, invoice(), "2026-10-10T15:00:00Z", "1000", "STORE"));
        Set<String> everyone = Set.copyOf(RoleTokens.ROLES);
        Set<String> writers = Set.of("admin", "operator");
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /api/purchases", everyone, t -> api.get("/api/purchases", t)),
                new Endpoint("GET /api/purchases/{id}", everyone, t -> api.get("/api/purchases/" + shared, t)),
                new Endpoint("GET /api/customers/{id}/purchases", everyone,
                        t -> api.get("/api/customers/" + customerId + "/purchases", t)),
                new Endpoint("POST /api/purchases", writers, t -> api.post("/api/purchases",
                        purchase(customerId, invoice(), "2026-10-10T15:00:00Z", "1000", "STORE").build().toString(), t)),
                new Endpoint("PUT /api/purchases/{id}", writers, t -> api.put("/api/purchases/" + shared,
                        changes("2026-10-10T15:00:00Z", "1000", "STORE", "COMPLETED").add("store", "by " + t.hashCode())
                                .build().toString(), t, Map.of())),
                new Endpoint("DELETE /api/purchases/{id}", writers, t -> api.delete("/api/purchases/"
                        + create(purchase(customerId, invoice(), "2026-10-10T15:00:00Z", "1000", "STORE")), t)),
                new Endpoint("POST /api/admin/demo-data/purchases", Set.of("admin"),
                        t -> api.post("/api/admin/demo-data/purchases?customers=1&seed=77", null, t)));

        assertEquals(List.of(), TOKENS.mismatches(api, admin, endpoints));
        assertEquals(401, api.get("/api/purchases", null).status(), "no token");
    }

    private String token(String role) {
        return TOKENS.token(api, role, admin);
    }

    private long create(JsonObjectBuilder purchase) {
        Api.Reply reply = api.post("/api/purchases", purchase.build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A customer of this test alone: a fresh cédula. */
    static JsonObject newCustomer(Api api, String admin) {
        Api.Reply reply = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", RandomDocumentNumbers.randomCedula("09", RANDOM.split()))
                .add("firstName", "Compradora").add("lastName", "De Prueba").build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    /** An invoice number nobody else uses, in upper case as stored. */
    static String invoice() {
        return "FT-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    static JsonObjectBuilder purchase(Long customerId, String invoice, String at, String amount, String channel) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("invoiceNumber", invoice).add("purchasedAt", at)
                .add("amount", new BigDecimal(amount)).add("channel", channel).add("status", "COMPLETED");
        return customerId == null ? builder : builder.add("customerId", customerId);
    }

    private static JsonObjectBuilder changes(String at, String amount, String channel, String status) {
        JsonObjectBuilder builder = Json.createObjectBuilder().add("amount", new BigDecimal(amount)).add("channel", channel)
                .add("status", status).add("store", "Quito - Quicentro");
        return at == null ? builder : builder.add("purchasedAt", at);
    }

    /** 0912345678 as 091.234.567-8: the lookup takes any usual spelling. */
    private static String dotted(String cedula) {
        return cedula.substring(0, 3) + "." + cedula.substring(3, 6) + "." + cedula.substring(6, 9) + "-" + cedula.substring(9);
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
