package dev.cartera.web.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The admin console in a real browser and over plain HTTP, against the shared Payara Micro running the real WAR:
 * sign-in, the lookup, the home page, language, sessions and the role matrix. The customers and imports pages have
 * their own classes on the same server.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.MethodName.class)
class ConsoleIT {

    /** A valid Ecuadorian cédula (mod-10 check digit 5). */
    static final String CEDULA = "1710034065";

    private static Browser browser;
    private static ConsoleUsers users;
    private static Long customerId;

    @SharedServer.Url
    URL base;

    @BeforeEach
    void setUp() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        if (customerId == null) {
            Api api = new Api(base);
            String admin = api.loginAsAdmin();
            Api.Reply created = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                    .add("documentNumber", CEDULA).add("firstName", "María José").add("lastName", "Núñez <b>Vera</b>")
                    .add("email", "mjnunez@example.com").add("phone", "0991234567").add("country", "EC")
                    .build().toString(), admin);
            assertEquals(201, created.status(), created::toString);
            customerId = created.json().getJsonNumber("id").longValue();
            users = ConsoleUsers.create(base, "console", "operator", "agent", "user");
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

    private void signOut() {
        browser.driver.findElement(By.id("menu:signout")).click();
        browser.waitFor(By.id("signin:username"));
    }

