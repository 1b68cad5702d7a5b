package dev.cartera.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * The per-request cost of authentication on a running server: {@code GET /api/auth/me} with one token
 * (MicroProfile JWT verification, the revocation lookup and a small JSON answer), sequentially and with
 * 8 concurrent clients; then sequential logins, each a PBKDF2 hash and a token signature.
 *
 * <p>Arguments: the server's base URL (e.g. {@code http://127.0.0.1:18181}) and the user name; the password
 * comes from the environment variable {@code CARTERA_BENCH_PASSWORD}, so that it stays out of the process
 * list. Every loop is bounded by a request count and by {@link #TIME_LIMIT}.
 */
public final class HttpAuthBenchmark {

    private static final int WARM_UP_REQUESTS = 500;
    private static final int ME_REQUESTS = 5_000;
    private static final int LOGINS = 50;
    private static final int[] CONCURRENCIES = {1, 8};
    private static final int COMPARED_CONCURRENCY = 4;
    /** For the whole run. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(3);
    private static final String USAGE = "HttpAuthBenchmark <base URL> <username>";

    private HttpAuthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 2) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        MachineReport.print();
        run(new BenchHttp(URI.create(args[0]), TIME_LIMIT), args[1], password);
        MachineReport.printLoad("after");
    }

    private static void run(BenchHttp client, String username, String password) throws Exception {
        String token = client.token(username, password);
        HttpRequest me = HttpRequest.newBuilder(client.base.resolve("/api/auth/me"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
        client.measure(n -> me, status -> status == 200, WARM_UP_REQUESTS, 2); // compiles hot paths; not reported
        System.out.println();
        System.out.println(Latencies.header());
        for (int concurrency : CONCURRENCIES) {
            System.out.println(client.measure(n -> me, status -> status == 200, ME_REQUESTS, concurrency)
                    .row("GET /api/auth/me", concurrency));
        }
        // the yardstick: an authenticated read against a static file, same server, same connections
        HttpRequest page = HttpRequest.newBuilder(client.base.resolve("/index.html")).timeout(Duration.ofSeconds(30)).build();
        client.measure(n -> page, status -> status == 200, WARM_UP_REQUESTS, 2);
        Latencies statics = client.measure(n -> page, status -> status == 200, ME_REQUESTS, COMPARED_CONCURRENCY);
        Latencies authenticated = client.measure(n -> me, status -> status == 200, ME_REQUESTS, COMPARED_CONCURRENCY);
        System.out.println(statics.row("GET /index.html", COMPARED_CONCURRENCY));
        System.out.println(authenticated.row("GET /api/auth/me", COMPARED_CONCURRENCY));
        System.out.printf(java.util.Locale.ROOT, "%nGET /api/auth/me at %d connections: %.2f of the requests/s of /index.html "
                + "(target at least 0.50)%n%n", COMPARED_CONCURRENCY, authenticated.perSecond() / statics.perSecond());
        HttpRequest login = client.login(username, password);
        System.out.println(client.measure(n -> login, status -> status == 200, LOGINS, 1)
                .row("POST /api/auth/login", 1));
    }
}
