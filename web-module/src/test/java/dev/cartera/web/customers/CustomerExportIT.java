package dev.cartera.web.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.customers.documents.RucKind;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each export format downloaded over HTTP and parsed back, including a value that tries formula injection. */
@SharedServer
class CustomerExportIT {

    private static final String INJECTION = "=HYPERLINK(\"http://evil.example\",\"click\")";
    /** A fresh RUC every run: the documents of the sample files belong to the import tests. */
    private static final String RUC = RandomDocumentNumbers.randomRuc(RucKind.PRIVATE_COMPANY, "01", new SplittableRandom());

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;
    private long id;

    @BeforeEach
    void aCustomerWithAFormulaForAName() {
        api = new Api(base);
        admin = api.loginAsAdmin();
        Api.Reply existing = api.get("/api/customers?documentNumber.equals=" + RUC + "", admin);
        if (existing.json().getInt("totalItems") == 1) {
            id = existing.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            return;
        }
        Api.Reply created = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "RUC")
                .add("documentNumber", RUC).add("legalName", INJECTION).add("tradeName", "Mañana, \"la\" tienda")
                .add("phone", "072 845 902").add("email", "ventas@manana.example.com").build().toString(), admin);
        assertEquals(201, created.status(), created::toString);
        id = created.json().getJsonNumber("id").longValue();
    }

    @Test
    void csvParsesBackWithTheFormulaNeutralised() throws Exception {
        HttpResponse<byte[]> response = download("/api/customers/export?format=csv&documentNumber.equals=" + RUC + "");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains(".csv"));
        try (Reader reader = new java.io.BufferedReader(new InputStreamReader(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8))) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(skipBom(reader)).getRecords();
            assertEquals(1, records.size());
            CSVRecord record = records.get(0);
            assertEquals(String.valueOf(id), record.get("id"));
            assertEquals("'" + INJECTION, record.get("legalName"));
            assertEquals("Mañana, \"la\" tienda", record.get("tradeName"));
            assertEquals("'+59372845902", record.get("phone"), "a leading + is neutralised too (OWASP)");
        }
    }

    /**
     * More customers than one page of the export (1,000): the next page is read while one is written, so each
     * customer must come once, in id order, with none left out at a page's edge.
     */
    @Test
    void csvOfMoreCustomersThanAPageHasEachOnceInIdOrder() throws Exception {
        int customers = 2_345;
        // a surname of this run only, and cédulas of province 30 (Ecuadorians abroad), which no other test uses
        String surname = "Paginada" + Long.toString(System.currentTimeMillis(), 36).replaceAll("[0-9]", "x");
        SplittableRandom random = new SplittableRandom();
        Set<String> documents = new LinkedHashSet<>();
        while (documents.size() < customers) {
            documents.add(RandomDocumentNumbers.randomCedula("30", random));
        }
        // every other one in Cuenca: the export names the city and its province from the reference data
        StringBuilder file = new StringBuilder("Tipo de documento,Número de documento,Nombres,Apellidos,Ciudad\n");
        int row = 0;
        for (String document : documents) {
            file.append("CI,").append(document).append(",Ana,").append(surname).append(',')
                    .append(row++ % 2 == 0 ? "Cuenca" : "").append('\n');
        }
        JsonObject job = new Imports(api, admin).run("customers", "apply", "paginas.csv",
                file.toString().getBytes(StandardCharsets.UTF_8));
        Imports.assertCounts(job, customers, customers, 0, 0, 0);

        HttpResponse<byte[]> response = download("/api/customers/export?format=csv&name.contains=" + surname);
        try (Reader reader = new java.io.BufferedReader(new InputStreamReader(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8))) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(skipBom(reader)).getRecords();
            assertEquals(documents, records.stream().map(record -> record.get("documentNumber"))
                    .collect(Collectors.toSet()), "every imported customer, and nobody else");
            assertEquals(customers, records.size(), "each once");
            List<Long> ids = records.stream().map(record -> Long.parseLong(record.get("id"))).toList();
            assertEquals(ids.stream().sorted().toList(), ids, "in id order");
            Map<String, Long> places = records.stream().collect(Collectors.groupingBy(
                    record -> record.get("documentType") + "/" + record.get("city") + "/" + record.get("province"),
                    Collectors.counting()));
            assertEquals(Map.of("CI/Cuenca/Azuay", (long) (customers + 1) / 2, "CI//", (long) customers / 2), places);
        }
    }

    @Test
    void xlsxParsesBackWithTypedCellsAndTheFormulaNeutralised() throws Exception {
        HttpResponse<byte[]> response = download("/api/customers/" + id + "/export?format=xlsx");
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response.headers().firstValue("Content-Type").orElseThrow());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            int legalName = column(header, "Legal name");
            assertEquals("'" + INJECTION, row.getCell(legalName).getStringCellValue());
            assertEquals(id, (long) row.getCell(0).getNumericCellValue(), "the id is a number cell");
            assertEquals(2, sheet.getPhysicalNumberOfRows());
        }
    }

    /** Their purchases follow the customer: a sheet of their own in XLSX, a titled block in CSV, both formula-safe. */
    @Test
    void oneCustomersExportHasTheirPurchases() throws Exception {
        Api.Reply customer = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", RandomDocumentNumbers.randomCedula("17", new SplittableRandom()))
                .add("firstName", "Lucía").add("lastName", "Compras").build().toString(), admin);
        assertEquals(201, customer.status(), customer::toString);
        long customerId = customer.json().getJsonNumber("id").longValue();
        String invoice = "EXP-" + System.nanoTime();
        for (String[] purchase : List.of(new String[] {invoice + "-2", "2026-10-20T15:00:00Z", "3750000.50", INJECTION},
                new String[] {invoice + "-1", "2026-10-05T15:00:00Z", "89900", "Quito - Quicentro"})) {
            Api.Reply created = api.post("/api/purchases", Json.createObjectBuilder().add("customerId", customerId)
                    .add("invoiceNumber", purchase[0]).add("purchasedAt", purchase[1])
                    .add("amount", new java.math.BigDecimal(purchase[2])).add("channel", "STORE").add("store", purchase[3])
                    .add("status", "COMPLETED").build().toString(), admin);
            assertEquals(201, created.status(), created::toString);
        }

        HttpResponse<byte[]> xlsx = download("/api/customers/" + customerId + "/export?format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(2, workbook.getNumberOfSheets());
            Sheet purchases = workbook.getSheet("Purchases");
            assertEquals(3, purchases.getPhysicalNumberOfRows(), "a header and two purchases");
            Row first = purchases.getRow(1);
            assertEquals(invoice + "-1", first.getCell(column(purchases.getRow(0), "Invoice")).getStringCellValue(),
                    "oldest first");
            Row second = purchases.getRow(2);
            assertEquals(3_750_000.50, second.getCell(column(purchases.getRow(0), "Amount")).getNumericCellValue(), 0.001);
            assertEquals("'" + INJECTION, second.getCell(column(purchases.getRow(0), "Store")).getStringCellValue());
        }
        String csv = new String(download("/api/customers/" + customerId + "/export?format=csv").body(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(List.of("", "Purchases", "id,invoiceNumber,purchasedAt,amount,channel,store,status"), lines.subList(2, 5),
                csv);
        assertTrue(lines.get(6).contains(",2026-10-20T15:00:00Z,3750000.50,STORE,\"'=HYPERLINK("), lines.get(6));
        assertTrue(new String(download("/api/customers/" + customerId + "/export?format=txt").body(), StandardCharsets.UTF_8)
                .contains(invoice + "-1"));
    }

    @Test
    void txtListsTheCustomerAndAllFormatsRefuseNonsense() {
        HttpResponse<byte[]> response = download("/api/customers/export?format=txt&documentType.equals=RUC");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains(RUC), text);
        assertTrue(text.contains("'=HYPERLINK"), text);

        assertEquals(400, api.get("/api/customers/export?format=pdf", admin).status());
        assertEquals(400, api.get("/api/customers/export?format=csv&createdAt.lessThan=ayer", admin).status(),
                "a bad filter value is refused before streaming starts");
        assertEquals(404, api.get("/api/customers/987654321/export?format=csv", admin).status());
        assertEquals(403, api.get("/api/customers/export?format=csv", userToken()).status());
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            HttpResponse<byte[]> response = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(api.request(path, admin).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
            return response;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String userToken() {
        String username = "reader-" + System.nanoTime();
        api.createUser(admin, username, "user", "reader-password");
        return api.login(username, "reader-password");
    }

    private static int column(Row header, String label) {
        for (int i = 0; i < header.getLastCellNum(); i++) {
            if (header.getCell(i).getStringCellValue().startsWith(label)) {
                return i;
            }
        }
        throw new AssertionError("no column " + label);
    }

    private static Reader skipBom(Reader reader) throws java.io.IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
