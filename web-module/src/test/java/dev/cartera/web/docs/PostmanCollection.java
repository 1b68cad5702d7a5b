package dev.cartera.web.docs;

import dev.cartera.web.docs.PostmanScenario.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generates the Postman collection (format v2.1) from the OpenAPI document the server publishes at
 * {@code /openapi} (JSON), in the order {@link PostmanScenario} runs the operations, so that newman can run it
 * against a fresh server and check each answer's status. Every request comes from its operation: the summary as
 * description, the path with the value an earlier request kept, every query parameter (the ones the scenario sets
 * enabled, the others listed for reference), the document's example body, and multipart forms with a sample file.
 * The collection authenticates with bearer {@code {{token}}}, which the login request stores.
 *
 * <p>Hand-written rather than converted with openapi-to-postmanv2: what makes the collection runnable (the order,
 * the ids carried from one request to the next, the expected statuses) is the scenario, which a converter does not
 * know, and the conversion itself is the small part. Dependency-free, so {@code scripts/postman-collection.sh} can
 * compile and run it without the build.
 */
public final class PostmanCollection {

    static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final List<String> VARIABLES = List.of("documentNumber", "invoiceNumber", "newUsername", "month",
            "customerId", "loanId", "purchaseId", "importId", "importPolls", "petId", "userId", "userToken");

    private PostmanCollection() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PostmanCollection <openapi.json> <collection.json>");
            System.exit(2);
        }
        String collection = generate(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[1]), collection, StandardCharsets.UTF_8);
    }

    /**
     * @param openapi the OpenAPI document as JSON
     * @return the collection as pretty-printed JSON
     * @throws IllegalStateException when the scenario misses an operation of the document, or names one it lacks
     */
    public static String generate(String openapi) {
        Map<String, Object> document = object(PostmanJson.parse(openapi));
        Map<String, Map<String, Object>> operations = operations(document);
        Set<String> unrun = new TreeSet<>(operations.keySet());
        Map<String, List<Object>> folders = new LinkedHashMap<>();
        for (Step step : PostmanScenario.steps()) {
            Map<String, Object> operation = operations.get(step.operation);
            if (operation == null) {
                throw new IllegalStateException("the scenario runs " + step.operation + ", which the document lacks");
            }
            unrun.remove(step.operation);
            folders.computeIfAbsent(step.folder, name -> new ArrayList<>()).add(PostmanRequests.item(step, operation));
        }
        if (!unrun.isEmpty()) {
            throw new IllegalStateException("operations PostmanScenario does not run: " + unrun);
        }
        Map<String, Object> info = new LinkedHashMap<>();
        Map<String, Object> openapiInfo = object(document.get("info"));
        info.put("name", "Cartera API");
        info.put("description", "Generated from the OpenAPI document (" + openapiInfo.getOrDefault("title", "") + " "
                + openapiInfo.getOrDefault("version", "") + ") by scripts/postman-collection.sh; do not edit by hand. "
                + "Set baseUrl, username and password and run the whole collection (in order): the first request logs in "
                + "and stores the token, each request checks its status, and the last ones delete what the others created.");
        info.put("schema", SCHEMA);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("info", info);
        List<Object> items = new ArrayList<>();
        folders.forEach((name, requests) -> items.add(map("name", name, "item", requests)));
        collection.put("item", items);
        collection.put("auth", PostmanRequests.bearer("{{token}}"));
        List<Object> variables = new ArrayList<>(List.of(
                map("key", "baseUrl", "value", "http://localhost:8080"),
                map("key", "username", "value", "admin"),
                map("key", "password", "value", ""),
                map("key", "token", "value", "")));
        VARIABLES.forEach(name -> variables.add(map("key", name, "value", "")));
        collection.put("variable", variables);
        return PostmanJson.write(collection);
    }

    /** The document's operations by {@code METHOD path}, each with the path item's parameters merged in. */
    static Map<String, Map<String, Object>> operations(Map<String, Object> document) {
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        object(document.get("paths")).forEach((path, value) -> {
            Map<String, Object> item = object(value);
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    Map<String, Object> operation = new LinkedHashMap<>(object(item.get(method)));
                    List<Object> parameters = new ArrayList<>(list(item.get("parameters")));
                    parameters.addAll(list(operation.get("parameters")));
                    operation.put("parameters", parameters);
                    operation.put("x-path", path);
                    operation.put("x-method", method.toUpperCase(Locale.ROOT));
                    operation.put("x-schemas", object(object(document.get("components")).get("schemas")));
                    operations.put(method.toUpperCase(Locale.ROOT) + " " + path, operation);
                }
            }
        });
        return operations;
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }
}
