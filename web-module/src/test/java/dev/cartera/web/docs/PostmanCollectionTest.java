package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.docs.PostmanScenario.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PostmanCollectionTest {

    private static final String OPENAPI = """
            {"openapi": "3.1.0", "info": {"title": "Cartera", "version": "1.0"},
             "paths": {
               "/api/loans/{id}/status": {"post": {"tags": ["Loans"], "summary": "Move a loan",
                   "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                   "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StatusChange"},
                       "examples": {"approve": {"value": {"status": "APPROVED", "version": 3}}}}}},
                   "responses": {"200": {"description": "Moved"}, "409": {"description": "Not from there"}}}},
               "/api/loans": {"get": {"tags": ["Loans"], "summary": "List \\"loans\\"",
                   "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}},
                                  {"name": "status.equals", "in": "query", "schema": {"type": "string"}}],
                   "responses": {"200": {"description": "A page"}}}},
               "/api/pet": {"post": {"tags": ["Pet hotel"], "requestBody": {"content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/PetBody"}}}},
                   "responses": {"201": {"description": "Boarded"}}}},
               "/api/imports": {"post": {"tags": ["Imports"], "requestBody": {"content": {"multipart/form-data": {}}},
                   "responses": {"202": {"description": "Queued"}}}}},
             "components": {"schemas": {
               "StatusChange": {"type": "object", "properties": {"status": {"type": "string"}, "version": {"type": "integer"}}},
               "PetBody": {"type": "object", "properties": {"petId": {"type": "string", "example": "ab"},
                   "nome_pet": {"type": "string", "examples": ["Luna"]}}}}}}
            """;

    @Test
    void aStepBecomesARequestWithItsValuesTheExampleBodyAndAStatusCheck() {
        Map<String, Object> operation = operation("POST /api/loans/{id}/status");
        Map<String, Object> item = PostmanRequests.item(step("Loans", "POST /api/loans/{id}/status").at("{{loanId}}")
                .with("status", "CANCELLED").with("version", null), operation);
        Map<?, ?> request = (Map<?, ?>) item.get("request");
        assertEquals("{{baseUrl}}/api/loans/{{loanId}}/status", ((Map<?, ?>) request.get("url")).get("raw"));
        assertEquals("{\n  \"status\": \"CANCELLED\"\n}\n", ((Map<?, ?>) request.get("body")).get("raw"));
        assertEquals("Move a loan", request.get("description"));
        assertTrue(script(item, "test").contains("pm.expect(pm.response.code).to.be.oneOf([200])"), script(item, "test"));
    }

    @Test
    void queryParametersTheStepSetsAreOnAndTheOthersListedOff() {
        Map<String, Object> item = PostmanRequests.item(step("Loans", "GET /api/loans").query("status.equals", "ACTIVE"),
                operation("GET /api/loans"));
        Map<?, ?> url = (Map<?, ?>) ((Map<?, ?>) item.get("request")).get("url");
        assertEquals("{{baseUrl}}/api/loans?status.equals=ACTIVE", url.get("raw"));
        List<?> query = (List<?>) url.get("query");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) query.get(0)).get("disabled"));
        assertEquals("ACTIVE", ((Map<?, ?>) query.get(1)).get("value"));
        assertThrows(IllegalStateException.class, () -> PostmanRequests.item(
                step("Loans", "GET /api/loans").query("colour", "red"), operation("GET /api/loans")));
    }

    @Test
    void withoutAnExampleTheBodyComesFromThePropertiesExamplesAndFormsCarryTheirFile() {
        Map<String, Object> pet = PostmanRequests.item(step("Pet hotel", "POST /api/pet").with("petId", null),
                operation("POST /api/pet"));
        assertEquals("{\n  \"nome_pet\": \"Luna\"\n}\n", ((Map<?, ?>) ((Map<?, ?>) pet.get("request")).get("body")).get("raw"));
        assertTrue(script(pet, "test").contains("oneOf([201])"));
        Map<String, Object> upload = PostmanRequests.item(step("Imports", "POST /api/imports")
                .file("file", "docs/samples/customers-invalid.csv").text("dataset", "customers").keep("importId", "id"),
                operation("POST /api/imports"));
        Map<?, ?> body = (Map<?, ?>) ((Map<?, ?>) upload.get("request")).get("body");
        assertEquals("formdata", body.get("mode"));
        assertEquals(Map.of("key", "file", "type", "file", "src", "docs/samples/customers-invalid.csv"),
                ((List<?>) body.get("formdata")).get(0));
        assertTrue(script(upload, "test").contains("pm.collectionVariables.set(\"importId\", pm.response.json().id);"));
    }

    @Test
    void theScenarioMustRunEveryOperationOfTheDocumentAndNoOther() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> PostmanCollection.generate(OPENAPI));
        assertTrue(missing.getMessage().contains("the document lacks"), missing.getMessage());
    }

    @Test
    void theLoginIsAnonymousAndStoresTheTokenEveryOtherRequestSendsAsBearer() {
        Step login = PostmanScenario.steps().get(0);
        assertEquals("POST /api/auth/login", login.operation);
        assertTrue(login.noAuth);
        assertEquals("{{password}}", login.replacements.get("password"));
        assertTrue(login.after.contains("pm.collectionVariables.set(\"token\", pm.response.json().access_token);"));
        assertEquals("POST /api/auth/logout", PostmanScenario.steps().get(PostmanScenario.steps().size() - 1).operation,
                "the logout revokes the token: it comes last");
    }

    @Test
    void theJsonWriterAndParserRoundTrip() {
        Object value = PostmanJson.parse("{\"a\": [1, 2.5, true, null, \"x\\\"y\\u00e9\\n\"], \"b\": {}}");
        assertEquals(value, PostmanJson.parse(PostmanJson.write(value)));
    }

    /** The operation ({@code METHOD path}) of every request in a collection: its name up to any remark in brackets. */
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
                into.add(item.get("name").toString().replaceFirst(" \\(.*\\)$", ""));
            }
        }
    }

    private static Step step(String folder, String operation) {
        return new Step(folder, operation);
    }

    private static Map<String, Object> operation(String key) {
        return PostmanCollection.operations(json(OPENAPI)).get(key);
    }

    private static String script(Map<String, Object> item, String listen) {
        for (Object event : (List<?>) item.get("event")) {
            if (listen.equals(((Map<?, ?>) event).get("listen"))) {
                return String.join("\n", ((List<?>) ((Map<?, ?>) ((Map<?, ?>) event).get("script")).get("exec"))
                        .stream().map(Object::toString).toList());
            }
        }
        return "";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> parent) {
        return (List<Map<String, Object>>) parent.get("item");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) PostmanJson.parse(text);
    }
}
