package dev.cartera.web.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances as one Payara cluster on loopback, started by {@code scripts/cluster-on-loopback.sh} on one H2 TCP
 * database and one s3proxy bucket: what an operator running several instances relies on. The methods run in order
 * on the one cluster; the last kills instance a and starts it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Short, so the takeover is watched in seconds; production keeps PT2M. */
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(8);

    private static LoopbackCluster cluster;
    private static Smtp smtp;
    private static Api a;
    private static Api b;

    @BeforeAll
    static void startCluster() throws Exception {
        smtp = Smtp.start();
        cluster = LoopbackCluster.up(Map.of(
                "CARTERA_IMPORTS_LEASE_TIMEOUT", LEASE_TIMEOUT.toString(),
                "CARTERA_IMPORTS_CHUNK_SIZE", "200",
                "CARTERA_IMPORTS_MAPPING_MODEL", "false",
                "CARTERA_LOYALTY_TEST_SCHEDULE", "*/5 * * * * *",
                "CARTERA_MAIL_SMTP_HOST", "127.0.0.1",
                "CARTERA_MAIL_SMTP_PORT", String.valueOf(smtp.port()),
                "CARTERA_MAIL_SMTP_TLS", "none",
                "CARTERA_MAIL_SWEEP_INTERVAL", "PT1S",
                "CARTERA_MAIL_FROM", "bienvenida@cartera.test"));
        a = cluster.api("a");
        b = cluster.api("b");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.down();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void theMembersFindEachOtherThroughTheirLoopbackListOnly() throws Exception {
        for (String name : List.of("a", "b")) {
            String grid = cluster.gridConfiguration(name);
            assertTrue(grid.contains("discovery-mode=\"tcpip\""), grid);
            assertTrue(grid.contains("interface=\"127.0.0.1\""), grid);
            String members = grid.replaceAll("(?s).*tcpip-members=\"([^\"]*)\".*", "$1");
            assertEquals(List.of("127.0.0.1:" + cluster.clusterPort("a"), "127.0.0.1:" + cluster.clusterPort("b")),
                    List.of(members.split(",")), grid);
            String log = cluster.log(name);
            assertTrue(log.contains("Using TCP/IP discovery"), "instance " + name + " discovers by its TCP/IP list");
            assertFalse(log.toLowerCase().contains("multicast discovery"), "instance " + name + " uses multicast");
            assertTrue(log.contains("Members {size:2"), "instance " + name + " sees both members");
            List<String> sockets = cluster.listeningSockets(name);
            assertTrue(sockets.containsAll(List.of("127.0.0.1:" + cluster.httpPort(name),
                    "127.0.0.1:" + cluster.clusterPort(name))), "instance " + name + " listens on " + sockets);
            for (String socket : sockets) {
                assertTrue(socket.startsWith("127.0.0.1:"), "instance " + name + " listens on " + socket);
            }
        }
        for (String shared : List.of("database", "s3proxy")) {
            for (String socket : cluster.listeningSockets(shared)) {
                assertTrue(socket.contains("127.0.0.1:"), shared + " listens on " + socket);
            }
        }
    }

    @Test
    @Order(2)
    void bothInstancesTimersFireForLastMonthAndOneReportIsWritten() throws Exception {
        String month = YearMonth.now(ZoneId.of("America/Guayaquil")).minusMonths(1).toString();
        String line = "Monthly loyalty report " + month + ": ";
        awaitTrue(() -> cluster.log("a").contains(line) && cluster.log("b").contains(line), Duration.ofSeconds(60),
                "both instances' timers fired for " + month);
        Thread.sleep(6_000); // a firing more on each

        long generated = Stream.of("a", "b").mapToLong(name -> count(cluster.log(name), line + "generated")).sum();
        assertEquals(1, generated, "one instance wrote the report, the others found it");
        String token = admin(a);
        JsonObject report = b.get("/api/reports/loyalty/" + month, token).json();
        assertEquals("READY", report.getString("status"), report::toString);
        assertEquals(List.of(month), cluster.objectsUnder("reports/loyalty").stream()
                .map(key -> key.replaceAll("reports/loyalty/(\\d{4})/(\\d{2})/.*", "$1-$2")).toList(),
                "one workbook in the bucket");
    }

    @Test
    @Order(3)
    void anImportUploadedToOneInstanceIsReadFromTheOtherAndWelcomesEachCustomerOnce() throws Exception {
        String token = admin(a);
        SplittableRandom random = new SplittableRandom(20);
        List<String> documents = documents(30, random, "17");
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Cédula,Nombres,Apellidos,Correo\r\n");
        for (int i = 0; i < documents.size(); i++) {
            csv.append(documents.get(i)).append(",Rosa,Cedeño,")
                    .append(i == 7 ? "not-an-address" : email(run, i)).append("\r\n");
        }
        Api.Reply accepted = new Imports(a, token).upload("customers", "apply", "socios.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));

        JsonObject job = new Imports(b, token).finished(accepted);
        assertEquals("SUCCEEDED", job.getString("status"), job::toString);
        Imports.assertCounts(job, 30, 29, 0, 0, 1);
        Map<Long, String> issues = new Imports(b, token).issues(job.getString("id"));
        assertEquals(Set.of(8L), issues.keySet(), "the eighth row's problem, read from b: " + issues);

        // both instances' dispatchers and sweeps run every second: each customer is welcomed once all the same
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            if (i != 7) {
                expected.add(email(run, i));
            }
        }
        awaitTrue(() -> expected.stream().allMatch(to -> smtp.receivedBy(to) > 0), Duration.ofSeconds(90),
                "every welcome message arrived");
        Thread.sleep(5_000); // five sweeps more on each instance
        for (String to : expected) {
            assertEquals(1, smtp.receivedBy(to), "messages to " + to);
        }
    }

    @Test
    @Order(4)
    void aTokenRevokedOnOneInstanceIsRefusedByTheOtherAtOnce() {
        String token = admin(a);
        assertEquals(200, b.get("/api/auth/me", token).status(), "b takes a's token");

        assertEquals(204, a.post("/api/auth/logout", "", token).status());

        assertEquals(401, b.get("/api/auth/me", token).status(), "revoked on a, refused by b");
    }

    @Test
    @Order(5)
    void failedLoginsOnOneInstanceThrottleTheAccountOnTheOther() throws InterruptedException {
        String admin = admin(a);
        String username = "cajero-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Secret-" + UUID.randomUUID();
        a.createUser(admin, username, "agent", password);

        // wrong passwords on a, each wait waited out, until the wait is long enough to try b within it
        Api.Reply onA = null;
        for (int guess = 0; guess < 20 && (onA == null || retryAfter(onA) < 4); guess++) {
            if (onA != null && onA.status() == 429) {
                Thread.sleep(Duration.ofSeconds(retryAfter(onA)).plusMillis(100));
            }
            onA = a.post("/api/auth/login", login(username, "wrong-" + guess), null);
            assertTrue(onA.status() == 401 || onA.status() == 429, onA::toString);
        }
        Api.Reply onB = b.post("/api/auth/login", login(username, password), null);

        assertEquals(429, onB.status(), "the failures counted on a hold on b, even for the right password: " + onB);
        assertTrue(retryAfter(onB) > 0, onB::toString);
    }

    private static long retryAfter(Api.Reply reply) {
        return reply.status() == 429 ? Long.parseLong(reply.header("Retry-After")) : 0;
    }

    @Test
    @Order(6)
    void anImportWhoseInstanceIsKilledIsFailedByTheOtherWithinTheLeaseAndFinishedByUploadingItAgain() throws Exception {
        String token = admin(b);
        List<String> documents = documents(150_000, new SplittableRandom(21), "09");
        StringBuilder csv = new StringBuilder("Cédula,Nombres,Apellidos\r\n");
        documents.forEach(document -> csv.append(document).append(",Luis,Andrade\r\n"));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        String id = new Imports(a, token).upload("customers", "apply", "clientes.csv", file).json().getString("id");
        awaitTrue(() -> rowsRead(b.get("/api/imports/" + id, token).json()) >= 2_000, Duration.ofSeconds(120),
                "a processes the import");
        cluster.kill("a");
        Instant killed = Instant.now();

        JsonObject failed = awaitJob(b, token, id, job -> "FAILED".equals(job.getString("status")),
                LEASE_TIMEOUT.multipliedBy(4));
        Duration takeover = Duration.between(killed, Instant.now());
        assertTrue(failed.getString("message").contains("Instance a"), failed::toString);
        long committed = failed.getJsonObject("counts").getJsonNumber("created").longValue();
        assertTrue(committed > 0 && committed < documents.size(), failed::toString);
        System.out.println("ClusterIT: b failed a's job " + takeover.toMillis() + " ms after a was killed"
                + " (lease timeout " + LEASE_TIMEOUT + "), " + committed + " rows committed before");

        // the same file again, on b; a starts again meanwhile and must leave b's job alone
        String again = new Imports(b, token).upload("customers", "apply", "clientes.csv", file).json().getString("id");
        awaitJob(b, token, again, job -> "RUNNING".equals(job.getString("status")), Duration.ofSeconds(60));
        cluster.start("a");
        JsonObject whenAStarted = b.get("/api/imports/" + again, token).json();
        assertEquals("RUNNING", whenAStarted.getString("status"),
                "b's job was still running when a had started (else the file is too small to show it): " + whenAStarted);

        JsonObject finished = awaitJob(a, token, again, job -> !List.of("QUEUED", "RUNNING")
                .contains(job.getString("status")), Duration.ofMinutes(5));
        assertEquals("SUCCEEDED", finished.getString("status"), finished::toString);
        Imports.assertCounts(finished, documents.size(), documents.size() - committed, 0, committed, 0);
    }

    private static JsonObject awaitJob(Api api, String token, String id, Predicate<JsonObject> done, Duration within)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        JsonObject job = null;
        while (Instant.now().isBefore(deadline)) {
            job = api.get("/api/imports/" + id, token).json();
            if (done.test(job)) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + id + " not as expected within " + within + ": " + job);
    }

    private static String admin(Api api) {
        return api.login("admin", cluster.adminPassword());
    }

    private static long rowsRead(JsonObject job) {
        return job.getJsonObject("counts").getJsonNumber("read").longValue();
    }

    private static List<String> documents(int count, SplittableRandom random, String province) {
        Set<String> unique = new LinkedHashSet<>();
        while (unique.size() < count) {
            unique.add(RandomDocumentNumbers.randomCedula(province, random));
        }
        return List.copyOf(unique);
    }

    private static String email(String run, int i) {
        return "socio" + i + "-" + run + "@example.com";
    }

    private static String login(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    private static long count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static void awaitTrue(Check check, Duration within, String what) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            Thread.sleep(500);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }
}
