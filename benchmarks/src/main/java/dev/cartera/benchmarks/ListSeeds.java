package dev.cartera.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field values of a list's records, read from a running server's pages of that list spread over its table, so that
 * consecutive requests of a benchmark ask for different records, names, amounts or instants.
 */
class ListSeeds {

    private final Map<String, List<String>> values;

    ListSeeds(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * Reads every page {@code path?<query>} for the queries given and collects, for each field, every first group
     * its pattern finds in the bodies.
     *
     * @throws IllegalStateException when a field was found nowhere (an empty list)
     */
    static Map<String, List<String>> read(BenchHttp client, String token, String path, Map<String, Pattern> fields,
                                          List<String> queries) throws Exception {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.keySet().forEach(field -> values.put(field, new ArrayList<>()));
        for (String query : queries) {
            HttpResponse<String> response = client.http.send(get(client, token, path + "?" + query),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + "?" + query + " answered " + response.statusCode());
            }
            fields.forEach((field, pattern) -> {
                Matcher matcher = pattern.matcher(response.body());
                while (matcher.find()) {
                    values.get(field).add(matcher.group(1));
                }
            });
        }
        values.forEach((field, found) -> {
            if (found.isEmpty()) {
                throw new IllegalStateException("no " + field + " in the pages of " + path + ": is the list empty?");
            }
        });
        return values;
    }

    /**
     * Pages of 100 in id order starting at eighths of the highest id (the list's keyset cursor made for the row with
     * that id), and the last page: values from the whole table, not only its ends, so that a range of instants asks
     * for rows in the middle of the id order too.
     */
    static List<String> pagesOverIds(BenchHttp client, String token, String path) throws Exception {
        String body = client.http.send(get(client, token, path + "?size=1&sort=id,desc"),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher last = Pattern.compile("\"id\":(\\d+)").matcher(body);
        if (!last.find()) {
            throw new IllegalStateException("no id in the last page of " + path + ": is the list empty?");
        }
        long highest = Long.parseLong(last.group(1));
        List<String> queries = new ArrayList<>(List.of("size=100&sort=id,desc"));
        for (int eighth = 0; eighth < 8; eighth++) {
            String id = Long.toString(highest * eighth / 8);
            String cursor = String.join("|", "1", "id", "a", "=" + id, id);
            queries.add("size=100&sort=id,asc&cursor="
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        }
        return queries;
    }

    int size(String field) {
        return values.get(field).size();
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
