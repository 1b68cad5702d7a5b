package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.ItEnvironment;
import dev.cartera.web.it.SharedServer;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The committed Postman collection is exactly the one the real server's OpenAPI document gives, and newman runs
 * it against that server with every request answering its expected status, so neither can drift from the API.
 * The generated collection is written to {@code web-module/target}, and over {@code postman/} too when
 * {@code -Dcartera.postman.write=true} (what {@code scripts/postman-collection.sh} passes). newman comes from the
 * npm registry through {@code postman/package-lock.json} ({@code npm ci}, once a checkout); Node.js 18 or newer
 * must be on the PATH.
 */
@SharedServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostmanCollectionIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("cartera.repo.dir", "..")).toAbsolutePath().normalize();
    private static final Path POSTMAN = REPOSITORY.resolve("postman");
    private static final Path GENERATED = REPOSITORY.resolve("web-module/target/cartera.postman_collection.json");

    @SharedServer.Url
    URL base;

    @Test
    @Order(1)
    void theCommittedCollectionIsTheOneTheDocumentGives() throws IOException {
        Api api = new Api(base);
        Api.Reply openapi = api.send(api.request("/openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, openapi.status());
        String generated = PostmanCollection.generate(openapi.body());
        Files.writeString(GENERATED, generated, StandardCharsets.UTF_8);
        Path committed = POSTMAN.resolve("cartera.postman_collection.json");
        if (Boolean.getBoolean("cartera.postman.write")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(committed, StandardCharsets.UTF_8),
                "postman/cartera.postman_collection.json is stale: run scripts/postman-collection.sh");
    }

    @Test
    @Order(2)
    void newmanRunsEveryRequestWithItsExpectedStatus() throws IOException, InterruptedException {
        if (!Files.isDirectory(POSTMAN.resolve("node_modules/newman"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), POSTMAN, 300);
        }
        Path report = REPOSITORY.resolve("web-module/target/newman-report.json");
        String output = run(List.of("node", POSTMAN.resolve("node_modules/newman/bin/newman.js").toString(), "run",
                GENERATED.toString(), "--working-dir", REPOSITORY.toString(),
                "--env-var", "baseUrl=" + base.toString().replaceAll("/$", ""),
                "--env-var", "username=admin", "--env-var", "password=" + ItEnvironment.adminPassword(),
                "--reporters", "cli,json", "--reporter-json-export", report.toString(), "--color", "off"), REPOSITORY, 600);
        assertTrue(output.contains("assertions"), output);
    }

    /** Runs a command to its end; @return its output; fails the test with that output when it exits non-zero. */
    private static String run(List<String> command, Path directory, long timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("postman-it", ".log");
        Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertTrue(ended, String.join(" ", command) + " did not end in " + timeoutSeconds + " s:\n" + output);
        assertEquals(0, process.exitValue(), String.join(" ", command.subList(0, 2)) + " failed:\n" + output);
        return output;
    }
}
