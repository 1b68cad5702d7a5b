package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ScriptedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code run.sh}'s CARTERA_HTTP_THREADS: however many clients call at once, only that many requests are served at
 * once, and the others are answered when their turn comes. Each request's log line names the worker that served it.
 */
class HttpWorkersIT {

    private static final Pattern REQUEST_WORKER =
            Pattern.compile("\\[dev\\.cartera\\.requests] \\[tid: _ThreadID=\\d+ _ThreadName=([^\\]]+)]");
    private static final int CLIENTS = 24;
    private static final int REQUESTS = 240;

    @Test
    void manyClientsAtOnceAreServedByTheConfiguredWorkersOnly() throws Exception {
        try (ScriptedServer server = new ScriptedServer("http-workers")) {
            Api api = server.start(Map.of("CARTERA_HTTP_THREADS", "3"));

            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> statuses = new ArrayList<>();
            try {
                for (int i = 0; i < REQUESTS; i++) {
                    statuses.add(clients.submit(() -> api.get("/index.html", null).status()));
                }
                for (Future<Integer> status : statuses) {
                    assertEquals(200, status.get(2, TimeUnit.MINUTES));
                }
            } finally {
                clients.shutdownNow();
            }

            Set<String> workers = workersLogged(server.log(), REQUESTS);
            assertTrue(workers.size() <= 3, "served by " + workers);
        }
    }

    @Test
    void aWorkerCountThatIsNotANumberStopsTheStartWithAReason() throws Exception {
        try (ScriptedServer server = new ScriptedServer("http-workers-refused")) {
            assertEquals(1, server.startRefused(Map.of("CARTERA_HTTP_THREADS", "many")));
            assertTrue(Files.readString(server.log(), StandardCharsets.UTF_8)
                    .contains("CARTERA_HTTP_THREADS must be a whole number from 1 to 9999, not 'many'"));
        }
    }

    /** The workers named by the request log lines, once all of them are written (the log is written behind). */
    private static Set<String> workersLogged(Path log, int requests) throws Exception {
        for (int attempt = 0; ; attempt++) {
            Set<String> workers = new TreeSet<>();
            int lines = 0;
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                Matcher worker = REQUEST_WORKER.matcher(line);
                if (line.contains("GET /index.html 200") && worker.find()) {
                    workers.add(worker.group(1));
                    lines++;
                }
            }
            if (lines >= requests || attempt == 50) {
                assertEquals(requests, lines, "a log line for every request");
                return workers;
            }
            Thread.sleep(200);
        }
    }
}
