package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PostmanCollectionTest {

    private static final String OPENAPI = """
            {"openapi": "3.0.3", "info": {"title": "Cartera", "version": "1.0"},
             "paths": {
               "/api/auth/login": {"post": {"tags": ["Authentication"], "summary": "Log in",
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoginRequest"}}}}}},
               "/api/loans/{id}/status": {"post": {"tags": ["Loans"], "summary": "Move a loan",
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StatusChange"}}}}}},
               "/api/loans": {"get": {"tags": ["Loans"], "summary": "List \\"loans\\"",
                   "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}]}}},
             "components": {"schemas": {
               "LoginRequest": {"type": "object", "properties": {"username": {"type": "string"}, "password": {"type": "string"}}},
               "StatusChange": {"type": "object", "properties": {"status": {"type": "string"}, "version": {"type": "integer"}}}}}}
            """;

    @Test
    void everyOperationBecomesARequestInItsTagsFolder() {
        String collection = PostmanCollection.generate(OPENAPI);
        assertEquals(Set.of("POST /api/auth/login", "POST /api/loans/{id}/status", "GET /api/loans"), requests(collection));
        Map<String, Object> root = json(collection);
        assertEquals(List.of("Authentication", "Loans"), items(root).stream().map(folder -> folder.get("name")).toList());
        assertEquals(PostmanCollection.SCHEMA, ((Map<?, ?>) root.get("info")).get("schema"));
        Map<String, Object> status = find(root, "POST /api/loans/{id}/status");
        Map<?, ?> url = (Map<?, ?>) ((Map<?, ?>) status.get("request")).get("url");
        assertEquals("{{baseUrl}}/api/loans/:id/status", url.get("raw"));
        assertEquals("id", ((Map<?, ?>) ((List<?>) url.get("variable")).get(0)).get("key"));
        String body = (String) ((Map<?, ?>) ((Map<?, ?>) status.get("request")).get("body")).get("raw");
        assertTrue(body.contains("\"status\": \"\"") && body.contains("\"version\": 0"), body);
        Map<String, Object> list = find(root, "GET /api/loans");
        assertEquals("List \"loans\"", ((Map<?, ?>) list.get("request")).get("description"));
    }

    @Test
    void theLoginStoresTheTokenThatEveryOtherRequestSendsAsBearer() {
        Map<String, Object> root = json(PostmanCollection.generate(OPENAPI));
        Map<?, ?> auth = (Map<?, ?>) root.get("auth");
        assertEquals("bearer", auth.get("type"));
        assertEquals("{{token}}", ((Map<?, ?>) ((List<?>) auth.get("bearer")).get(0)).get("value"));
        Map<String, Object> login = find(root, "POST /api/auth/login");
        assertEquals("noauth", ((Map<?, ?>) ((Map<?, ?>) login.get("request")).get("auth")).get("type"));
        String script = String.join("\n", ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) login.get("event")).get(0))
                .get("script")).get("exec")).stream().map(Object::toString).toList());
        assertTrue(script.contains("pm.collectionVariables.set(\"token\", pm.response.json().access_token)"), script);
        assertTrue(((Map<?, ?>) ((Map<?, ?>) login.get("request")).get("body")).get("raw").toString().contains("{{password}}"));
        List<?> variables = (List<?>) root.get("variable");
        assertTrue(variables.stream().anyMatch(v -> "token".equals(((Map<?, ?>) v).get("key"))));
    }

    @Test
    void theJsonWriterAndParserRoundTrip() {
        Object value = PostmanCollection.Json.parse("{\"a\": [1, 2.5, true, null, \"x\\\"y\\u00e9\\n\"], \"b\": {}}");
        assertEquals(value, PostmanCollection.Json.parse(PostmanCollection.Json.write(value)));
    }

    /** "METHOD path" of every request in a collection, the path back in OpenAPI form ({id}). */
    static Set<String> requests(String collection) {
        Set<String> requests = new TreeSet<>();
        collect(items(json(collection)), requests);
        return requests;
    }

    private static void collect(List<Map<String, Object>> items, Set<String> into) {
        for (Map<String, Object> item : items) {
            if (item.containsKey("item")) {
                collect(items(item), into);
            } else {
                Map<?, ?> request = (Map<?, ?>) item.get("request");
                String raw = (String) ((Map<?, ?>) request.get("url")).get("raw");
                into.add(request.get("method") + " " + raw.replace("{{baseUrl}}", "").replaceAll(":([A-Za-z0-9_]+)", "{$1}"));
            }
        }
    }

    private static Map<String, Object> find(Map<String, Object> root, String name) {
        for (Map<String, Object> folder : items(root)) {
            for (Map<String, Object> item : items(folder)) {
                if (name.equals(item.get("name"))) {
                    return item;
                }
            }
        }
        throw new AssertionError(name + " not in the collection");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> parent) {
        return (List<Map<String, Object>>) parent.get("item");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) PostmanCollection.Json.parse(text);
    }
}
