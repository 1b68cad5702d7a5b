package dev.cartera.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin console's pages as an agent's browser asks for them, on a running server: signed in through the
 * sign-in form (session cookie, view state), then full page loads of the bookmarkable Consulta de clientes
 * ({@code /admin/lookup?type=&number=}, the lookup runs while the page renders) over the documents of a
 * {@link CustomerBulkLoad} sample, and of Clientes ({@code /admin/customers}, the first page of the lazy table)
 * unfiltered and with the filters the form offers. One client, so each figure is the server's time per page
 * plus a loopback round trip.
 *
 * <p>Arguments: base URL, user name and the sample file; the password comes from {@code CARTERA_BENCH_PASSWORD}.
 * Every row is bounded by a request count and by {@link #ROW_LIMIT}.
 */
public final class ConsolePagesBenchmark {

    private static final Duration ROW_LIMIT = Duration.ofMinutes(2);
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> DOCUMENT_TYPES = List.of("CI", "RUC", "CC", "CE", "NIT", "PASSPORT", "CPF", "CNPJ");
    private static final List<String> NAMES = List.of("garcia", "rodriguez", "martinez", "lopez", "gonzalez", "perez",
            "sanchez", "ramirez", "torres", "flores", "rivera", "gomez", "diaz", "cruz", "morales", "reyes", "ortiz",
            "castillo", "jimenez", "vargas", "romero", "herrera", "medina", "mendoza", "castro", "ruiz", "silva",
            "andrea", "carlos", "comercial");
    private static final String USAGE = "ConsolePagesBenchmark <base URL> <username> <sample file>";

    private ConsolePagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String password = BenchHttp.passwordFromEnvironment(USAGE);
        if (args.length != 3) {
            System.err.println("usage: CARTERA_BENCH_PASSWORD=... " + USAGE);
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        List<String[]> hits = Files.readAllLines(Path.of(args[2])).stream().filter(line -> line.startsWith("hit,"))
                .map(line -> line.split(",")).toList();
        MachineReport.print();
        String cookie = signIn(base, args[1], password);
        check(base, cookie, lookupPath(hits.get(0)), "customerName");
        check(base, cookie, "/admin/customers", "customers:table_data");

        row(base, cookie, "warm-up (not reported)", 300, n -> lookupPath(hits.get(n % hits.size())));
        System.out.println();
        System.out.println(Latencies.header());
        row(base, cookie, "/admin/lookup?type=&number= (found)", 1_000, n -> lookupPath(hits.get(n % hits.size())));
        row(base, cookie, "/admin/customers (first page, by id)", 100, n -> "/admin/customers");
        row(base, cookie, "/admin/customers?documentNumber.equals=", 300,
                n -> "/admin/customers?documentNumber.equals=" + hits.get(n % hits.size())[2]);
        // each filtered row rotates its values: H2 hands back the last result of a prepared statement run again
        // with the same parameters, which would measure a cache no real desk of agents hits
        row(base, cookie, "/admin/customers?documentType.equals=", 32,
                n -> "/admin/customers?documentType.equals=" + DOCUMENT_TYPES.get(n % DOCUMENT_TYPES.size()));
        row(base, cookie, "/admin/customers?provinceId.equals=", 48, n -> "/admin/customers?provinceId.equals=" + (1 + n % 24));
        row(base, cookie, "/admin/customers?name.contains=", 30,
                n -> "/admin/customers?name.contains=" + NAMES.get(n % NAMES.size()));
        row(base, cookie, "/admin/customers?country.equals=", 12,
                n -> "/admin/customers?country.equals=" + List.of("EC", "CO", "BR").get(n % 3));
        MachineReport.printLoad("after");
    }

    private static void row(URI base, String cookie, String what, int requests, IntFunction<String> path)
            throws Exception {
        BenchHttp client = new BenchHttp(base, ROW_LIMIT);
        Latencies latencies = client.measure(n -> HttpRequest.newBuilder(base.resolve(path.apply(n)))
                .header("Cookie", cookie).timeout(ROW_LIMIT).build(), status -> status == 200, requests, 1);
        if (!what.startsWith("warm-up")) {
            System.out.println(latencies.row("GET " + what, 1));
        }
    }

    private static String lookupPath(String[] hit) {
        return "/admin/lookup?type=" + encode(hit[1]) + "&number=" + encode(hit[2]);
    }

    /** Signs in through the form, as a browser does; the session cookie it ends with. */
    private static String signIn(URI base, String username, String password) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String page = http.send(HttpRequest.newBuilder(base.resolve("/admin/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no sign-in form at " + base.resolve("/admin/login"));
        }
        String form = "signin=signin&signin%3Ausername=" + encode(username) + "&signin%3Apassword=" + encode(password)
                + "&signin%3Anext=&signin%3Asubmit=&jakarta.faces.ViewState=" + encode(state.group(1).replace("&#58;", ":"));
        int status = http.send(HttpRequest.newBuilder(base.resolve("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 302) {
            throw new IllegalStateException("sign-in answered " + status);
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("CARTERA_CONSOLE"))
                .map(c -> c.getName() + "=" + c.getValue()).reduce((first, last) -> last).orElseThrow();
    }

    /** One page before measuring, so a run that only measures error pages cannot pass for a result. */
    private static void check(URI base, String cookie, String path, String expected) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains(expected)) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + " without " + expected);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
