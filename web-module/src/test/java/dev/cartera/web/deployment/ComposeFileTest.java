package dev.cartera.web.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker-compose.yml without a Docker engine: its YAML (merge keys resolved) against the
 * files it names and the application it runs. Several instances in one cluster, behind the proxy; every secret a
 * file made by scripts/compose-secrets.sh, none in an environment value; the application's secret files named
 * after configuration keys it reads; every variable it takes from .env documented in .env.example.
 */
class ComposeFileTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SECRET_NAME = Pattern.compile("PASSWORD|SECRET|CREDENTIAL|ACCESS_KEY|PRIVATE");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[-?][^}]*)?}");

    private static String text;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        text = Files.readString(REPO.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        compose = new Yaml().load(text);
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void twoOrMoreInstancesJoinOneClusterThroughTheirMemberList() {
        Map<String, Map<String, Object>> apps = applicationServices();
        assertTrue(apps.size() >= 2, "application instances: " + apps.keySet());
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, Map<String, Object>> app : apps.entrySet()) {
            Map<String, Object> environment = environment(app.getValue());
            names.add(String.valueOf(environment.get("CARTERA_INSTANCE_NAME")));
            List<String> members = List.of(String.valueOf(environment.get("CARTERA_CLUSTER_MEMBERS")).split(","));
            assertEquals(apps.values().stream().map(other -> other.get("hostname") + ":6900").sorted().toList(),
                    members.stream().sorted().toList(), app.getKey() + " lists every instance, by host name");
            assertEquals("/var/lib/cartera-keys", environment.get("CARTERA_JWT_KEYS_DIR"), "one key pair for all");
            assertTrue(volumes(app.getValue()).contains("cartera-keys:/var/lib/cartera-keys"), app.getKey());
        }
        assertEquals(apps.size(), names.size(), "each instance has a name of its own: " + names);
    }

    @Test
    void theProxySpreadsRequestsOverEveryInstanceAndIsTheOnlyPublishedService() throws IOException {
        String nginx = Files.readString(REPO.resolve("docker/nginx.conf"), StandardCharsets.UTF_8);
        List<String> upstream = new ArrayList<>();
        Matcher server = Pattern.compile("(?m)^\\s*server\\s+([\\w.-]+:\\d+)").matcher(nginx);
        while (server.find()) {
            upstream.add(server.group(1));
        }
        assertEquals(applicationServices().values().stream().map(app -> app.get("hostname") + ":8080").sorted().toList(),
                upstream.stream().sorted().toList());
        List<String> published = services.entrySet().stream().filter(service -> service.getValue().containsKey("ports"))
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of("proxy"), published);
    }

    @Test
    void noSecretIsAnEnvironmentValue() {
        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            for (String key : environment(service.getValue()).keySet()) {
                assertFalse(SECRET_NAME.matcher(key).find() && !key.endsWith("_DIR"),
                        service.getKey() + " takes " + key + " from the environment");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySecretIsAFileTheSecretsScriptMakes() throws IOException {
        String script = Files.readString(REPO.resolve("scripts/compose-secrets.sh"), StandardCharsets.UTF_8);
        Map<String, Map<String, Object>> secrets = (Map<String, Map<String, Object>>) compose.get("secrets");
        assertFalse(secrets.isEmpty());
        for (Map.Entry<String, Map<String, Object>> secret : secrets.entrySet()) {
            String file = String.valueOf(secret.getValue().get("file"));
            assertTrue(file.startsWith("./secrets/"), secret.getKey() + " is read from " + file);
            String name = file.substring("./secrets/".length());
            assertTrue(script.contains("make_up " + name) || script.contains("secrets/" + name),
                    "scripts/compose-secrets.sh makes " + file);
        }
        assertTrue(Files.readString(REPO.resolve(".gitignore")).lines().anyMatch("/secrets/"::equals),
                "./secrets is never committed");
    }

    @Test
    void theApplicationsSecretFilesAreNamedAfterKeysItReads() throws IOException {
        String defaults = Files.readString(REPO.resolve(
                "ejb-module/src/main/resources/META-INF/microprofile-config.properties"), StandardCharsets.UTF_8);
        for (Map.Entry<String, Map<String, Object>> app : applicationServices().entrySet()) {
            assertEquals("/run/secrets", environment(app.getValue()).get("CARTERA_SECRETS_DIR"), app.getKey());
            List<String> targets = secretTargets(app.getValue());
            assertTrue(targets.containsAll(List.of("cartera.db.password", "cartera.storage.s3.access-key-id",
                    "cartera.storage.s3.secret-access-key", "cartera.admin.password", "cartera.metrics.password")),
                    app.getKey() + ": " + targets);
            for (String target : targets) {
                assertTrue(defaults.contains(target), target + " is a key the application reads");
            }
        }
    }

    @Test
    void everyVariableTakenFromEnvIsDocumentedInTheExample() throws IOException {
        String example = Files.readString(REPO.resolve(".env.example"), StandardCharsets.UTF_8);
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            assertTrue(Pattern.compile("(?m)^" + variable.group(1) + "=").matcher(example).find(),
                    variable.group(1) + " is in .env.example");
        }
    }

    @Test
    void theDatabaseAllowsTheSnapshotTheDumpReadsIn() throws IOException {
        String init = Files.readString(REPO.resolve("docker/init-db.sql"), StandardCharsets.UTF_8);
        assertTrue(init.contains("ALTER DATABASE [cartera] SET ALLOW_SNAPSHOT_ISOLATION ON;"), init);
        assertTrue(environment(services.get("db-init")).containsKey("CARTERA_DB_USER"));
    }

    /** The services that run the application's image. */
    private static Map<String, Map<String, Object>> applicationServices() {
        Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
        services.forEach((name, service) -> {
            if ("cartera:latest".equals(service.get("image"))) {
                apps.put(name, service);
            }
        });
        return apps;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    @SuppressWarnings("unchecked")
    private static List<String> volumes(Map<String, Object> service) {
        return ((List<Object>) service.getOrDefault("volumes", List.of())).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> secretTargets(Map<String, Object> service) {
        return ((List<Object>) service.getOrDefault("secrets", List.of())).stream()
                .map(secret -> secret instanceof Map<?, ?> longForm ? String.valueOf(longForm.get("target")) : String.valueOf(secret))
                .toList();
    }
}
