package dev.cartera.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field values of customers read from a running server's pages spread over its table, so that consecutive requests
 * of a benchmark ask for different customers, names, e-mails and cities.
 */
record CustomerSeeds(Map<String, List<String>> values) {

    private static final Map<String, Pattern> FIELDS = Map.of(
            "documentNumber", Pattern.compile("\"documentNumber\":\"([^\"]+)\""),
            "firstName", Pattern.compile("\"firstName\":\"([^\" ]+)"),
            "lastName", Pattern.compile("\"lastName\":\"([^\" ]+)"),
            "name", Pattern.compile("\"displayName\":\"([^\"]+)\""),
            "email", Pattern.compile("\"email\":\"([^\"]+)\""),
            "cityId", Pattern.compile("\"cityId\":(\\d+)"),
            "provinceId", Pattern.compile("\"province\":\\{[^}]*\"id\":(\\d+)"),
            "provinceCode", Pattern.compile("\"province\":\\{[^}]*\"code\":\"([^\"]+)\""),
            "createdAt", Pattern.compile("\"createdAt\":\"([^\"]+)\""));

    static CustomerSeeds read(BenchHttp client, String token) throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        FIELDS.keySet().forEach(field -> values.put(field, new ArrayList<>()));
        for (String sort : List.of("name,asc", "name,desc", "documentNumber,asc", "createdAt,desc", "id,asc")) {
            for (int page : new int[] {0, 37, 74}) {
                String body = client.http.send(get(client, token, "/api/customers?size=100&page=" + page + "&sort=" + sort),
                        HttpResponse.BodyHandlers.ofString()).body();
                FIELDS.forEach((field, pattern) -> {
                    Matcher matcher = pattern.matcher(body);
                    while (matcher.find()) {
                        values.get(field).add(matcher.group(1));
                    }
                });
            }
        }
        values.forEach((field, found) -> {
            if (found.isEmpty()) {
                throw new IllegalStateException("no " + field + " in the customer pages: is the directory empty?");
            }
        });
        return new CustomerSeeds(values);
    }

    int size() {
        return values.get("documentNumber").size();
    }

    /** The n-th value of a field, spread: consecutive requests take values far apart in the list. */
    String pick(String field, int n) {
        List<String> found = values.get(field);
        return found.get((int) ((n * 7919L) % found.size()));
    }

    /** An authenticated GET, answered in English, bounded at 60 s. */
    static HttpRequest get(BenchHttp client, String token, String pathAndQuery) {
        return HttpRequest.newBuilder(client.base.resolve(pathAndQuery))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(60))
                .build();
    }
}
