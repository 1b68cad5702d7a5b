package dev.cartera.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Préstamos and Compras in a real browser, on the same shared server as {@link ConsoleIT}: a loan requested for a
 * customer found by document, moved along its status machine with the buttons it offers, its schedule read and
 * downloaded; a move the machine forbids, forced, answered by the server; a purchase recorded after its field
 * problems and seen on the customer's page; and an agent who reads the lists but gets no form.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.MethodName.class)
class LoansPurchasesConsoleIT {

    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"loan\"[^>]*action=\"([^\"]+)\"");

    private static Browser browser;
    private static ConsoleUsers users;
    private static Api api;
    private static String admin;

    @SharedServer.Url
    URL base;

    @BeforeEach
    void setUp() {
        if (browser == null) {
            browser = new Browser(base.toString());
            api = new Api(base);
            admin = api.loginAsAdmin();
        }
        if (users == null) {
            // once per run, a rerun of a failed test included: the users outlive the class
            users = ConsoleUsers.create(base, "loans", "operator", "agent");
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void a_anOperatorRequestsALoanByDocumentMovesItWithItsButtonsAndDownloadsItsSchedule() throws IOException {
        String cedula = cedula();
        long customerId = customer(cedula, "Marta Lucía", "Préstamo");
        signIn("operator");
        browser.open("/admin/loans");
        browser.waitFor(By.id("loans:table"));
        browser.screenshot("40-loans-list", true);
        browser.waitFor(By.id("loans:create")).click();

        WebElement number = browser.waitFor(By.id("form:documentNumber"));
        new Select(browser.driver.findElement(By.id("form:documentType"))).selectByValue("CI");
        number.sendKeys(cedula.substring(0, 3) + "." + cedula.substring(3), Keys.TAB);
        browser.waitForText(By.id("form:whose"), "Marta Lucía Préstamo");
        browser.driver.findElement(By.id("form:principal")).sendKeys("1200000");
        browser.driver.findElement(By.id("form:annualRate")).sendKeys("24,5");
        browser.driver.findElement(By.id("form:termMonths")).sendKeys("400");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("form"), "Debe ser de 1 a 360 meses.");
        browser.screenshot("41-loan-form-problem", true);

        WebElement term = browser.driver.findElement(By.id("form:termMonths"));
        term.clear();
        term.sendKeys("12");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("loan:status"), "Solicitado");
        long loanId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
        assertEquals(List.of("APPROVED", "REJECTED", "CANCELLED"), moves(), "exactly the machine's moves from REQUESTED");
        assertEquals(customerId, api.get("/api/loans/" + loanId, admin).json().getJsonNumber("customerId").longValue());

        browser.driver.findElement(By.id("loan:toAPPROVED")).click();
        browser.waitForText(By.id("loan:status"), "Aprobado");
        assertEquals(List.of("ACTIVE", "REJECTED", "CANCELLED"), moves());
        browser.driver.findElement(By.id("loan:toACTIVE")).click();
        browser.waitForText(By.id("loan:status"), "Activo");
        assertEquals(List.of("PAID", "DEFAULTED"), moves());
        assertTrue(browser.driver.findElements(By.id("loan:edit")).isEmpty(), "the terms are fixed once approved");
        assertEquals("ACTIVE", api.get("/api/loans/" + loanId, admin).json().getString("status"));

        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#loan\\:schedule_data tr"));
        var schedule = api.get("/api/loans/" + loanId + "/schedule", admin).json();
        assertEquals(12, rows.size());
        assertTrue(spaced(rows.get(0).getText()).contains(cop(schedule.getJsonNumber("instalment").bigDecimalValue())),
                rows.get(0).getText());
        assertTrue(rows.get(11).getText().endsWith("$ 0,00"), "the last balance is nothing: " + rows.get(11).getText());
        browser.screenshot("42-loan-active", true);

        browser.driver.findElement(By.id("scheduleXlsx")).click();
        Path file = browser.waitForDownload(".xlsx");
        assertEquals("loan-" + loanId + "-schedule.xlsx", file.getFileName().toString());
        byte[] console = Files.readAllBytes(file);
        byte[] fromApi = api.inLanguage("es").bytes("/api/loans/" + loanId + "/schedule?format=xlsx", admin);
        if (!Arrays.equals(console, fromApi)) {
            // the workbook's properties carry the moment it was written: then the cells must be the same
            assertEquals(cells(fromApi), cells(console));
        }
        assertEquals(12, cells(console).stream().filter(row -> row.matches("\\d{1,2}\\|\\d{4}-.*")).count(),
                "the file has the page's twelve instalments");
    }

    @Test
    void b_aMoveTheMachineForbidsIsAnsweredByTheServerWhetherForcedOrFromAStalePage() {
        long customerId = customer(cedula(), "Ramiro", "Forzado");
        long loanId = loan(customerId);

        // forced: the page offers APPROVED, REJECTED and CANCELLED; a post of its APPROVED button asking for PAID
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String session = http.signIn(users.username("operator"), users.password("operator"));
        HttpResponse<String> page = http.get("/admin/loan?id=" + loanId, session, Map.of());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("loan:toAPPROVED") && !page.body().contains("loan:toPAID"));
        Matcher action = FORM_ACTION.matcher(page.body());
        assertTrue(action.find(), "the loan form");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loan", "loan");
        form.put("loan:toAPPROVED", "");
        form.put("target", "PAID");
        form.put("jakarta.faces.ViewState", ConsoleHttp.viewState(page.body()));
        String path = action.group(1).replace("&amp;", "&").replaceFirst("^https?://[^/]+", "")
                .replaceFirst("^" + Pattern.quote(base.getPath().replaceAll("/$", "")), "");
        HttpResponse<String> forced = http.post(path, session, form, Map.of());
        assertEquals(200, forced.statusCode(), forced::body);
        assertTrue(forced.body().contains("Un préstamo Solicitado no puede pasar a Pagado."), forced.body());
        assertTrue(forced.body().contains("no puede pasar de REQUESTED a PAID"), "the server's own answer, in Spanish");
        assertEquals("REQUESTED", api.get("/api/loans/" + loanId, admin).json().getString("status"));

        // stale: the page still offers Aprobar, but someone rejected the loan meanwhile
        signIn("operator");
        browser.open("/admin/loan?id=" + loanId);
        browser.waitFor(By.id("loan:toAPPROVED"));
        Api.Reply rejected = api.post("/api/loans/" + loanId + "/status", "{\"status\":\"REJECTED\"}", admin);
        assertEquals(200, rejected.status(), rejected::toString);
        browser.driver.findElement(By.id("loan:toAPPROVED")).click();
        browser.waitForText(By.id("loan:messages"), "ahora está Rechazado");
        assertTrue(browser.textOf(By.id("loan:messages")).contains("Respuesta del servidor:"));
        browser.waitForText(By.id("loan:status"), "Rechazado");
        assertTrue(moves().isEmpty(), "a final status offers no move");
        assertEquals("REJECTED", api.get("/api/loans/" + loanId, admin).json().getString("status"));
        browser.screenshot("43-loan-stale-move", true);
    }

    @Test
    void c_aPurchaseIsRecordedAfterItsFieldProblemsAndShowsOnTheCustomersPage() {
        long customerId = customer(cedula(), "Gloria", "Compradora");
        String invoice = "FE-" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        signIn("operator");
        browser.open("/admin/customer?id=" + customerId);
        browser.waitFor(By.id("customer:recordPurchase")).click();
        browser.waitForText(By.id("form:whose"), "Gloria Compradora");
        browser.waitFor(By.id("form:invoiceNumber")).sendKeys("=1+1");
        browser.driver.findElement(By.id("form:amount")).sendKeys("150000,505");
        browser.driver.findElement(By.id("form:store")).sendKeys("Quicentro");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("form"), "«=1+1» no es un número de factura válido");
        assertTrue(browser.textOf(By.id("form")).contains("Admite como máximo 2 decimales."), browser.textOf(By.id("form")));
        browser.screenshot("44-purchase-form-problems", true);

        WebElement number = browser.driver.findElement(By.id("form:invoiceNumber"));
        number.clear();
        number.sendKeys(invoice);
        WebElement amount = browser.driver.findElement(By.id("form:amount"));
        amount.clear();
        amount.sendKeys("150000,50");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForUrlContaining("customerId.equals=" + customerId);
        browser.waitForText(By.id("purchases:table"), invoice);
        assertTrue(browser.textOf(By.id("purchases:customerFilter")).contains("Gloria Compradora"));
        assertTrue(browser.textOf(By.id("purchases:table")).contains("$ 150.000,50"));
        browser.screenshot("45-purchases-of-customer", true);

        var recorded = api.get("/api/purchases?invoiceNumber.equals=" + invoice, admin).json().getJsonArray("items");
        assertEquals(1, recorded.size());
        assertEquals(customerId, recorded.getJsonObject(0).getJsonNumber("customerId").longValue());
        assertEquals(0, new BigDecimal("150000.50").compareTo(recorded.getJsonObject(0).getJsonNumber("amount").bigDecimalValue()));

        browser.driver.findElement(By.linkText(invoice)).click();
        WebElement status = browser.waitFor(By.id("form:status"));
        assertEquals("true", browser.driver.findElement(By.id("form:invoiceNumber")).getDomProperty("disabled"));
        new Select(status).selectByValue("REFUNDED");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("purchases:table"), "Reembolsada");

        browser.open("/admin/customer?id=" + customerId);
        browser.waitForText(By.id("customer:latestPurchases"), invoice);
        assertTrue(browser.driver.findElement(By.id("customer:allPurchases")).getDomAttribute("href")
                .contains("customerId.equals=" + customerId));
        assertTrue(browser.driver.findElement(By.id("customer:allLoans")).getDomAttribute("href")
                .contains("customerId.equals=" + customerId));
        browser.screenshot("46-customer-with-records", true);
    }

    @Test
    void d_anAgentReadsTheListsButGetsNoForm() {
        long customerId = customer(cedula(), "Aurelio", "Consultado");
        long loanId = loan(customerId);
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String agent = http.signIn(users.username("agent"), users.password("agent"));
        assertEquals(200, http.get("/admin/loans", agent, Map.of()).statusCode());
        assertEquals(200, http.get("/admin/purchases?customerId.equals=" + customerId, agent, Map.of()).statusCode());
        HttpResponse<String> loanPage = http.get("/admin/loan?id=" + loanId, agent, Map.of());
        assertEquals(200, loanPage.statusCode());
        assertTrue(!loanPage.body().contains("loan:toAPPROVED"), "no moves for an agent");
        assertEquals(200, http.get("/admin/loan/schedule/" + loanId + ".xlsx", agent, Map.of()).statusCode());
        assertEquals(403, http.get("/admin/loan/edit", agent, Map.of()).statusCode());
        assertEquals(403, http.get("/admin/loan/edit?id=" + loanId, agent, Map.of()).statusCode());
        assertEquals(403, http.get("/admin/purchase/edit", agent, Map.of()).statusCode());
        assertEquals(403, http.get("/admin/purchase/edit?customerId=" + customerId, agent, Map.of()).statusCode());
        assertEquals(404, http.get("/admin/loan?id=999999999", agent, Map.of()).statusCode());

        signIn("agent");
        browser.open("/admin/loans?customerId.equals=" + customerId);
        browser.waitForText(By.id("loans:customerFilter"), "Aurelio Consultado");
        assertTrue(browser.driver.findElements(By.id("loans:create")).isEmpty());
        assertEquals(1, browser.driver.findElements(By.cssSelector("#loans\\:table_data tr")).size());
        browser.screenshot("47-loans-of-customer-agent", false);
        browser.open("/admin/loans?status.equals=REQUESTED&principal.greaterThanOrEqual=lots");
        browser.waitFor(By.id("loans:filterProblem"));
        browser.open("/admin/loan?id=" + loanId);
        browser.waitFor(By.id("loan:schedule"));
        assertTrue(browser.driver.findElements(By.id("loan:moves")).isEmpty());
        browser.screenshot("48-loan-agent", false);
        browser.open("/admin/purchases");
        browser.waitFor(By.id("purchases:table"));
        assertTrue(browser.driver.findElements(By.id("purchases:create")).isEmpty());
        browser.screenshot("49-purchases-agent", true);
    }

    private void signIn(String role) {
        browser.signIn(users.username(role), users.password(role));
    }

    /** The statuses the page offers to move to, in the page's order. */
    private static List<String> moves() {
        List<String> offered = new ArrayList<>();
        for (WebElement button : browser.driver.findElements(By.cssSelector("#loan\\:moves button[id^='loan:to']"))) {
            offered.add(button.getDomAttribute("id").substring("loan:to".length()));
        }
        return offered;
    }

    private static long customer(String cedula, String firstName, String lastName) {
        Api.Reply created = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", cedula).add("firstName", firstName).add("lastName", lastName)
                .add("country", "EC").build().toString(), admin);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static long loan(long customerId) {
        Api.Reply created = api.post("/api/loans", Json.createObjectBuilder().add("customerId", customerId)
                .add("principal", new BigDecimal("2500000")).add("currency", "COP").add("annualRate", new BigDecimal("18"))
                .add("termMonths", 6).add("startDate", "2026-11-01").build().toString(), admin);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A valid Ecuadorian cédula nobody else registers: a random province and body, its mod-10 check digit. */
    private static String cedula() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String body = String.format("%02d%d%06d", random.nextInt(1, 25), random.nextInt(0, 6), random.nextInt(1_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (body.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return body + (10 - sum % 10) % 10;
    }

    private static String cop(BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("es-CO"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return spaced(format.format(amount));
    }

    /** Java writes "$ 1.000,00" with a no-break space, the browser's text with a plain one. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Every row of the first sheet as its cells' shown values joined by |. */
    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(formatter.formatCellValue(cell)));
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
