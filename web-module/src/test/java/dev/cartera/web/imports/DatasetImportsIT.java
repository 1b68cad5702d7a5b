package dev.cartera.web.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.customers.documents.RucKind;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import dev.cartera.web.it.TestConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pets, loans and purchases datasets through the imports API on a real server, in chunks of 2 rows. The loans
 * and purchases files are the samples of docs/samples with this test's own customers put in place of the sample
 * documents, since every integration test shares one database.
 */
@SharedServer(TestConfiguration.class)
class DatasetImportsIT {

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
    void thePetRegisterImportsAsPetsAndAgainChangesNothing() {
        byte[] register = Imports.sample("pets-register.csv");
        JsonObject first = imports.run("pets", "apply", "pets.csv", register);
        assertEquals("SUCCEEDED", first.getString("status"), first::toString);
        JsonObject counts = first.getJsonObject("counts");
        assertEquals(10, counts.getInt("read"));
        assertEquals(0, counts.getInt("rejected"), first::toString);
        assertEquals(List.of("MISSING_COLUMN", "EMPTY_VALUE", "WRONG_TYPE", "OUT_OF_RANGE", "VALUE_TOO_LONG",
                "DUPLICATE_IN_FILE", "MALFORMED_ROW"), first.getJsonArray("validations").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        new String(register, StandardCharsets.UTF_8).lines().skip(1).forEach(line -> {
            String[] fields = line.split(",");
            JsonObject pet = api.get("/api/pet/" + fields[0], admin).json();
            assertEquals(List.of(fields[1], fields[2], fields[3], Integer.parseInt(fields[4])), List.of(
                    pet.getString("nome_pet"), pet.getString("dono"), pet.getString("raca"), pet.getInt("data_nascimento")));
        });

        Imports.assertCounts(imports.run("pets", "apply", "pets.csv", register), 10, 0, 0, 10, 0);
    }

    @Test
    void petsInSpanishWithUuidsAndDatesAndEveryPetsRule() {
        JsonObject valid = imports.run("pets", "apply", "mascotas.csv", Imports.sample("pets-valid.csv"));
        Imports.assertCounts(valid, 3, 3, 0, 0, 0);
        assertEquals(";", valid.getString("delimiter"));
        JsonObject toby = api.get("/api/pet/d23f0824128b4f338c5c7fd0a6a3a450", admin).json();
        assertEquals("Toby", toby.getString("nome_pet"), toby::toString);
        assertEquals(2020, toby.getInt("data_nascimento"));
        assertEquals(200, api.get("/api/pet/6513270e269e4d37b2a74de452e6b438", admin).status(), "dashes removed");

        JsonObject invalid = imports.run("pets", "apply", "pets-invalid.csv", Imports.sample("pets-invalid.csv"));
        Imports.assertCounts(invalid, 8, 1, 0, 0, 7);
        assertEquals(new TreeMap<>(Map.of(2L, "nome_pet EMPTY_VALUE", 3L, "petId WRONG_TYPE",
                4L, "data_nascimento WRONG_TYPE", 5L, "data_nascimento OUT_OF_RANGE", 6L, "dono VALUE_TOO_LONG",
                7L, "null DUPLICATE_IN_FILE", 8L, "null MALFORMED_ROW")), imports.issues(invalid.getString("id")));
        assertEquals(2017, api.get("/api/pet/36f675cc81e74ef5a8e25d940ed90475", admin).json().getInt("data_nascimento"),
                "the first of two rows with one petId wins");

        JsonObject missing = imports.run("pets", "apply", "no-owner.csv",
                "petId,nome_pet,raca,data_nascimento\r\n0cb1e29c658c4a1495e60af593bd04cf,Coco,Pug,2020\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", missing.getString("status"), missing::toString);
        assertEquals(Map.of(0L, "null MISSING_COLUMN"), imports.issues(missing.getString("id")));
    }

    @Test
    void theLoansSampleCreatesLoansInTheirStatusesAndAgainChangesNothing() {
        Customers customers = new Customers();
        String file = customers.inSample("loans-valid.csv");
        JsonObject first = imports.run("loans", "apply", "prestamos.csv", file.getBytes(StandardCharsets.UTF_8));
        assertEquals("SUCCEEDED", first.getString("status"), first::toString);
        Imports.assertCounts(first, 4, 4, 0, 0, 0);

        JsonObject loans = api.get("/api/customers/" + customers.ana + "/loans?sort=startDate,asc", admin).json();
        assertEquals(2, loans.getInt("totalItems"), loans::toString);
        JsonObject active = loans.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("10000000.00", "COP", "24.0000", 12, "2026-01-15", "ACTIVE", "Capital de trabajo"),
                List.of(active.getJsonNumber("principal").bigDecimalValue().toPlainString(), active.getString("currency"),
                        active.getJsonNumber("annualRate").bigDecimalValue().setScale(4).toPlainString(),
                        active.getInt("termMonths"), active.getString("startDate"), active.getString("status"),
                        active.getString("purpose")));
        assertEquals("REQUESTED", loans.getJsonArray("items").getJsonObject(1).getString("status"), "no status given");
        assertEquals("PAID", api.get("/api/customers/" + customers.company + "/loans", admin).json()
                .getJsonArray("items").getJsonObject(0).getString("status"));

        Imports.assertCounts(imports.run("loans", "apply", "prestamos.csv", file.getBytes(StandardCharsets.UTF_8)),
                4, 0, 0, 4, 0);

        // the field's next file: Ana's loan paid off; the company's paid loan cannot be active again
        String next = "Cédula;RUC;Monto;Moneda;Tasa;Plazo;Fecha de inicio;Estado\r\n"
                + customers.anaCedula + ";;10000000;COP;24;12;2026-01-15;Pagado\r\n"
                + ";" + customers.companyRuc + ";150000000;COP;18.75;60;2025-07-01;Activo\r\n";
        JsonObject moved = imports.run("loans", "apply", "estados.csv", next.getBytes(StandardCharsets.UTF_8));
        Imports.assertCounts(moved, 2, 0, 1, 0, 1);
        assertEquals(Map.of(2L, "Estado ILLEGAL_TRANSITION"), imports.issues(moved.getString("id")));
        assertEquals("PAID", api.get("/api/loans/" + active.getJsonNumber("id").longValue(), admin).json()
                .getString("status"));
    }

