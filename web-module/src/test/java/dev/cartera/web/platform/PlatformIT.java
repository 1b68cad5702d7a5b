package dev.cartera.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cross-cutting contract: errors as problem+json, OpenAPI and its page, health, request ids. */
@SharedServer
class PlatformIT {

    @SharedServer.Url
    URL base;

    @Test
    void jaxRsOwnErrorsAreProblemDocuments() {
        Api api = new Api(base);
        String admin = api.loginAsAdmin();

        Api.Reply notFound = api.get("/api/no-such-thing", admin);
        assertProblem(notFound, 404);

        Api.Reply notAllowed = api.send(api.request("/api/auth/jwks.json", null).DELETE());
        assertProblem(notAllowed, 405);
        assertTrue(notAllowed.header("Allow").contains("GET"));

        Api.Reply unsupported = api.send(api.request("/api/users", admin).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(unsupported, 415);

        Api.Reply malformed = api.post("/api/users", "{\"username\": ", admin);
        assertProblem(malformed, 400);
        assertTrue(malformed.json().getString("detail").contains("JSON"));

        Api.Reply noBody = api.post("/api/auth/login", null, null);
        assertProblem(noBody, 400);
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndTheBearerScheme() {
        Api api = new Api(base);
        Api.Reply openapi = api.send(api.request("/openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, openapi.status());
        JsonObject document = openapi.json();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/api/auth/login", "/api/auth/renew", "/api/auth/logout", "/api/auth/me",
                "/api/auth/jwks.json", "/api/users", "/api/users/{id}", "/api/users/{id}/password",
                "/api/reference/document-types", "/api/reference/provinces", "/api/reference/cities")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        JsonObject bearer = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
        assertEquals("http", bearer.getString("type"));
        assertEquals("bearer", bearer.getString("scheme"));

        Api.Reply page = api.get("/api-docs/", null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui"), page.body());
        String script = page.body().replaceAll("(?s).*src=\"(/webjars/swagger-ui/[^\"]+bundle.js)\".*", "$1");
        assertEquals(200, api.get(script, null).status(), "the Swagger UI bundle is served: " + script);
    }

    @Test
    void everyListDeclaresItsPagingSortAndFiltersAsQueryParameters() {
        Api api = new Api(base);
        JsonObject paths = api.send(api.request("/openapi", null).header("Accept", "application/json").GET()).json()
                .getJsonObject("paths");
        for (String list : List.of("/api/customers", "/api/loans", "/api/purchases", "/api/users", "/api/imports",
                "/api/pet", "/api/reports/loyalty", "/api/customers/{customerId}/loans")) {
            List<String> names = paths.getJsonObject(list).getJsonObject("get").getJsonArray("parameters")
                    .getValuesAs(JsonObject.class).stream().map(parameter -> parameter.getString("name")).toList();
            assertTrue(names.containsAll(List.of("page", "size", "sort")), list + ": " + names);
        }
        List<JsonObject> customers = paths.getJsonObject("/api/customers").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class);
        JsonObject sort = customers.stream().filter(parameter -> parameter.getString("name").equals("sort")).findFirst()
                .orElseThrow();
        assertTrue(sort.getJsonObject("schema").getJsonArray("enum").toString().contains("\"name,desc\""), sort.toString());
        JsonObject created = customers.stream()
                .filter(parameter -> parameter.getString("name").equals("createdAt.greaterThanOrEqual")).findFirst()
                .orElseThrow(() -> new AssertionError("createdAt.greaterThanOrEqual in " + customers));
        assertEquals("query", created.getString("in"));
        assertTrue(customers.stream().anyMatch(parameter -> parameter.getString("name").equals("name.contains")));
    }

    @Test
    void readinessChecksTheDatabaseAndTheBlobStore() {
        Api api = new Api(base);
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        JsonObject body = ready.json();
        assertEquals("UP", body.getString("status"));
        var checks = body.getJsonArray("checks").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
        assertTrue(checks.containsAll(List.of("database", "blob-store")), checks.toString());
    }

    @Test
    void everyResponseCarriesARequestIdAndAClientsOwnIsKept() {
        Api api = new Api(base);
        Api.Reply generated = api.get("/api/auth/jwks.json", null);
        assertNotNull(generated.header("X-Request-Id"));

        Api.Reply echoed = api.send(api.request("/api/users", null).header("X-Request-Id", "call-centre-42").GET());
        assertEquals("call-centre-42", echoed.header("X-Request-Id"));
        assertEquals("call-centre-42", echoed.json().getString("requestId"), "the problem body quotes it too");

        Api.Reply forged = api.send(api.request("/api/users", "not.a.token").header("X-Request-Id", "bad token 1").GET());
        assertEquals(401, forged.status());
        assertNotNull(forged.header("X-Request-Id"), "requests refused by MP-JWT get one too");
        assertEquals(forged.header("X-Request-Id"), forged.json().getString("requestId"));
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertNotNull(problem.getString("detail"));
        assertNotNull(problem.getString("type"));
    }
}
