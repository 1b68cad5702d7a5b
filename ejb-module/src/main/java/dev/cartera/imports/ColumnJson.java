package dev.cartera.imports;

import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The JSON forms of a job's columns: the {@code mapping} an upload gives, and the plan the job keeps. */
public final class ColumnJson {

    private static final String EXAMPLE = "{\"Identificación\": \"documentNumber\"}";

    private ColumnJson() {
    }

    /**
     * Reads a {@code mapping} part: a JSON object of header → field key (or null / "" to skip the header), each
     * field one of the dataset's, in any letter case.
     *
     * @return header → the field's key as the dataset spells it ("" for a skipped header)
     * @throws InvalidInputException saying what to fix
     */
    public static Map<String, String> parseMapping(String json, List<ImportColumn> columns) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException(FieldProblem.of("mapping", "MAPPING_NOT_JSON",
                    "must be a JSON object of header to field, such as " + EXAMPLE, EXAMPLE));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(FieldProblem.of("mapping", "MAPPING_NOT_JSON",
                    "must be a JSON object of header to field, such as " + EXAMPLE, EXAMPLE));
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<String> keys = columns.stream().map(ImportColumn::key).toList();
        value.asJsonObject().forEach((header, target) -> {
            if (target.getValueType() == JsonValue.ValueType.NULL) {
                mapping.put(header, "");
            } else if (target instanceof JsonString text) {
                Optional<String> key = text.getString().isBlank() ? Optional.of("")
                        : keys.stream().filter(k -> k.equalsIgnoreCase(text.getString().strip())).findFirst();
                key.ifPresentOrElse(k -> mapping.put(header, k), () -> problems.add(FieldProblem.of("mapping",
                        "MAPPING_UNKNOWN_FIELD", "maps '" + header + "' to '" + text.getString()
                                + "', which is not a field of this dataset; use one of " + String.join(", ", keys),
                        header, text.getString(), String.join(", ", keys))));
            } else {
                problems.add(FieldProblem.of("mapping", "MAPPING_NOT_A_FIELD_NAME", "maps '" + header
                        + "' to something that is not a field name (a string, or null to skip the column)", header));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return mapping;
    }

    static String mappingToJson(Map<String, String> mapping) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        mapping.forEach(object::add);
        return object.build().toString();
    }

    static Map<String, String> mappingFromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        read(json).forEach((header, field) -> mapping.put(header, ((JsonString) field).getString()));
        return mapping;
    }

    static String planToJson(ColumnPlan plan) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (ColumnMatch match : plan.columns()) {
            JsonArrayBuilder alternatives = Json.createArrayBuilder();
            match.alternatives().forEach(alternative -> alternatives.add(Json.createObjectBuilder()
                    .add("field", alternative.field()).add("score", alternative.score())));
            JsonObjectBuilder column = Json.createObjectBuilder().add("header", match.header())
                    .add("source", match.source().name()).add("confidence", match.confidence())
                    .add("alternatives", alternatives);
            if (match.field() != null) {
                column.add("field", match.field());
            }
            array.add(column);
        }
        return Json.createObjectBuilder().add("columns", array).build().toString();
    }

    static ColumnPlan planFromJson(String json) {
        if (json == null || json.isBlank()) {
            return new ColumnPlan(List.of());
        }
        List<ColumnMatch> matches = new ArrayList<>();
        for (JsonValue value : read(json).getJsonArray("columns")) {
            JsonObject column = value.asJsonObject();
            List<FieldScore> alternatives = column.getJsonArray("alternatives").stream().map(JsonValue::asJsonObject)
                    .map(a -> new FieldScore(a.getString("field"), a.getJsonNumber("score").doubleValue())).toList();
            matches.add(new ColumnMatch(column.getString("header"), column.getString("field", null),
                    ColumnSource.valueOf(column.getString("source").toUpperCase(Locale.ROOT)),
                    ((JsonNumber) column.get("confidence")).doubleValue(), alternatives));
        }
        return new ColumnPlan(matches);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
