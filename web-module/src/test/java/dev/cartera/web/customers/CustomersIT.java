package dev.cartera.web.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.customers.documents.RucKind;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer directory through HTTP: CRUD, the cédula/RUC rule, lookup, filters and paging. */
@SharedServer
class CustomersIT {

    /**
     * Fresh valid documents every run: the integration tests share one database, and the documents of the sample
     * files belong to the import tests.
     */
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
    void aCedulaAndARucWithTheSameDigitsAreTwoCustomers() {
        long quito = cityId("EC", "17", "Quito");
        String digits = RandomDocumentNumbers.randomCedula("17", RANDOM);
        String spelled = digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "-"
                + digits.substring(8);
        Api.Reply cedula = create(person("CI", spelled, "Ana", "Pérez").add("cityId", quito));
        assertEquals(201, cedula.status(), cedula::toString);
        assertEquals(digits, cedula.json().getString("documentNumber"));
        assertEquals("PERSON", cedula.json().getString("kind"));
        assertEquals("17", cedula.json().getString("documentProvinceCode"));

        Api.Reply ruc = create(company("RUC", digits + "001", "Ana Pérez Servicios").add("cityId", quito));
        assertEquals(400, ruc.status(), "a natural person's RUC takes a person's names: " + ruc);
        ruc = create(person("RUC", digits + "001", "Ana", "Pérez").add("tradeName", "Servicios AP").add("cityId", quito));
        assertEquals(201, ruc.status(), ruc::toString);
        assertTrue(ruc.json().getJsonNumber("id").longValue() != cedula.json().getJsonNumber("id").longValue());

        Api.Reply cedulaAsRuc = create(company("RUC", "0602910945", "Falsa S.A."));
        assertEquals(400, cedulaAsRuc.status());
        String message = cedulaAsRuc.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.toLowerCase().contains("cédula"), message);

