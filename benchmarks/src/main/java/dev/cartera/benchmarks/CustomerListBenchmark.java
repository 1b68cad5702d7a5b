package dev.cartera.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code GET /api/customers} with every whitelisted filter field and operator, and every sort in both directions,
 * on a running server (the target: p95 under 300 ms at 1,000,000 customers, the count included). The
 * values come from the server's own customers, read first from pages spread over the table, so each request of a
 * batch asks for a different customer, name, e-mail or city. How it runs, and its arguments: {@link ListBenchmark}.
 */
public final class CustomerListBenchmark {

    private static final String USAGE = "CustomerListBenchmark <base URL> <username> [label text]";

    private CustomerListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ListBenchmark.run(args, USAGE, "/api/customers", CustomerSeeds::read, CustomerListBenchmark::queries);
    }

    /** Each query by its label; the function gives the n-th request's query string. */
    private static Map<String, IntFunction<String>> queries(CustomerSeeds s) {
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        ListBenchmark.sorts(queries, List.of("id", "name", "documentNumber", "createdAt", "updatedAt"));
        queries.put("page=400 (offset 8,000), sort=name", n -> "page=400&sort=name,asc");
        queries.put("name.equals=<full name>", n -> "name.equals=" + enc(s.pick("name", n)));
        queries.put("name.in=<two full names>", n -> "name.in=" + enc(s.pick("name", n) + "," + s.pick("name", n + 1)));
        queries.put("name.contains=<last name>", n -> "name.contains=" + enc(s.pick("lastName", n)));
        queries.put("name.contains=<last name>, sort=name", n -> "name.contains=" + enc(s.pick("lastName", n)) + "&sort=name,asc");
        queries.put("name.contains=maria (a common word)", n -> "name.contains=maria");
        queries.put("name.contains=<first and last name>", n -> "name.contains=" + enc(s.pick("firstName", n) + " " + s.pick("lastName", n)));
        queries.put("name.specified=true", n -> "name.specified=true");
        queries.put("documentType.equals=CI", n -> "documentType.equals=CI");
        queries.put("documentType.in=NIT,RUC", n -> "documentType.in=NIT,RUC");
        queries.put("documentNumber.equals=<number>", n -> "documentNumber.equals=" + enc(s.pick("documentNumber", n)));
        queries.put("documentNumber.in=<two numbers>", n -> "documentNumber.in=" + enc(s.pick("documentNumber", n) + "," + s.pick("documentNumber", n + 1)));
        queries.put("email.equals=<e-mail, upper case>", n -> "email.equals=" + enc(s.pick("email", n).toUpperCase(java.util.Locale.ROOT)));
        queries.put("email.in=<two e-mails>", n -> "email.in=" + enc(s.pick("email", n) + "," + s.pick("email", n + 1)));
        queries.put("email.contains=<local part>", n -> "email.contains=" + enc(s.pick("email", n).substring(0, s.pick("email", n).indexOf('@'))));
        queries.put("email.contains=example.com (every address)", n -> "email.contains=example.com");
        queries.put("email.contains=example.com, sort=name,desc", n -> "email.contains=example.com&sort=name,desc");
        queries.put("email.specified=false", n -> "email.specified=false");
        queries.put("cityId.equals=<city>", n -> "cityId.equals=" + s.pick("cityId", n));
        queries.put("cityId.in=<two cities>", n -> "cityId.in=" + s.pick("cityId", n) + "," + s.pick("cityId", n + 1));
        queries.put("provinceId.equals=<province>", n -> "provinceId.equals=" + s.pick("provinceId", n));
        queries.put("provinceCode.equals=<code>", n -> "provinceCode.equals=" + enc(s.pick("provinceCode", n)));
        queries.put("country.equals=CO", n -> "country.equals=CO");
        queries.put("country.in=EC,PE", n -> "country.in=EC,PE");
        queries.put("country.equals=CO, sort=name", n -> "country.equals=CO&sort=name,asc");
        queries.put("createdAt.greaterThanOrEqual=<instant>", n -> "createdAt.greaterThanOrEqual=" + enc(s.pick("createdAt", n)));
        queries.put("createdAt.lessThan=<instant>, sort=createdAt,desc", n -> "createdAt.lessThan=" + enc(s.pick("createdAt", n)) + "&sort=createdAt,desc");
        queries.put("updatedAt.greaterThan=<instant>, updatedAt.lessThanOrEqual=<instant>", n -> "updatedAt.greaterThan="
                + enc(s.pick("createdAt", n)) + "&updatedAt.lessThanOrEqual=" + enc(s.pick("createdAt", n + 1)));
        queries.put("country.equals=CO, documentType.equals=CC, cityId.equals=<city>", n -> "country.equals=CO&documentType.equals=CC&cityId.equals=" + s.pick("cityId", n));
        return queries;
    }

    private static String enc(String value) {
        return ListBenchmark.enc(value);
    }
}
