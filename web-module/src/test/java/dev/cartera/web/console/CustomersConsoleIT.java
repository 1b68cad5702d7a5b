package dev.cartera.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Clientes in a real browser, on the same shared server as {@link ConsoleIT}: the list with the API's filters, a
 * customer's page, the form with each field's problem next to it, and delete for admins only.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.MethodName.class)
class CustomersConsoleIT {

    /** Valid Ecuadorian cédulas (mod-10 check digit) that no other test registers. */
    static final String HELD = "0912345675";
    static final String NEW = "0102030400";
    static final String DELETABLE = "1712345675";

    private static Browser browser;
    private static ConsoleUsers users;
    private static Long heldId;

    @SharedServer.Url
    URL base;

    @BeforeEach
    void setUp() {
        if (browser == null) {
            browser = new Browser(base.toString());
        }
        if (heldId == null) {
            Api api = new Api(base);
            String admin = api.loginAsAdmin();
            Api.Reply created = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                    .add("documentNumber", HELD).add("firstName", "Zoila Rosa").add("lastName", "Quiñónez")
                    .add("country", "EC").build().toString(), admin);
            assertEquals(201, created.status(), created::toString);
            heldId = created.json().getJsonNumber("id").longValue();
            Api.Reply purchase = api.post("/api/purchases", Json.createObjectBuilder().add("customerId", heldId)
                    .add("invoiceNumber", "CC-" + UUID.randomUUID().toString().substring(0, 8))
                    .add("purchasedAt", "2026-10-31T15:00:00Z").add("amount", new BigDecimal("125000"))
                    .add("channel", "STORE").add("status", "COMPLETED").build().toString(), admin);
            assertEquals(201, purchase.status(), purchase::toString);
            users = ConsoleUsers.create(base, "customers", "operator", "agent");
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

    @Test
    void a_theListFiltersByTheApisFiltersKeepsThemInTheUrlAndExportsWhatItShows() throws Exception {
        signIn("agent");
        browser.open("/admin/customers");
        browser.waitFor(By.id("customers:table"));
        WebElement name = browser.waitFor(By.id("customers:name"));
        name.sendKeys("quiñonez", Keys.ENTER);
        browser.waitForUrlContaining("name.contains=");
        browser.waitForText(By.id("customers:table"), "Zoila Rosa Quiñónez");
        assertEquals(1, browser.driver.findElements(By.cssSelector("#customers\\:table_data tr")).size(),
                "one customer matches: accents and case do not matter, as in the API");
        assertTrue(browser.driver.findElements(By.id("customers:create")).isEmpty(), "an agent registers nobody");
        browser.screenshot("10-customers-list", true);

        browser.driver.findElement(By.id("exportList")).click();
        Path file = browser.waitForDownload(".csv");
        String csv = Files.readString(file);
        assertTrue(csv.contains(HELD), csv);
        assertEquals(2, csv.strip().lines().count(), "the header and the one customer the list shows");

        browser.open("/admin/customers?name.contains=quinonez&createdAt.lessThan=2000-01-01T05:00:00Z");
        browser.waitForText(By.id("customers:table"), "Ningún cliente cumple los filtros.");
        assertEquals("1999-12-31", browser.driver.findElement(By.id("customers:createdTo_input")).getDomProperty("value"),
                "the URL's instant is shown as the day it ends, in the company's zone");
        browser.driver.navigate().back();
        browser.waitForText(By.id("customers:table"), "Zoila Rosa Quiñónez");

        browser.driver.findElement(By.linkText("Zoila Rosa Quiñónez")).click();
        browser.waitForText(By.id("customerName"), "Zoila Rosa Quiñónez");
        assertEquals("1", browser.driver.findElement(By.id("purchaseCount")).getText());
        assertTrue(browser.driver.findElements(By.id("customer:edit")).isEmpty());
        assertTrue(browser.driver.findElements(By.id("customer:delete")).isEmpty());
        browser.screenshot("11-customer", false);
    }

    @Test
    void b_theFormShowsEachProblemNextToItsFieldInSpanishThenRegisters() {
        signIn("operator");
        browser.open("/admin/customers");
        browser.waitFor(By.id("customers:create")).click();
        WebElement number = browser.waitFor(By.id("form:documentNumber"));
        new Select(browser.driver.findElement(By.id("form:documentType"))).selectByValue("CI");
        number.sendKeys("0102030401", Keys.TAB);
        browser.waitFor(By.id("form:email")).sendKeys("ana@");
        browser.driver.findElement(By.id("form:phone")).sendKeys("12");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("form"), "El dígito verificador de «0102030401» no cuadra");

        WebElement again = browser.driver.findElement(By.id("form:documentNumber"));
        again.clear();
        again.sendKeys("010.203.040-0", Keys.TAB);
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("form"), "«ana@» no es un correo electrónico válido.");
        String form = browser.driver.findElement(By.id("form")).getText();
        assertTrue(form.contains("Es obligatorio."), "the missing names: " + form);
        assertTrue(form.contains("«12» no es un teléfono válido en EC"), form);
        assertTrue(browser.driver.findElements(By.id("form:documentNumber")).get(0).getDomProperty("value")
                .contains("010.203.040-0"), "what was typed stays");
        browser.screenshot("12-customer-form-problems", true);

