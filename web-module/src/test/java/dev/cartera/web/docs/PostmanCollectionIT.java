package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed Postman collection covers every operation of the OpenAPI document the real server publishes.
 * The collection generated from that document is written to {@code target/cartera.postman_collection.json}, and
 * over {@code docs/} too when {@code -Dcartera.postman.write=true} (what {@code scripts/postman-collection.sh}
 * passes), so an endpoint added without regenerating the collection fails here.
 */
@SharedServer
class PostmanCollectionIT {

    @SharedServer.Url
    URL base;

    @Test
    void theCommittedCollectionCoversEveryOperationOfTheOpenApiDocument() throws IOException {
        Api api = new Api(base);
        Api.Reply openapi = api.send(api.request("/openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, openapi.status());
        String generated = PostmanCollection.generate(openapi.body());
        Path repository = Path.of(System.getProperty("cartera.repo.dir", ".."));
        Files.writeString(repository.resolve("web-module/target/cartera.postman_collection.json"), generated, StandardCharsets.UTF_8);
        Path committed = repository.resolve("docs/cartera.postman_collection.json");
        if (Boolean.getBoolean("cartera.postman.write")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }

        Set<String> operations = operations(openapi.body());
        assertTrue(operations.contains("POST /api/loans/{id}/status"), operations::toString);
        assertTrue(operations.size() > 30, operations::toString);
        Set<String> covered = PostmanCollectionTest.requests(Files.readString(committed, StandardCharsets.UTF_8));
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "operations missing from docs/cartera.postman_collection.json: "
                + "run scripts/postman-collection.sh");
        assertEquals(PostmanCollectionTest.requests(generated), covered, "the committed collection is stale: "
                + "run scripts/postman-collection.sh");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operations(String openapi) {
        Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) PostmanCollection.Json.parse(openapi)).get("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                .filter(key -> List.of("get", "post", "put", "patch", "delete", "head", "options").contains(key))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
