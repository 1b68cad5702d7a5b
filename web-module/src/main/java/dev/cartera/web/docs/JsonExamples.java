package dev.cartera.web.docs;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Examples written as JSON text (an annotation can only hold a string), as the plain Java values the document's
 * writer writes as JSON. A record shows its example in a {@code public static final String EXAMPLE}.
 */
final class JsonExamples {

    static final String FIELD = "EXAMPLE";

    private JsonExamples() {
    }

    static Object parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return javaOf(reader.readValue());
        }
    }

    /** The record's {@code EXAMPLE}, if it has one. */
    static Optional<String> of(Class<?> record) {
        try {
            Field field = record.getField(FIELD);
            return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    ? Optional.of((String) field.get(null)) : Optional.empty();
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object javaOf(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> object.put(key, javaOf(member)));
                yield object;
            }
            case ARRAY -> value.asJsonArray().stream().map(JsonExamples::javaOf).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }
}