        browser.waitFor(By.id("form:firstName")).sendKeys("Ana <i>Lucía</i>");
        browser.driver.findElement(By.id("form:lastName")).sendKeys("Pérez");
        WebElement email = browser.driver.findElement(By.id("form:email"));
        email.clear();
        email.sendKeys("ana.perez@example.com");
        WebElement phone = browser.driver.findElement(By.id("form:phone"));
        phone.clear();
        phone.sendKeys("099 765 4321");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("customerName"), "Ana <i>Lucía</i> Pérez");
        assertTrue(browser.driver.findElement(By.id("customerName")).findElements(By.tagName("i")).isEmpty(),
                "markup typed in a name comes back as text");
        assertTrue(browser.driver.getPageSource().contains("+593997654321"), "the phone stored in E.164");
        assertTrue(browser.driver.findElement(By.id("customer:messages")).getText().contains("Se registró a"));
        assertTrue(browser.driver.findElement(By.id("customer:customerDocument")).getText().contains(NEW));

        browser.driver.findElement(By.id("customer:edit")).click();
        WebElement address = browser.waitFor(By.id("form:address"));
        assertEquals("true", browser.driver.findElement(By.id("form:documentNumber")).getDomProperty("disabled"),
                "the document never changes");
        address.sendKeys("Av. Amazonas N34-12");
        browser.driver.findElement(By.id("form:save")).click();
        browser.waitForText(By.id("customer:address"), "Av. Amazonas N34-12");
        browser.screenshot("13-customer-saved", false);
    }

    @Test
    void c_onlyAnAdminDeletesAndACustomerWithRecordsIsKept() {
        ConsoleHttp http = new ConsoleHttp(base.toString());
        String operator = http.signIn(users.username("operator"), users.password("operator"));
        assertEquals(200, http.get("/admin/customer/edit?id=" + heldId, operator, Map.of()).statusCode());
        String agent = http.signIn(users.username("agent"), users.password("agent"));
        assertEquals(403, http.get("/admin/customer/edit?id=" + heldId, agent, Map.of()).statusCode(),
                "an agent gets no form, whatever the menu shows");
        assertEquals(404, http.get("/admin/customer?id=999999999", agent, Map.of()).statusCode());

        signIn("admin");
        browser.open("/admin/customer?id=" + heldId);
        browser.waitFor(By.id("customer:delete")).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(By.id("customer:messages"), "No se puede eliminar: el cliente tiene 0 préstamos y 1 compras");

        Api api = new Api(base);
        String token = api.loginAsAdmin();
        Api.Reply deletable = api.post("/api/customers", Json.createObjectBuilder().add("documentType", "CI")
                .add("documentNumber", DELETABLE).add("firstName", "Pedro").add("lastName", "Borrable")
                .build().toString(), token);
        assertEquals(201, deletable.status(), deletable::toString);
        long newId = deletable.json().getJsonNumber("id").longValue();
        browser.open("/admin/customer?id=" + newId);
        browser.waitFor(By.id("customer:delete")).click();
        browser.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(By.id("customers:messages"), "Se eliminó a");
        assertEquals(404, api.get("/api/customers/" + newId, token).status());
    }
}
