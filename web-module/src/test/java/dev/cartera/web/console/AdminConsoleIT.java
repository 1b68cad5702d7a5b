package dev.cartera.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Usuarios, Mi cuenta and Respaldo in a real browser, on the shared server: an admin creates a user and changes
 * their role, the user changes their own password, an admin's new password lifts the waits after failed logins, the
 * dump downloads, and each page refuses the roles it is not for.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.MethodName.class)
class AdminConsoleIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    private static Browser browser;
    private static ConsoleUsers users;

    @SharedServer.Url
    URL base;

    @BeforeEach
    void setUp() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        if (users == null) {
            users = ConsoleUsers.create(base, "staff", "operator", "agent");
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
    void a_anAdminCreatesAUserWithTheRulesSaidInSpanishAndChangesTheirRole() {
        browser.signIn(users.username("admin"), users.password("admin"));
        browser.driver.findElement(By.id("menu:users")).click();
        String username = "cajera-" + RUN;
        browser.waitFor(By.id("newUser:username")).sendKeys(username);
        browser.driver.findElement(By.id("newUser:displayName")).sendKeys("Rosa Cajera");
        new Select(browser.driver.findElement(By.id("newUser:role"))).selectByValue("agent");
        browser.driver.findElement(By.id("newUser:password")).sendKeys("corta");
        browser.driver.findElement(By.id("newUser:create")).click();
        browser.waitForText(By.id("newUser"), "Debe tener al menos 10 caracteres.");
        browser.screenshot("50-users-refused", true);

        WebElement password = browser.driver.findElement(By.id("newUser:password"));
        password.clear();
        password.sendKeys("caballo bateria grapa " + RUN);
        browser.driver.findElement(By.id("newUser:create")).click();
        browser.waitForText(By.id("users:messages"), "Se creó el usuario " + username);

        int row = rowOf(username);
        browser.driver.findElement(By.id("users:table:" + row + ":changeRole")).click();
        new Select(browser.waitFor(By.id("roleForm:selectedRole"))).selectByValue("operator");
        browser.driver.findElement(By.id("roleForm:save")).click();
        browser.waitForText(By.id("users:messages"), username + " ahora tiene el rol Operador");
        Api api = new Api(base);
        assertEquals("operator", api.get("/api/auth/me", api.login(username, "caballo bateria grapa " + RUN)).json()
                .getString("role"));
        browser.screenshot("51-users", true);
    }

    @Test
    void b_aUserChangesTheirOwnPasswordFromMiCuenta() {
        String username = "cajera-" + RUN;
        String first = "caballo bateria grapa " + RUN;
        browser.signIn(username, first);
        browser.driver.findElement(By.id("menu:account")).click();
        browser.waitFor(By.id("account:currentPassword")).sendKeys("no-es-la-clave");
        browser.driver.findElement(By.id("account:newPassword")).sendKeys("otra frase bastante larga");
        browser.driver.findElement(By.id("account:repeatedPassword")).sendKeys("otra frase bastante larga");
        browser.driver.findElement(By.id("account:save")).click();
        browser.waitForText(By.id("account"), "La contraseña actual no es correcta");

        browser.driver.findElement(By.id("account:currentPassword")).sendKeys(first);
        browser.driver.findElement(By.id("account:newPassword")).sendKeys("otra frase bastante larga");
        browser.driver.findElement(By.id("account:repeatedPassword")).sendKeys("otra frase bastante larga");
        browser.driver.findElement(By.id("account:save")).click();
        browser.waitForText(By.id("account:messages"), "Se cambió su contraseña");
        browser.screenshot("52-account", true);

        browser.signIn(username, "otra frase bastante larga");
        Api api = new Api(base);
        assertEquals(401, api.post("/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + first + "\"}",
                null).status(), "the old password no longer opens anything");
    }

    @Test
    void c_anAdminsNewPasswordLiftsTheWaitsAfterFailedLogins() throws InterruptedException {
        Api api = new Api(base);
        String guessed = users.username("agent");
        String guesser = "2001:db8:c0:" + RUN.substring(0, 4) + "::1";
        browser.signIn(users.username("admin"), users.password("admin"));
        Api.Reply reply = null;
        for (int attempt = 0; attempt < 10 && (reply == null || reply.status() != 429); attempt++) {
            reply = loginFrom(api, guessed, "wrong-" + attempt, guesser);
        }
        assertEquals(429, reply.status(), "the guessing client waits");
        // the first waits are a second or two: wait them out and guess again, as a patient attacker would, until
        // the next one lasts long enough for the page to show it
        while (Long.parseLong(reply.header("Retry-After")) < 8) {
            Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000 + 100);
            assertEquals(401, loginFrom(api, guessed, "patient-guess", guesser).status());
            reply = loginFrom(api, guessed, "impatient-guess", guesser);
            assertEquals(429, reply.status());
        }

        browser.open("/admin/users");
        int row = rowOf(guessed);
        assertFalse(browser.driver.findElements(By.cssSelector("#users\\:table_data .pi-clock")).isEmpty(),
                "the wait is shown");
        browser.driver.findElement(By.id("users:table:" + row + ":setPassword")).click();
        String fresh = "nueva frase del agente " + RUN;
        browser.waitFor(By.id("passwordForm:newPassword")).sendKeys(fresh);
        browser.driver.findElement(By.id("passwordForm:save")).click();
        browser.waitForText(By.id("users:messages"), "se levantaron");
        assertEquals(200, loginFrom(api, guessed, fresh, guesser).status());
    }

    private static Api.Reply loginFrom(Api api, String username, String password, String client) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        return api.send(api.request("/api/auth/login", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void d_anAdminDownloadsTheDatabaseDumpAndSeesHowMuchHasArrived() throws Exception {
        browser.signIn(users.username("admin"), users.password("admin"));
        browser.driver.findElement(By.id("menu:backup")).click();
        browser.waitFor(By.id("download")).click();
        browser.waitForText(By.id("backupStatus"), "Listo:");
        Path file = browser.waitForDownload(".sql.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String sql = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            assertTrue(sql.contains("CREATE TABLE"), sql.substring(0, Math.min(300, sql.length())));
        }
        assertTrue(file.getFileName().toString().matches("cartera-\\d{8}T\\d{6}Z-sqlserver\\.sql\\.gz"), file.toString());
        browser.screenshot("53-backup", true);
    }

    @Test
    void e_eachPageRefusesTheRolesItIsNotFor() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String operator = http.signIn(users.username("operator"), users.password("operator"));
        for (String path : List.of("/admin/users", "/admin/backup", "/admin/backup/dump.sql.gz")) {
            assertEquals(403, http.get(path, operator, Map.of()).statusCode(), path);
        }
        assertEquals(200, http.get("/admin/account", operator, Map.of()).statusCode());
        String home = http.get("/admin/", operator, Map.of()).body();
        assertTrue(home.contains("loansByStatus") && home.contains("Préstamos por estado"), "loans by status at home");
        assertTrue(!home.contains("menu:users") && !home.contains("menu:backup"), "no admin entries in the menu");
    }

    /** The row index of a user in the users table, found through the page's search by username. */
    private static int rowOf(String username) {
        WebElement find = browser.waitFor(By.id("users:find"));
        find.clear();
        find.sendKeys(username);
        browser.driver.findElement(By.id("users:search")).click();
        browser.waitForText(By.id("users:table_data"), username);
        // the user may be listed before the search's answer replaces the rows: read them again if they went stale
        for (int reading = 1; ; reading++) {
            try {
                List<WebElement> rows = browser.driver.findElements(By.cssSelector("#users\\:table_data > tr"));
                for (WebElement row : rows) {
                    if (row.getText().contains(username)) {
                        return Integer.parseInt(row.getDomAttribute("data-ri"));
                    }
                }
                throw new AssertionError(username + " is not in the users table");
            } catch (StaleElementReferenceException e) {
                if (reading == 3) {
                    throw e;
                }
                browser.waitForText(By.id("users:table_data"), username);
            }
        }
    }
}
