package dev.cartera.web.docs;

import static dev.cartera.web.docs.PostmanCollection.list;
import static dev.cartera.web.docs.PostmanCollection.map;
import static dev.cartera.web.docs.PostmanCollection.object;

import dev.cartera.web.docs.PostmanScenario.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One collection item from a scenario step and its OpenAPI operation. */
final class PostmanRequests {

    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";

    private PostmanRequests() {
    }

    static Map<String, Object> item(Step step, Map<String, Object> operation) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", operation.get("x-method"));
        List<Object> header = new ArrayList<>();
        request.put("header", header);
        request.put("url", url(step, operation));
        Object summary = operation.get("summary");
        if (summary != null) {
            request.put("description", summary);
        }
        Map<String, Object> content = object(object(operation.get("requestBody")).get("content"));
        if (!step.form.isEmpty()) {
            if (!content.containsKey(MULTIPART)) {
                throw new IllegalStateException(step.operation + " takes no multipart form");
            }
            request.put("body", map("mode", "formdata", "formdata", step.form.stream().map(part -> part[1].equals("file")
                    ? map("key", part[0], "type", "file", "src", part[2])
                    : map("key", part[0], "type", "text", "value", part[2])).toList()));
        } else if (content.containsKey(JSON)) {
            header.add(map("key", "Content-Type", "value", JSON));
            request.put("body", map("mode", "raw", "raw", PostmanJson.write(body(step, object(content.get(JSON)),
                    object(operation.get("x-schemas")))), "options", map("raw", map("language", "json"))));
        }
        if (step.noAuth) {
            request.put("auth", map("type", "noauth"));
        } else if (step.bearer != null) {
            request.put("auth", bearer("{{" + step.bearer + "}}"));
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", step.name);
        item.put("request", request);
        List<Object> events = new ArrayList<>();
        if (!step.before.isEmpty()) {
            events.add(script("prerequest", step.before));
        }
        List<Integer> expected = step.expected != null ? step.expected : List.of(success(step, operation));
        List<String> test = new ArrayList<>();
        test.add("pm.test(\"status " + expected.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                + "\", () => pm.expect(pm.response.code).to.be.oneOf(" + expected + "));");
        test.addAll(step.after);
        events.add(script("test", test));
        item.put("event", events);
        return item;
    }

    static Map<String, Object> bearer(String token) {
        return map("type", "bearer", "bearer", List.of(map("key", "token", "value", token, "type", "string")));
    }

    private static Map<String, Object> url(Step step, Map<String, Object> operation) {
        String path = operation.get("x-path").toString();
        if (path.contains("{")) {
            if (step.pathValue == null) {
                throw new IllegalStateException(step.operation + " needs a value for its path parameter (at)");
            }
            path = path.replaceFirst("\\{[^}]+}", step.pathValue.replace("$", "\\$"));
        }
        List<Object> query = new ArrayList<>();
        Set<String> declared = new TreeSet<>();
        for (Object each : list(operation.get("parameters"))) {
            Map<String, Object> parameter = object(each);
            if ("query".equals(parameter.get("in"))) {
                String name = parameter.get("name").toString();
                declared.add(name);
                String value = step.query.get(name);
                query.add(value != null ? map("key", name, "value", value)
                        : map("key", name, "value", "", "disabled", true, "description", parameter.getOrDefault("description", "")));
            }
        }
        Set<String> unknown = new TreeSet<>(step.query.keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(step.operation + " declares no query parameter " + unknown);
        }
        Map<String, Object> url = new LinkedHashMap<>();
        String enabled = step.query.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
        url.put("raw", "{{baseUrl}}" + path + (enabled.isEmpty() ? "" : "?" + enabled));
        url.put("host", List.of("{{baseUrl}}"));
        url.put("path", List.of((Object[]) path.substring(1).split("/")));
        if (!query.isEmpty()) {
            url.put("query", query);
        }
        return url;
    }

    /** The document's first example, or one built from the schema's property examples, with the step's replacements. */
    private static Map<String, Object> body(Step step, Map<String, Object> media, Map<String, Object> schemas) {
        Map<String, Object> examples = object(media.get("examples"));
        Map<String, Object> body = new LinkedHashMap<>(examples.isEmpty()
                ? fromSchema(object(media.get("schema")), schemas)
                : object(object(examples.values().iterator().next()).get("value")));
        step.replacements.forEach((property, value) -> {
            if (value == null) {
                body.remove(property);
            } else {
                body.put(property, value);
            }
        });
        return body;
    }

    private static Map<String, Object> fromSchema(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        Map<String, Object> resolved = ref == null ? schema
                : object(schemas.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1)));
        Map<String, Object> body = new LinkedHashMap<>();
        object(resolved.get("properties")).forEach((name, property) -> {
            Map<String, Object> described = object(property);
            if (described.containsKey("example")) {
                body.put(name, described.get("example"));
            } else if (!list(described.get("examples")).isEmpty()) {
                body.put(name, list(described.get("examples")).get(0));
            }
        });
        return body;
    }

    /** The lowest 2xx the operation documents. */
    private static int success(Step step, Map<String, Object> operation) {
        return object(operation.get("responses")).keySet().stream().filter(status -> status.startsWith("2"))
                .mapToInt(Integer::parseInt).min()
                .orElseThrow(() -> new IllegalStateException(step.operation + " documents no success"));
    }

    private static Map<String, Object> script(String listen, List<String> lines) {
        return map("listen", listen, "script", map("type", "text/javascript", "exec", lines));
    }
}