    @Test
    void everyLoansRuleIsReportedOnItsRowAndColumn() {
        Customers customers = new Customers();
        JsonObject job = imports.run("loans", "apply", "loans-invalid.csv",
                customers.inSample("loans-invalid.csv").getBytes(StandardCharsets.UTF_8));
        Imports.assertCounts(job, 10, 1, 0, 0, 9);
        assertEquals(new TreeMap<>(Map.of(2L, "principal EMPTY_VALUE", 3L, "currency WRONG_TYPE",
                4L, "termMonths OUT_OF_RANGE", 5L, "customerDocumentNumber INVALID_DOCUMENT",
                6L, "customerDocumentNumber DOCUMENT_TYPE_MISMATCH", 7L, "customerDocumentNumber UNKNOWN_CUSTOMER",
                8L, "purpose VALUE_TOO_LONG", 9L, "null DUPLICATE_IN_FILE", 10L, "null MALFORMED_ROW")),
                imports.issues(job.getString("id")));

        // two loans with the same terms: a file cannot tell which one it means
        for (int i = 0; i < 2; i++) {
            Api.Reply created = api.post("/api/loans", Json.createObjectBuilder().add("customerId", customers.luis)
                    .add("principal", "700000").add("currency", "COP").add("annualRate", "15").add("termMonths", 10)
                    .add("startDate", "2026-04-01").build().toString(), admin);
            assertEquals(201, created.status(), created::toString);
        }
        String twice = "Cédula,Monto,Moneda,Tasa,Plazo,Fecha de inicio,Estado\r\n"
                + customers.luisCedula + ",700000,COP,15,10,2026-04-01,APPROVED\r\n";
        JsonObject ambiguous = imports.run("loans", "apply", "ambiguous.csv", twice.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of(1L, "null AMBIGUOUS_KEY"), imports.issues(ambiguous.getString("id")));
    }

