package dev.cartera.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.SharedServer;
import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} on the real WAR: closed to anyone without the scrape credentials (a token, even an admin's, is
 * not them), Payara's own endpoint gone, health still anonymous, and the application's figures moving as the
 * application works: import rows, jobs by status, login failures, export bytes and loyalty report generations.
 */
@SharedServer
class MetricsIT {

    @SharedServer.Url
    URL base;

    @Test
    void onlyTheScraperReadsTheMetricsWhileHealthStaysOpen() {
        Api api = new Api(base);
        Api.Reply anonymous = api.get("/metrics", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous::toString);
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic realm=\"cartera-metrics\""));
        assertTrue(anonymous.json().getString("detail").contains("cartera.metrics.password"), anonymous::toString);

        assertEquals(401, scrape(api, "metrics", "not-the-password").status());
        assertEquals(401, api.get("/metrics", api.loginAsAdmin()).status(), "an admin's token is not a scraper's");
        Api.Reply payaras = api.get("/metrics/base", null);
        assertTrue(payaras.status() >= 400 && !payaras.body().contains("mp_scope"), "Payara's own endpoint is off: " + payaras);
        assertEquals(200, api.get("/health/live", null).status());
        assertEquals(200, api.get("/health/ready", null).status());

        Api.Reply scraped = scrape(api, "metrics", ItEnvironment.metricsPassword());
        assertEquals(200, scraped.status());
        assertTrue(scraped.contentType().startsWith("text/plain; version=0.0.4"), scraped.contentType());
        assertTrue(scraped.body().contains("jvm_memory_used_bytes{"), "the JVM's figures");
        assertTrue(scraped.body().contains("cartera_import_jobs{status=\"SUCCEEDED\"}"), "jobs by status");
        assertFalse(scraped.body().contains("mp_scope"), "not Payara's MicroProfile Metrics");
    }

    @Test
    void theApplicationsFiguresMoveAsItWorks() {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();
        String before = scrape(api, "metrics", ItEnvironment.metricsPassword()).body();

        SplittableRandom random = new SplittableRandom();
        String first = RandomDocumentNumbers.randomCedula("13", random);
        StringBuilder csv = new StringBuilder("Cédula,Nombres,Apellidos\r\n").append(first).append(",Marta,Loor\r\n");
        for (int i = 1; i < 12; i++) {
            csv.append(RandomDocumentNumbers.randomCedula("13", random)).append(",Marta,Loor\r\n");
        }
        csv.append("123,Marta,Loor\r\n");
        Imports.assertCounts(new Imports(api, admin).run("customers", "apply", "metricas.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)), 13, 12, 0, 0, 1);
        assertEquals(401, api.post("/api/auth/login", Json.createObjectBuilder().add("username", "nobody-" + random.nextInt())
                .add("password", "wrong").build().toString(), null).status());
        long exported = api.bytes("/api/customers/export?format=csv&documentNumber.equals=" + first, admin).length;
        assertEquals(201, api.post("/api/reports/loyalty?month=2009-07", null, admin).status());

        String after = scrape(api, "metrics", ItEnvironment.metricsPassword()).body();
        String rows = "cartera_import_rows_total{dataset=\"customers\",outcome=\"%s\"}";
        assertEquals(12, value(after, rows.formatted("created")) - value(before, rows.formatted("created")), after);
        assertEquals(1, value(after, rows.formatted("rejected")) - value(before, rows.formatted("rejected")));
        assertTrue(value(after, "cartera_login_failures_total") - value(before, "cartera_login_failures_total") >= 1);
        String bytes = "cartera_export_bytes_total{kind=\"customers\"}";
        assertTrue(value(after, bytes) - value(before, bytes) >= exported, "at least the bytes this test read");
        String generated = "cartera_loyalty_generations_total{outcome=\"generated\"}";
        assertTrue(value(after, generated) - value(before, generated) >= 1);
        assertTrue(value(after, "cartera_import_jobs{status=\"SUCCEEDED\"}") >= 1);
    }

    private static Api.Reply scrape(Api api, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/metrics")).header("Authorization", "Basic " + basic).GET());
    }

    /** A sample's value in Prometheus' text format; 0 when the series does not exist yet. */
    private static double value(String exposition, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
