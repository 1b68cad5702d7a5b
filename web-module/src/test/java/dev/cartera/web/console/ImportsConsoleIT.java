package dev.cartera.web.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Importaciones in a real browser, on the server and Chromium settings every console test shares: upload, live
 * progress without a reload, the problems, the two downloads (the API's bytes), a dry run, the list's filters,
 * cancelling a long run, and the role check on the pages and the files.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.MethodName.class)
class ImportsConsoleIT {

    private static final String HEADER = "Tipo de documento,Número de documento,Nombres,Apellidos,Correo\r\n";
    /** Tells this run's files apart from other runs' and other classes' on the shared server. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Random RANDOM = new Random();
    private static ConsoleUsers users;

    private static Browser browser;
    private static Path files;
    /** The applied job of test a, for the later tests. */
    private static String appliedJob;
    private static String appliedName;

    @SharedServer.Url
    URL base;

    @BeforeEach
    void setUp() throws IOException {
        if (browser == null) {
            browser = new Browser(base.toString());
            files = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "imports-console");
        }
        if (users == null) {
            users = ConsoleUsers.create(base, "imports", "operator", "agent");
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private void signIn(String role) {
        browser.signIn(users.username(role), users.password(role));
    }

    /** Valid customers with fresh cédulas, then two bad rows: row {@code good + 1} and {@code good + 2}. */
    private static String customers(int good) {
        Set<String> unique = new LinkedHashSet<>();
        while (unique.size() < good) {
            unique.add(RandomDocumentNumbers.randomCedula("09", RANDOM));
        }
        StringBuilder csv = new StringBuilder(HEADER);
        int i = 0;
        for (String cedula : unique) {
            csv.append("CI,").append(cedula).append(",Ana,Ríos ").append(i++).append(",\r\n");
        }
        csv.append("CI,").append(RandomDocumentNumbers.randomCedula("09", RANDOM)).append(",Eva,Mora,eva-at-example.com\r\n");
        csv.append("CI,1714307104,Juan,Paz,\r\n");
        return csv.toString();
    }

    private static Path write(String name, String content) {
        try {
            return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the upload card and submits it; returns the new job's id from the page it lands on. */
    private String upload(Path file, String mode) {
        browser.open("/admin/imports");
        new Select(browser.waitFor(By.id("upload:dataset"))).selectByValue("customers");
        browser.driver.findElement(By.cssSelector("input[name='upload:mode'][value='" + mode + "']")).click();
        browser.driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toString());
        browser.driver.findElement(By.id("upload:submit")).click();
        browser.waitForUrlContaining("/admin/imports/job?id=");
        browser.waitFor(By.id("status"));
        String url = browser.driver.getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3);
    }

    private static void scrollTo(String id) {
        browser.driver.executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
    }

    private String token(String role) {
        return new Api(base).login(users.username(role), users.password(role));
    }

    @Test
    void a_anOperatorUploadsWatchesItFinishWithoutAReloadAndSeesTheProblems() throws Exception {
        signIn("operator");
        assertTrue(browser.driver.findElement(By.id("menu:nav")).getText().contains("Importaciones"));
        browser.open("/admin/imports");
        browser.waitFor(By.id("upload:dataset"));
        assertTrue(browser.driver.getPageSource().contains("Simulación (no guarda nada)"));
        String fileInput = browser.driver.findElement(By.cssSelector("#upload input[type='file']")).getAttribute("id");
        assertEquals("Archivo CSV", browser.driver.findElement(By.cssSelector("label[for='" + fileInput + "']")).getText(),
                "the file field has its label");
        browser.screenshot("20-imports", true);

        appliedName = "socios-" + RUN + ".csv";
        String content = customers(3000);
        Path file = write(appliedName, content);
        appliedJob = upload(file, "apply");
        // a mark on this very document: a reload would wipe it
        browser.driver.executeScript("window.sameDocument = true;");
        String first = browser.driver.findElement(By.id("status")).getText();
        browser.screenshot("21-import-job-" + (first.contains("Terminada") ? "ended" : "running"), false);
        browser.waitForText(By.id("status"), "Terminada");
        assertEquals(Boolean.TRUE, browser.driver.executeScript("return window.sameDocument === true;"),
                "the status changed on the same page, without a reload (it began as «" + first + "»)");
        assertTrue(browser.driver.findElement(By.id("progressText")).getText().startsWith("100"));
        assertEquals("3.002", browser.driver.findElement(By.id("countRead")).getText());
        assertEquals("2", browser.driver.findElement(By.id("countRejected")).getText());
        assertTrue(browser.driver.findElements(By.id("job:cancel")).isEmpty(), "no cancel once it has ended");

        browser.waitForText(By.id("job:issues"), "INVALID_EMAIL");
        String issues = browser.driver.findElement(By.id("job:issues")).getText();
        assertTrue(issues.contains("Correo no válido"), issues);
        assertTrue(issues.contains("3.001"), "the row of the bad e-mail: " + issues);
        assertTrue(issues.contains("INVALID_DOCUMENT") && issues.contains("3.002"), issues);
        assertTrue(issues.contains("eva-at-example.com"), "the value: " + issues);
        browser.screenshot("22-import-job-ended", true);
        scrollTo("job:issues");
        browser.screenshot("22-import-job-problems", true);

        Api api = new Api(base).inLanguage("es"); // the console's language, so that the files are the same bytes
        String token = token("operator");
        browser.driver.findElement(By.id("downloadRejected")).click();
        Path rejected = browser.waitForDownload("rejected-" + appliedName);
        assertArrayEquals(api.bytes("/api/imports/" + appliedJob + "/rejected.csv", token), Files.readAllBytes(rejected));
        Files.delete(rejected); // its name ends as the original's does
        browser.driver.findElement(By.id("downloadOriginal")).click();
        Path original = browser.waitForDownload(appliedName);
        assertArrayEquals(content.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(original));
        assertArrayEquals(api.bytes("/api/imports/" + appliedJob + "/file", token), Files.readAllBytes(original));
    }

    @Test
    void g_anUnseenHeaderIsSuggestedShownAndAppliedOnlyWhenAccepted() {
        signIn("operator");
        String cedula = RandomDocumentNumbers.randomCedula("09", RANDOM);
        Path file = write("sugerencias-" + RUN + ".csv", "Nro. de cédula,Nombres,Apellidos\r\n" + cedula + ",Sara,Sugerida\r\n");
        browser.open("/admin/imports");
        new Select(browser.waitFor(By.id("upload:dataset"))).selectByValue("customers");
        browser.driver.findElement(By.cssSelector("input[name='upload:mode'][value='apply']")).click();
        browser.driver.findElement(By.cssSelector("input[name='upload:acceptSuggestions'][value='true']")).click();
        browser.driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toString());
        browser.driver.findElement(By.id("upload:submit")).click();
        browser.waitForUrlContaining("/admin/imports/job?id=");
        String url = browser.driver.getCurrentUrl();
        Api api = new Api(base);
        String token = token("operator");
        String path = "/api/imports/" + url.substring(url.indexOf("id=") + 3);
        jakarta.json.JsonObject job = api.get(path, token).json();
        for (int i = 0; i < 240 && List.of("QUEUED", "RUNNING").contains(job.getString("status")); i++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = api.get(path, token).json();
        }
        String seen = job.toString();
        assertTrue(job.getBoolean("acceptSuggestions"), seen);
        assertEquals("SUCCEEDED", job.getString("status"), seen);
        browser.waitForText(By.id("status"), "Terminada");
        String columns = browser.waitFor(By.id("job:columnsCard")).getText();
        assertTrue(columns.contains("Nro. de cédula") && columns.contains("cedula") && columns.contains("Sugerido")
                && columns.contains("Nombre conocido"), columns);
        scrollTo("job:columnsCard");
        browser.screenshot("25-import-columns", false);
        assertEquals(200, new Api(base).get("/api/customers/lookup?documentType=CI&documentNumber=" + cedula,
                token("operator")).status(), "the accepted suggestion was applied");
    }

