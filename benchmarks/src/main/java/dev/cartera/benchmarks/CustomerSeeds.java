package dev.cartera.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Field values of customers read from a running server's pages spread over its table, so that consecutive requests
 * of a benchmark ask for different customers, names, e-mails and cities.
 */
final class CustomerSeeds extends ListSeeds {

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

    private CustomerSeeds(Map<String, List<String>> values) {
        super(values);
    }

    static CustomerSeeds read(BenchHttp client, String token) throws Exception {
        List<String> queries = new ArrayList<>();
        for (String sort : List.of("name,asc", "name,desc", "documentNumber,asc", "createdAt,desc", "id,asc")) {
            for (int page : new int[] {0, 37, 74}) {
                queries.add("size=100&page=" + page + "&sort=" + sort);
            }
        }
        return new CustomerSeeds(read(client, token, "/api/customers", FIELDS, queries));
    }

    int size() {
        return size("documentNumber");
    }
}
