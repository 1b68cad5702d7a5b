package dev.cartera.web.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the Postman collection (format v2.1) from the OpenAPI document the server publishes at
 * {@code /openapi} (JSON). Dependency-free on purpose, so {@code scripts/postman-collection.sh} runs it as a
 * single source file ({@code java PostmanCollection.java openapi.json out.json}); the tests use it as a class.
 *
 * <p>One folder per OpenAPI tag, one request per operation ({@code METHOD path}, the summary as description),
 * path parameters as Postman variables ({@code :id}), query parameters listed but disabled, and a JSON body
 * skeleton from the request schema. The collection authenticates with bearer {@code {{token}}}; the login request
 * (no auth, {@code {{username}}}/{@code {{password}}}) and the renewal store the returned {@code access_token} in
 * the {@code token} collection variable with a test script, so every other request works after one login.
 */
public final class PostmanCollection {

    static final String SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";
    static final String LOGIN = "/api/auth/login";
    static final String RENEW = "/api/auth/renew";
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");

    private PostmanCollection() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java PostmanCollection.java <openapi.json> <collection.json>");
            System.exit(2);
        }
        String collection = generate(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[1]), collection, StandardCharsets.UTF_8);
    }

    /** @param openapi the OpenAPI document as JSON; @return the collection as pretty-printed JSON */
    public static String generate(String openapi) {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) Json.parse(openapi);
        Map<String, Object> paths = object(document.get("paths"));
        Map<String, Object> schemas = object(object(document.get("components")).get("schemas"));
        Map<String, List<Object>> folders = new TreeMap<>();
        for (String path : new java.util.TreeSet<>(paths.keySet())) {
            Map<String, Object> operations = object(paths.get(path));
            for (String method : METHODS) {
                if (operations.containsKey(method)) {
                    Map<String, Object> operation = object(operations.get(method));
                    List<Object> tags = list(operation.get("tags"));
                    String folder = tags.isEmpty() ? "Other" : tags.get(0).toString();
                    folders.computeIfAbsent(folder, name -> new ArrayList<>())
                            .add(request(path, method, operation, object(operations), schemas));
                }
            }
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        Map<String, Object> info = new LinkedHashMap<>();
        Map<String, Object> openapiInfo = object(document.get("info"));
        info.put("name", "Cartera API");
        info.put("description", "Generated from the OpenAPI document (" + openapiInfo.getOrDefault("title", "")
                + " " + openapiInfo.getOrDefault("version", "") + ") by scripts/postman-collection.sh; do not edit by hand. "
                + "Set baseUrl, username and password, run \"POST " + LOGIN + "\" once: it stores the token for every other request.");
        info.put("schema", SCHEMA);
        collection.put("info", info);
        List<Object> items = new ArrayList<>();
        folders.forEach((name, requests) -> items.add(map("name", name, "item", requests)));
        collection.put("item", items);
        collection.put("auth", bearer());
        collection.put("variable", List.of(
                map("key", "baseUrl", "value", "http://localhost:8080"),
                map("key", "username", "value", "admin"),
                map("key", "password", "value", ""),
                map("key", "token", "value", "")));
        return Json.write(collection);
    }

    private static Map<String, Object> request(String path, String method, Map<String, Object> operation,
                                               Map<String, Object> pathItem, Map<String, Object> schemas) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", method.toUpperCase(Locale.ROOT));
        List<Object> header = new ArrayList<>();
        request.put("header", header);
        List<Object> query = new ArrayList<>();
        List<Object> variables = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(list(pathItem.get("parameters")));
        parameters.addAll(list(operation.get("parameters")));
        for (Object each : parameters) {
            Map<String, Object> parameter = object(each);
            String name = String.valueOf(parameter.get("name"));
            String in = String.valueOf(parameter.get("in"));
            if (in.equals("query")) {
                query.add(map("key", name, "value", "", "disabled", true, "description", parameter.getOrDefault("description", "")));
            } else if (in.equals("path")) {
                variables.add(map("key", name, "value", ""));
            }
        }
        String postmanPath = path.replaceAll("\\{([^}]+)}", ":$1");
        Map<String, Object> url = new LinkedHashMap<>();
        url.put("raw", "{{baseUrl}}" + postmanPath);
        url.put("host", List.of("{{baseUrl}}"));
        url.put("path", List.of((Object[]) postmanPath.substring(1).split("/")));
        if (!query.isEmpty()) {
            url.put("query", query);
        }
        if (!variables.isEmpty()) {
            url.put("variable", variables);
        }
        request.put("url", url);
        Object summary = operation.get("summary");
        if (summary != null) {
            request.put("description", summary);
        }
        Map<String, Object> json = object(object(object(operation.get("requestBody")).get("content")).get("application/json"));
        if (path.equals(LOGIN)) {
            header.add(map("key", "Content-Type", "value", "application/json"));
            request.put("body", raw("{\n  \"username\": \"{{username}}\",\n  \"password\": \"{{password}}\"\n}"));
            request.put("auth", map("type", "noauth"));
        } else if (!json.isEmpty()) {
            header.add(map("key", "Content-Type", "value", "application/json"));
            request.put("body", raw(Json.write(example(object(json.get("schema")), schemas, 0))));
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", method.toUpperCase(Locale.ROOT) + " " + path);
        item.put("request", request);
        if (path.equals(LOGIN) || path.equals(RENEW)) {
            item.put("event", List.of(map("listen", "test", "script", map("type", "text/javascript", "exec", List.of(
                    "// keep the token for every other request of the collection (collection-level bearer auth)",
                    "if (pm.response.code === 200) {",
                    "    pm.collectionVariables.set(\"token\", pm.response.json().access_token);",
                    "}")))));
        }
        return item;
    }

    /** A body skeleton: each property with a placeholder of its type, references followed a few levels deep. */
    static Object example(Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            return depth > 3 ? Map.of() : example(object(schemas.get(name)), schemas, depth + 1);
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> example = new LinkedHashMap<>();
                object(schema.get("properties")).forEach((name, property) -> example.put(name,
                        example(object(property), schemas, depth + 1)));
                yield example;
            }
            case "array" -> List.of();
            case "integer", "number" -> 0;
            case "boolean" -> false;
            default -> schema.containsKey("enum") ? list(schema.get("enum")).get(0) : "";
        };
    }

    private static Map<String, Object> bearer() {
        return map("type", "bearer", "bearer", List.of(map("key", "token", "value", "{{token}}", "type", "string")));
    }

    private static Map<String, Object> raw(String body) {
        return map("mode", "raw", "raw", body, "options", map("raw", map("language", "json")));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /** Just enough JSON: parse into maps, lists, strings, numbers, booleans and null; write pretty-printed. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw json.error("trailing characters");
            }
            return value;
        }

        private Object value() {
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    Map<String, Object> object = new LinkedHashMap<>();
                    space();
                    if (peek('}')) {
                        return object;
                    }
                    do {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        object.put(key, value());
                        space();
                    } while (peek(','));
                    expect('}');
                    return object;
                }
                case '[' -> {
                    at++;
                    List<Object> array = new ArrayList<>();
                    space();
                    if (peek(']')) {
                        return array;
                    }
                    do {
                        array.add(value());
                        space();
                    } while (peek(','));
                    expect(']');
                    return array;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    for (String word : List.of("true", "false", "null")) {
                        if (text.startsWith(word, at)) {
                            at += word.length();
                            return word.equals("null") ? null : Boolean.valueOf(word);
                        }
                    }
                    int start = at;
                    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    if (start == at) {
                        throw error("unexpected '" + c + "'");
                    }
                    return new java.math.BigDecimal(text.substring(start, at));
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("invalid JSON at " + at + ": " + what);
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out, "");
            return out.append('\n').toString();
        }

        private static void write(Object value, StringBuilder out, String indent) {
            if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                out.append("{\n");
                int i = 0;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(indent).append("  ");
                    quote(entry.getKey().toString(), out);
                    out.append(": ");
                    write(entry.getValue(), out, indent + "  ");
                    out.append(++i < map.size() ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.append("[]");
                    return;
                }
                out.append("[\n");
                for (int i = 0; i < list.size(); i++) {
                    out.append(indent).append("  ");
                    write(list.get(i), out, indent + "  ");
                    out.append(i + 1 < list.size() ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            } else if (value instanceof String string) {
                quote(string, out);
            } else {
                out.append(value);
            }
        }

        private static void quote(String string, StringBuilder out) {
            out.append('"');
            for (char c : string.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