    @Test
    void b_aDryRunSaysNothingWasSavedAndSavesNothing() {
        signIn("operator");
        String content = customers(3);
        String cedula = content.split("\r\n")[1].split(",")[1];
        String id = upload(write("simulacion-" + RUN + ".csv", content), "dry-run");
        browser.waitForText(By.id("status"), "Terminada");
        assertTrue(browser.driver.findElement(By.id("job:dryRunNote")).getText().contains("no se guardó nada"));
        assertTrue(browser.driver.findElement(By.id("job:summary")).getText().contains("Simulación"));
        browser.screenshot("23-import-dry-run", false);
        Api api = new Api(base);
        assertEquals(404, api.get("/api/customers/lookup?documentType=CI&documentNumber=" + cedula, token("operator"))
                .status(), "a dry run saves no customer");
        assertNotNull(id);
    }

    @Test
    void c_aFileThatIsNotACsvIsRefusedWithAMessage() {
        signIn("operator");
        Path picture;
        try {
            picture = Files.write(files.resolve("foto.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
                    '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.open("/admin/imports");
        new Select(browser.waitFor(By.id("upload:dataset"))).selectByValue("customers");
        browser.driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(picture.toString());
        browser.driver.findElement(By.id("upload:submit")).click();
        browser.waitForText(By.id("upload:fileMessage"), "no es un CSV");
        assertTrue(browser.driver.getCurrentUrl().contains("/admin/imports"));
        browser.driver.findElement(By.id("upload:submit")).click();
        browser.waitForText(By.id("upload:fileMessage"), "Elija el archivo CSV");
        scrollTo("upload:fileMessage");
        browser.screenshot("24-imports-refused", true);
    }

    @Test
    void d_theJobListFiltersByDatasetStatusAndDay() {
        signIn("operator");
        browser.open("/admin/imports");
        browser.waitForText(By.id("jobs:list"), appliedName);
        new Select(browser.driver.findElement(By.id("jobs:dataset"))).selectByValue("pets");
        browser.driver.findElement(By.id("jobs:filter")).click();
        browser.waitUntilGone(By.linkText(appliedName));

        new Select(browser.driver.findElement(By.id("jobs:dataset"))).selectByValue("customers");
        new Select(browser.driver.findElement(By.id("jobs:status"))).selectByValue("SUCCEEDED");
        browser.driver.findElement(By.id("jobs:filter")).click();
        browser.waitForText(By.id("jobs:list"), appliedName);
        List<String> statuses = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("#jobs\\:list tbody tr")).forEach(row -> statuses.add(row.getText()));
        assertTrue(statuses.stream().allMatch(row -> row.contains("Terminada") && row.contains("Clientes")),
                String.join("\n", statuses));
        scrollTo("jobs");
        browser.screenshot("25-imports-filtered", true);

        // uploaded up to yesterday, in the company's days: not this run's job
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("America/Guayaquil")).minusDays(1).toString();
        WebElement to = browser.driver.findElement(By.id("jobs:to"));
        browser.driver.executeScript("arguments[0].value = arguments[1];", to, yesterday);
        browser.driver.findElement(By.id("jobs:filter")).click();
        browser.waitUntilGone(By.linkText(appliedName));

        browser.driver.findElement(By.id("jobs:clear")).click();
        browser.waitForText(By.id("jobs:list"), appliedName);
        browser.driver.findElement(By.linkText(appliedName)).click();
        browser.waitForUrlContaining("id=" + appliedJob);
        browser.waitForText(By.id("status"), "Terminada");
    }

    @Test
    void e_aLongRunCanBeCancelledFromItsPage() {
        signIn("operator");
        Path big = write("grande-" + RUN + ".csv", customers(200_000));
        String id = upload(big, "apply");
        List<WebElement> cancel = browser.driver.findElements(By.id("job:cancel"));
        if (cancel.isEmpty()) {
            // it ended before the page showed it: nothing to cancel, so no button
            assertFalse(browser.driver.findElement(By.id("status")).getText().contains("En curso"));
            return;
        }
        browser.screenshot("26-import-running", true);
        cancel.get(0).click();
        browser.waitFor(By.id("job:confirmYes")).click();
        browser.waitUntilGone(By.id("job:cancel"));
        // the page's last refresh may replace these elements while they are read: wait for the outcome, then read
        int outcome = browser.waitForEither(By.id("status"), "Cancelada", By.id("job:messages"), "ya había terminado");
        if (outcome == 0) {
            assertTrue(browser.textOf(By.id("job:messages")).contains("Importación cancelada"));
            browser.waitFor(By.id("job:cancelledNote"));
        }
        // otherwise it ended between the last refresh and the click: the API's 409, said on the page
        browser.screenshot("27-import-cancelled", false);
        Api api = new Api(base);
        assertEquals(409, api.delete("/api/imports/" + id, token("operator")).status(), "it has ended");
    }

    @Test
    void f_anAgentMayNeitherSeeTheDeskNorDownloadItsFiles() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String agent = http.signIn(users.username("agent"), users.password("agent"));
        for (String path : List.of("/admin/imports", "/admin/imports/job?id=" + appliedJob,
                "/admin/imports/files/" + appliedJob + "/rejected.csv", "/admin/imports/files/" + appliedJob + "/original")) {
            assertEquals(403, http.get(path, agent, Map.of()).statusCode(), path);
        }
        String home = http.get("/admin/", agent, Map.of()).body();
        assertFalse(home.contains("menu:imports"), "no menu entry for the agent");

        String operator = http.signIn(users.username("operator"), users.password("operator"));
        HttpResponse<String> rejected = http.get("/admin/imports/files/" + appliedJob + "/rejected.csv", operator, Map.of());
        assertEquals(200, rejected.statusCode());
        assertEquals(new Api(base).inLanguage("es").get("/api/imports/" + appliedJob + "/rejected.csv", token("operator")).body(),
                rejected.body());
        assertTrue(rejected.headers().firstValue("Content-Disposition").orElse("").contains("rejected-" + appliedName));
        assertEquals(404, http.get("/admin/imports/files/" + UUID.randomUUID() + "/original", operator, Map.of())
                .statusCode());
        assertEquals(404, http.get("/admin/imports/job?id=" + UUID.randomUUID(), operator, Map.of()).statusCode());
        assertTrue(http.get("/admin/", operator, Map.of()).body().contains("/admin/imports/job?id="),
                "the home page links the latest imports to their pages");
    }
}