    @Test
    void a_signInIsInSpanishAndRefusesAWrongPasswordWithTheApisGenericAnswer() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/admin/lookup");
        browser.waitForUrlContaining("/admin/login");
        assertTrue(browser.driver.getPageSource().contains("Iniciar sesión"));
        browser.screenshot("01-login", true);
        browser.waitFor(By.id("signin:username")).sendKeys(users.username("agent"));
        browser.driver.findElement(By.id("signin:password")).sendKeys("not-the-password", Keys.ENTER);
        browser.waitForText(By.id("signin:messages"), "no son correctos");
        browser.screenshot("02-login-refused", false);
    }

    @Test
    void b_anAgentLooksACustomerUpByKeyboardAndExportsTheThreeFormats() throws Exception {
        signIn("agent");
        browser.screenshot("03-home-agent", true);
        browser.open("/admin/lookup");
        WebElement number = browser.waitFor(By.id("lookup:number"));
        browser.waitForFocus(By.id("lookup:number"), "the number field has the focus on load");
        new Select(browser.driver.findElement(By.id("lookup:type"))).selectByValue("CI");

        number.sendKeys("171003406", Keys.ENTER);
        browser.waitForText(By.id("lookup:numberMessage"), "una cédula tiene 10 dígitos");
        browser.screenshot("04-lookup-rule", false);

        WebElement again = browser.waitFor(By.id("lookup:number"));
        again.clear();
        again.sendKeys("1710034073", Keys.ENTER);
        browser.waitForText(By.id("lookup:numberMessage"), "Ningún cliente tiene Cédula (CI) 1710034073");

        again = browser.waitFor(By.id("lookup:number"));
        again.clear();
        again.sendKeys("171.003.406-5", Keys.ENTER);
        browser.waitForText(By.id("customerName"), "María José");
        String page = browser.driver.getPageSource();
        assertTrue(page.contains("mjnunez@example.com"), "the e-mail is shown");
        assertTrue(page.contains("+593991234567"), "the phone in E.164");
        assertTrue(browser.driver.findElement(By.id("lookup:loyalty")).getText().contains("No califica"));
        browser.screenshot("05-lookup-result", true);

        Api api = new Api(base);
        String token = api.login(users.username("agent"), users.password("agent"));
        for (String format : List.of("csv", "xlsx", "txt")) {
            browser.driver.findElement(By.id("export" + (format.equals("xlsx") ? "Xlsx" : format.equals("csv") ? "Csv" : "Txt"))).click();
            Path file = browser.waitForDownload("." + format);
            byte[] fromApi = api.bytes("/api/customers/" + customerId + "/export?format=" + format, token);
            if (format.equals("xlsx")) {
                byte[] fromPage = Files.readAllBytes(file);
                assertEquals('P', fromPage[0]);
                assertEquals('K', fromPage[1]);
            } else {
                assertArrayEquals(fromApi, Files.readAllBytes(file), format + " as the API's");
            }
            assertTrue(file.getFileName().toString().startsWith("customer-" + customerId + "-CI-" + CEDULA));
        }
    }

    @Test
    void c_markupTypedIntoCustomerFieldsComesBackAsText() {
        signIn("agent");
        browser.open("/admin/lookup?type=CI&number=" + CEDULA);
        WebElement name = browser.waitFor(By.id("customerName"));
        assertTrue(name.getText().contains("<b>Vera</b>"), name.getText());
        assertTrue(name.findElements(By.tagName("b")).isEmpty(), "no element made of the customer's text");
    }

    @Test
    void d_theLanguageSwitchesToEnglishAndIsRememberedForTheUser() {
        signIn("operator");
        browser.driver.findElement(By.id("menu:lang-en")).click();
        browser.waitForText(By.id("menu:nav"), "Customer lookup");
        signOut();
        signIn("operator");
        assertTrue(browser.driver.findElement(By.id("menu:nav")).getText().contains("Customer lookup"),
                "English again after signing in anew");
        browser.screenshot("06-home-english", false);
        browser.driver.findElement(By.id("menu:lang-es")).click();
        browser.waitForText(By.id("menu:nav"), "Consulta de clientes");
    }

    @Test
    void e_signOutEndsTheSessionOnTheServer() {
        signIn("agent");
        String session = browser.cookie(ConsoleHttp.COOKIE);
        signOut();
        assertTrue(browser.driver.getPageSource().contains("Cerró la sesión"));
        HttpResponse<String> reused = new ConsoleHttp(base.toString()).get("/admin/lookup", session, Map.of());
        assertEquals(302, reused.statusCode());
        assertTrue(reused.headers().firstValue("Location").orElse("").contains("/admin/login"));
    }

    @Test
    void f_theSessionIdChangesAtSignInAndTheCookieIsHttpOnlyAndSameSite() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        HttpResponse<String> loginPage = http.get("/admin/login", null, Map.of());
        String before = ConsoleHttp.sessionOf(loginPage);
        assertNotNull(before, "the sign-in page opens a session for its form");
        String cookie = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(ConsoleHttp.COOKIE)).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        String after = http.signIn(users.username("agent"), users.password("agent"));
        assertNotEquals(before, after);
        assertEquals(302, http.get("/admin/lookup", before, Map.of()).statusCode(), "the old id is worth nothing");
        assertEquals(200, http.get("/admin/lookup", after, Map.of()).statusCode());
    }

    @Test
    void g_aPostWithoutTheAntiForgeryTokenOrFromAnotherSiteIsRefused() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String session = http.signIn(users.username("agent"), users.password("agent"));
        Map<String, String> search = Map.of("lookup", "lookup", "lookup:type", "CI", "lookup:number", CEDULA,
                "lookup:search", "");
        assertEquals(403, http.post("/admin/lookup", session, search, Map.of()).statusCode());

        String viewState = ConsoleHttp.viewState(http.get("/admin/lookup", session, Map.of()).body());
        var withState = new java.util.HashMap<>(search);
        withState.put("jakarta.faces.ViewState", viewState);
        assertEquals(403, http.post("/admin/lookup", session, withState, Map.of("Origin", "https://evil.example"))
                .statusCode());
        withState.put("jakarta.faces.ViewState", "forged-" + UUID.randomUUID());
        assertNotEquals(200, http.post("/admin/lookup", session, withState, Map.of()).statusCode(),
                "a view state Faces did not issue is refused");
    }

    @Test
    void h_theApiRefusesAPageSessionAndThePagesRefuseABearerToken() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String session = http.signIn("admin", ItEnvironment.adminPassword());
        Api api = new Api(base);
        Api.Reply withCookie = api.send(api.request("/api/customers", null).header("Cookie", ConsoleHttp.COOKIE + "=" + session).GET());
        assertEquals(401, withCookie.status());

        String token = api.loginAsAdmin();
        HttpResponse<String> page = http.get("/admin/lookup", null, Map.of("Authorization", "Bearer " + token));
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/admin/login"));
    }

    @Test
    void i_eachRoleCanDoExactlyItsRowOfTheMatrix() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        Map<String, List<String>> allowed = Map.of(
                "/admin/", List.of("admin", "operator", "agent", "user"),
                "/admin/lookup", List.of("admin", "operator", "agent"),
                "/admin/customers/export/" + customerId + ".csv", List.of("admin", "operator", "agent"),
                "/admin/customers/export/list.csv", List.of("admin", "operator", "agent"),
                "/admin/customers", List.of("admin", "operator", "agent", "user"),
                "/admin/customer?id=" + customerId, List.of("admin", "operator", "agent", "user"),
                "/admin/customer/edit?id=" + customerId, List.of("admin", "operator"),
                "/admin/customer/edit", List.of("admin", "operator"),
                "/admin/imports", List.of("admin", "operator"));
        List<String> wrong = new ArrayList<>();
        for (String role : List.of("admin", "operator", "agent", "user")) {
            String session = http.signIn(users.username(role), users.password(role));
            String home = http.get("/admin/", session, Map.of()).body();
            allowed.forEach((path, roles) -> {
                int status = http.get(path, session, Map.of()).statusCode();
                int expected = roles.contains(role) ? 200 : 403;
                if (status != expected) {
                    wrong.add(path + " as " + role + ": " + status + ", expected " + expected);
                }
            });
            boolean lookupInMenu = home.contains("menu:lookup");
            if (lookupInMenu != List.of("admin", "operator", "agent").contains(role)) {
                wrong.add("menu shows lookup to " + role + ": " + lookupInMenu);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertFalse(http.get("/admin/lookup.xhtml", null, Map.of()).body().contains("xmlns:ui"),
                "the page source is never served");
    }

    @Test
    void j_theHomePageShowsTheDaysFiguresAndWhatTheRoleMaySee() {
        Api api = new Api(base);
        long customers = Long.parseLong(api.get("/api/customers?size=1", api.loginAsAdmin()).header("X-Total-Count"));
        signIn("operator");
        assertEquals(String.valueOf(customers), browser.waitFor(By.id("customerCount")).getText().replace(".", ""));
        assertFalse(browser.driver.findElements(By.cssSelector("#provinceChart canvas, canvas#provinceChart")).isEmpty(),
                "the chart of customers by province is drawn");
        assertFalse(browser.driver.findElements(By.id("latestImports")).isEmpty(), "an operator sees the imports");
        assertFalse(browser.driver.getPageSource().contains("Último reporte de fidelización"),
                "but not the loyalty reports");
        browser.screenshot("07-home-operator", true);
        signIn("user");
        assertTrue(browser.driver.findElements(By.id("latestImports")).isEmpty(), "the read-only role sees neither");
        assertTrue(browser.driver.findElements(By.id("menu:lookup")).isEmpty());
        assertFalse(browser.driver.findElements(By.id("menu:customers")).isEmpty(), "but may list customers");
    }
}
