package dev.cartera.web.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Customers, purchases and sums for {@link LoyaltyReportIT}, through the API and the test-only fixture. */
final class LoyaltyData {

    static final ZoneId COMPANY_ZONE = ZoneId.of("America/Guayaquil");
    static final BigDecimal THRESHOLD = new BigDecimal("5000000");
    private static final SplittableRandom RANDOM = new SplittableRandom();

    private final Api api;
    private final String admin;

    LoyaltyData(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** A new customer with a fresh valid cédula; returns the created customer. */
    JsonObject customer(String firstName) {
        String cedula = RandomDocumentNumbers.randomCedula("17", RANDOM);
        Api.Reply reply = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", cedula).add("firstName", firstName).add("lastName", "Fiel")
                .add("email", firstName.toLowerCase() + "." + cedula + "@example.com").add("country", "EC")
                .build().toString(), admin);
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    static long id(JsonObject customer) {
        return customer.getJsonNumber("id").longValue();
    }

    /** One purchase, at a wall-clock time in the company zone. */
    static Object[] purchase(JsonObject customer, LocalDateTime local, String amount, String status) {
        return new Object[] {id(customer), local.atZone(COMPANY_ZONE).toInstant(), amount, status};
    }

    void add(Object[]... purchases) {
        JsonArrayBuilder body = Json.createArrayBuilder();
        for (Object[] purchase : purchases) {
            body.add(Json.createObjectBuilder().add("customerId", (long) purchase[0])
                    .add("purchasedAt", purchase[1].toString()).add("amount", new BigDecimal((String) purchase[2]))
                    .add("status", (String) purchase[3]));
        }
        Api.Reply reply = api.post("/api/test-fixtures/purchases", body.build().toString(), admin);
        assertEquals(200, reply.status(), reply::toString);
    }

    /** customer id → total of the qualifying customers, by the fixture's own SQL and the rule applied here. */
    Map<Long, BigDecimal> qualifyingBySql(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(COMPANY_ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(COMPANY_ZONE).toInstant();
        Api.Reply reply = api.get("/api/test-fixtures/purchases/sums?from=" + from + "&to=" + to, admin);
        assertEquals(200, reply.status(), reply::toString);
        Map<Long, BigDecimal> qualifying = new LinkedHashMap<>();
        reply.structure().asJsonArray().getValuesAs(JsonObject.class).forEach(sum -> {
            BigDecimal total = sum.getJsonNumber("total").bigDecimalValue();
            if (total.compareTo(THRESHOLD) > 0) {
                qualifying.put(sum.getJsonNumber("customerId").longValue(), total);
            }
        });
        return qualifying;
    }

    /** The Customers sheet's rows: document number, name, purchases and total, in the sheet's order. */
    static List<SheetRow> customersSheet(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Clientes"); // the company's language, Spanish by default
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    rows.add(new SheetRow(row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
                            (int) row.getCell(6).getNumericCellValue(),
                            BigDecimal.valueOf(row.getCell(7).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP)));
                }
            }
            return rows;
        }
    }

    record SheetRow(String documentNumber, String name, int purchases, BigDecimal total) {
    }
}