        assertEquals(cedula.json().getInt("id"), lookup("CI", digits).json().getJsonObject("customer").getInt("id"));
        assertEquals(ruc.json().getInt("id"), lookup("RUC", digits + "-001").json().getJsonObject("customer").getInt("id"));
        assertEquals(409, create(person("CI", digits, "Otra", "Persona")).status(), "the same document twice");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        Api.Reply reply = create(Json.createObjectBuilder().add("documentType", "CI").add("documentNumber", "0926687856")
                .add("email", "atencionsoldelamanana.ec").add("phone", "12"));
        assertEquals(400, reply.status());
        var fields = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).sorted().toList();
        assertEquals(List.of("email", "firstName", "lastName", "phone"), fields);

        Api.Reply badChecksum = create(person("CI", "1714307104", "Ana", "Pérez"));
        assertEquals(400, badChecksum.status());
        assertEquals("documentNumber", badChecksum.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, create(person("DNI", "12345678", "Ana", "Pérez")).status(), "an unknown document type");
    }

    @Test
    void phonesAreStoredInE164AndACityInAnotherProvinceIsAWarning() {
        long cuenca = cityId("EC", "01", "Cuenca");
        Api.Reply reply = create(person("CI", RandomDocumentNumbers.randomCedula("09", RANDOM), "Luis", "Cedeño").add("cityId", cuenca)
                .add("phone", "(07) 284-5902").add("email", " Luis.Cedeno@Example.COM "));
        assertEquals(201, reply.status(), reply::toString);
        JsonObject customer = reply.json();
        assertEquals("+59372845902", customer.getString("phone"));
        assertEquals("Luis.Cedeno@example.com", customer.getString("email"));
        assertEquals("Cuenca", customer.getString("city"));
        assertEquals("01", customer.getJsonObject("province").getString("code"));
        assertEquals("EC", customer.getString("country"));
        assertEquals(1, customer.getJsonArray("warnings").size(), "cédula from Guayas, city in Azuay");
    }

    @Test
    void updatesAreGuardedByVersionAndNeverChangeTheDocument() {
        Api.Reply created = create(company("NIT", "860001986-1", "Cafetera Andina S.A.S.").add("cityId", cityId("CO", "11", "Bogotá")));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String etag = created.header("ETag");

        Api.Reply updated = api.put("/api/customers/" + id, company(null, null, "Cafetera Andina S.A.S.")
                .add("tradeName", "Café Andino").add("phone", "601 555 0100").build().toString(), admin, Map.of("If-Match", etag));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Café Andino", updated.json().getString("displayName"));
        assertEquals("+576015550100", updated.json().getString("phone"));

        assertEquals(412, api.put("/api/customers/" + id, company(null, null, "Otra S.A.S.").build().toString(), admin,
                Map.of("If-Match", etag)).status(), "a stale version");
        Api.Reply documentChange = api.put("/api/customers/" + id, company("NIT", "9002064802", "Otra S.A.S.").build().toString(),
                admin, Map.of());
        assertEquals(400, documentChange.status());
        assertEquals("documentNumber", documentChange.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        String operator = roleToken("operator");
        assertEquals(403, api.delete("/api/customers/" + id, operator).status());
        assertEquals(204, api.delete("/api/customers/" + id, admin).status());
        assertEquals(404, api.get("/api/customers/" + id, admin).status());
    }

    /** A CNPJ sent back with its dots, slash and dash is the customer's own document, not a change of it. */
    @Test
    void anUpdateMayRepeatTheDocumentInAnySpellingTheRulesAccept() {
        String cnpj = RandomDocumentNumbers.randomCnpj(false, RANDOM);
        String written = cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
                + cnpj.substring(8, 12) + "-" + cnpj.substring(12);
        Api.Reply created = create(company("CNPJ", written, "Comércio Paulista Ltda."));
        assertEquals(201, created.status(), created::toString);
        assertEquals(cnpj, created.json().getString("documentNumber"));
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply updated = api.put("/api/customers/" + id, company("cnpj", written, "Comércio Paulista S.A.").build()
                .toString(), admin, Map.of());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("Comércio Paulista S.A.", updated.json().getString("displayName"));
        Api.Reply plain = api.put("/api/customers/" + id, company("CNPJ", cnpj, "Comércio Paulista S.A.").build()
                .toString(), admin, Map.of());
        assertEquals(200, plain.status(), plain::toString);
        Api.Reply another = api.put("/api/customers/" + id, company("CNPJ", RandomDocumentNumbers.randomCnpj(false, RANDOM),
                "Comércio Paulista S.A.").build().toString(), admin, Map.of());
        assertEquals(400, another.status(), another::toString);
        assertEquals("documentNumber", another.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        // the filter test counts no Brazilian customer in the shared database
        assertEquals(204, api.delete("/api/customers/" + id, admin).status());
    }

    @Test
    void lookupIsForAgentsAndSaysWhenNobodyHasTheDocument() {
        String agent = roleToken("agent");
        Api.Reply missing = api.get("/api/customers/lookup?documentType=RUC&documentNumber=1790011674001", agent);
        if (missing.status() == 200) {
            return; // a demo customer happens to hold it: nothing to assert about absence
        }
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.json().getString("detail").contains("1790011674001"));
        assertEquals(403, api.get("/api/customers/lookup?documentType=CI&documentNumber=1714307103", roleToken("user")).status());
        assertEquals(400, api.get("/api/customers/lookup?documentType=CI&documentNumber=1714307104", agent).status());
    }

    @Test
    void everyFilterOperatorWorksAndUnknownOnesAre400() {
        long quito = cityId("EC", "17", "Quito");
        String companyRuc = RandomDocumentNumbers.randomRuc(RucKind.PRIVATE_COMPANY, "17", RANDOM);
        create(person("CI", RandomDocumentNumbers.randomCedula("17", RANDOM), "Zoila", "Quintana Pérez").add("cityId", quito));
        create(company("RUC", companyRuc, "Sol Eterno S.A.").add("cityId", quito).add("email", "atencion@soleterno.ec"));

        assertContainsOnly("name.contains=" + enc("QUINTANA perez"), "Zoila Quintana Pérez");
        assertTrue(count("documentType.equals=RUC") >= 1);
        assertEquals(count("documentType.equals=RUC") + count("documentType.equals=CI"), count("documentType.in=CI,RUC"));
        assertTrue(count("cityId.equals=" + quito) >= 2);
        assertEquals(count("cityId.equals=" + quito), count("cityId.in=" + quito));
        assertTrue(count("provinceCode.equals=17&country.equals=EC") >= 2);
        assertEquals(0, count("country.equals=BR"));
        assertEquals(1, count("documentNumber.equals=" + companyRuc));
        assertTrue(count("email.contains=soleterno") >= 1);
        assertEquals(count(""), count("email.specified=true") + count("email.specified=false"));
        assertEquals(count(""), count("createdAt.greaterThanOrEqual=2020-01-01"));
        assertEquals(0, count("createdAt.lessThan=2020-01-01"));
        assertEquals(0, count("createdAt.greaterThan=2999-01-01T00:00:00Z"));
        assertEquals(count(""), count("updatedAt.lessThanOrEqual=2999-01-01"));

        for (String bad : List.of("password.equals=x", "name.like=x", "name=x", "country.greaterThan=EC", "createdAt.lessThan=ayer")) {
            Api.Reply reply = api.get("/api/customers?" + bad, admin);
            assertEquals(400, reply.status(), bad + ": " + reply);
            assertEquals(bad.substring(0, bad.indexOf('=')), reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void demoDataIsReproducibleForASeedAndNeverDuplicated() {
        Api.Reply first = api.post("/api/admin/demo-data?customers=12&seed=777", null, admin);
        assertEquals(200, first.status(), first::toString);
        assertEquals(12, first.json().getInt("requested"));
        long created = first.json().getInt("created");
        assertTrue(created >= 11, "a fresh seed creates (nearly) all: " + first);

        Api.Reply again = api.post("/api/admin/demo-data?customers=12&seed=777", null, admin);
        assertEquals(0, again.json().getInt("created"), "the same seed gives the same customers, already there");
        assertEquals(12, again.json().getInt("skipped"));

        assertEquals(403, api.post("/api/admin/demo-data?customers=1&seed=1", null, roleToken("operator")).status());
        assertEquals(400, api.post("/api/admin/demo-data?customers=0", null, admin).status());
        Api.Reply page = api.get("/api/customers?size=50&sort=id,desc", admin);
        for (JsonObject customer : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            Api.Reply found = api.get("/api/customers/lookup?documentType=" + customer.getString("documentType")
                    + "&documentNumber=" + customer.getString("documentNumber"), admin);
            assertEquals(200, found.status(), "every demo document is valid and found: " + found);
            assertTrue(found.json().containsKey("summary"));
        }
    }

    @Test
    void listsArePaged() {
        Api.Reply page = api.get("/api/customers?page=1&size=5&sort=name,desc", admin);
        assertEquals(200, page.status(), page::toString);
        assertEquals(5, page.json().getInt("size"));
        assertEquals(page.json().getJsonNumber("totalItems").toString(), page.header("X-Total-Count"));
        String links = String.join(",", page.response().headers().allValues("Link"));
        assertTrue(links.contains("rel=\"prev\"") && links.contains("rel=\"first\"") && links.contains("rel=\"last\""), links);
    }

    private Api.Reply create(JsonObjectBuilder body) {
        return api.post("/api/customers", body.build().toString(), admin);
    }

    private Api.Reply lookup(String type, String number) {
        Api.Reply reply = api.get("/api/customers/lookup?documentType=" + type + "&documentNumber=" + enc(number), admin);
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private long count(String query) {
        Api.Reply reply = api.get("/api/customers?size=1&" + query, admin);
        assertEquals(200, reply.status(), query + ": " + reply);
        return reply.json().getJsonNumber("totalItems").longValue();
    }

    private void assertContainsOnly(String query, String displayName) {
        Api.Reply reply = api.get("/api/customers?" + query, admin);
        assertEquals(200, reply.status(), reply::toString);
        var names = reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("displayName")).toList();
        assertEquals(List.of(displayName), names);
    }

    private long cityId(String country, String provinceCode, String name) {
        Api.Reply cities = api.get("/api/reference/cities?country=" + country + "&provinceCode=" + provinceCode, admin);
        assertEquals(200, cities.status(), cities::toString);
        return cities.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(city -> city.getString("name").equals(name)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private String roleToken(String role) {
        String username = role + "-" + System.nanoTime();
        api.createUser(admin, username, role, "password-" + role);
        return api.login(username, "password-" + role);
    }

    private static JsonObjectBuilder person(String type, String number, String first, String last) {
        return document(type, number).add("firstName", first).add("lastName", last);
    }

    private static JsonObjectBuilder company(String type, String number, String legalName) {
        return document(type, number).add("legalName", legalName);
    }

    private static JsonObjectBuilder document(String type, String number) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        if (type != null) {
            builder.add("documentType", type).add("documentNumber", number);
        }
        return builder;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