    @Test
    void twoImportsOfTheSameNewLoansAtOnceCreateEachLoanOnce() {
        Customers customers = new Customers();
        String file = "Cédula,Monto,Moneda,Tasa,Plazo,Fecha de inicio\r\n" + IntStream.rangeClosed(1, 20)
                .mapToObj(i -> customers.anaCedula + "," + (100000 + i) + ",USD,10,12,2026-05-01\r\n")
                .collect(Collectors.joining());
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Api.Reply> a = CompletableFuture.supplyAsync(() -> imports.upload("loans", "apply", "a.csv", bytes));
        CompletableFuture<Api.Reply> b = CompletableFuture.supplyAsync(() -> imports.upload("loans", "apply", "b.csv", bytes));
        JsonObject first = imports.finished(a.join());
        JsonObject second = imports.finished(b.join());
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), List.of(first.getString("status"), second.getString("status")),
                () -> first + "\n" + second);
        assertEquals(20, first.getJsonObject("counts").getInt("created") + second.getJsonObject("counts").getInt("created"),
                () -> first + "\n" + second);
        JsonObject loans = api.get("/api/customers/" + customers.ana + "/loans?size=100", admin).json();
        assertEquals(20, loans.getInt("totalItems"), "each loan once");
    }

    /** The purchases samples: the valid file, the same again (nothing created or updated), then one row per rule. */
    @Test
    void thePurchasesSamplesImportOnceAndReportEveryPurchasesRule() {
        Customers customers = new Customers();
        byte[] valid = customers.inSample("purchases-valid.csv").getBytes(StandardCharsets.UTF_8);
        JsonObject first = imports.run("purchases", "apply", "compras.csv", valid);
        assertEquals("SUCCEEDED", first.getString("status"), first::toString);
        Imports.assertCounts(first, 6, 6, 0, 0, 0);
        assertTrue(first.getJsonArray("validations").toString().contains("INVOICE_OF_ANOTHER_CUSTOMER"), first::toString);
        List<JsonObject> anas = api.get("/api/customers/" + customers.ana + "/purchases?sort=purchasedAt", admin).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("001-002-000012345 2026-10-03T15:15:00Z 1250000.00 STORE COMPLETED",
                "001-002-000012346 2026-11-01T04:59:59Z 3750000.50 STORE COMPLETED"), anas.stream().map(this::summary)
                .toList(), "company time (Guayaquil), regional amounts, Spanish names");
        List<JsonObject> luis = api.get("/api/customers/" + customers.luis + "/purchases?sort=purchasedAt", admin).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("FE-99812 2026-09-30T23:45:00Z 450000.00 PHONE CANCELLED",
                "001-003-000000077 2026-10-15T05:00:00Z 89900.00 ONLINE COMPLETED"), luis.stream().map(this::summary)
                .toList(), "no status: COMPLETED");
        assertEquals("REFUNDED", api.get("/api/customers/" + customers.company + "/purchases?sort=purchasedAt", admin)
                .json().getJsonArray("items").getJsonObject(1).getString("status"));

        Imports.assertCounts(imports.run("purchases", "apply", "compras.csv", valid), 6, 0, 0, 6, 0);

        JsonObject invalid = imports.run("purchases", "apply", "purchases-invalid.csv",
                customers.inSample("purchases-invalid.csv").getBytes(StandardCharsets.UTF_8));
        Imports.assertCounts(invalid, 11, 1, 0, 0, 10);
        assertEquals(new TreeMap<>(Map.of(2L, "numero_factura EMPTY_VALUE", 3L, "fecha_compra WRONG_TYPE",
                4L, "monto OUT_OF_RANGE", 5L, "numero_documento INVALID_DOCUMENT",
                6L, "numero_documento DOCUMENT_TYPE_MISMATCH", 7L, "numero_documento UNKNOWN_CUSTOMER",
                8L, "numero_factura INVOICE_OF_ANOTHER_CUSTOMER", 9L, "tienda VALUE_TOO_LONG",
                10L, "null DUPLICATE_IN_FILE", 11L, "null MALFORMED_ROW")), imports.issues(invalid.getString("id")));
        assertEquals(customers.ana, api.get("/api/purchases?invoiceNumber.equals=001-002-000012345", admin).json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("customerId").longValue(), "still Ana's");

        JsonObject missing = imports.run("purchases", "apply", "no-invoice.csv",
                ("Cédula,Monto\r\n" + customers.anaCedula + ",10\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("FAILED", missing.getString("status"), missing::toString);
        assertTrue(missing.getString("message").contains("invoiceNumber"), missing::toString);
    }

    private String summary(JsonObject purchase) {
        return String.join(" ", purchase.getString("invoiceNumber"), purchase.getString("purchasedAt"),
                purchase.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString(),
                purchase.getString("channel"), purchase.getString("status"));
    }

    /** This test's own customers, registered fresh, standing in for the documents of the sample files. */
    private final class Customers {
        final String anaCedula = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        final String luisCedula = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        final String companyRuc = RandomDocumentNumbers.randomRuc(RucKind.PRIVATE_COMPANY, RANDOM);
        final String nobodysCedula = RandomDocumentNumbers.randomValid(DocumentTypeCode.CI, RANDOM);
        final long ana = register("CI", anaCedula, "Ana");
        final long luis = register("CI", luisCedula, "Luis");
        final long company = register("RUC", companyRuc, null);

        private long register(String type, String number, String firstName) {
            var customer = Json.createObjectBuilder().add("documentType", type).add("documentNumber", number);
            if (firstName == null) {
                customer.add("legalName", "Importadora de Prueba S.A.");
            } else {
                customer.add("firstName", firstName).add("lastName", "Prueba");
            }
            Api.Reply created = api.post("/api/customers", customer.build().toString(), admin);
            assertEquals(201, created.status(), created::toString);
            return created.json().getJsonNumber("id").longValue();
        }

        /** The sample file with these customers' documents in place of the sample's. */
        String inSample(String name) {
            String sample = new String(Imports.sample(name), StandardCharsets.UTF_8);
            assertTrue(sample.contains("1714307103"), name);
            return sample.replace("1714307103", anaCedula).replace("0602910945", luisCedula)
                    .replace("1760001550001", companyRuc).replace("1103456784", nobodysCedula);
        }
    }
}
