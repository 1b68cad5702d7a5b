package dev.cartera.web.pethotel;

import dev.cartera.pethotel.PetDetails;
import dev.cartera.pethotel.PetRules;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.InvalidInputException.FieldProblem;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a pet in the register's own field names, strictly: JSON-B would ignore a misspelt field, so the body is
 * read as a JSON object and every key checked. An unknown field, a value of the wrong type and a malformed
 * {@code petId} are each named in the 400.
 */
public final class PetJson {

    static final Set<String> FIELDS = Set.of(PetRules.PET_ID, PetRules.NAME, PetRules.OWNER, PetRules.BREED,
            PetRules.BIRTH_YEAR);
    private static final String FIELD_LIST = "petId, nome_pet, dono, raca, data_nascimento";

    /** What the body said: {@code petId} may be null (absent). */
    public record Parsed(String petId, PetDetails details) {
    }

    private PetJson() {
    }

    /** @throws InvalidInputException naming each field to fix, or {@code body} when it is not a JSON object */
    public static Parsed parse(String body, boolean petIdRequired) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new InvalidInputException(FieldProblem.of("body", "NOT_A_JSON_OBJECT",
                        "must be a JSON object with the fields " + FIELD_LIST, FIELD_LIST));
            }
            json = object;
        } catch (JsonException e) {
            throw new InvalidInputException(FieldProblem.of("body", "NOT_JSON", "is not valid JSON: " + e.getMessage(),
                    String.valueOf(e.getMessage())));
        }
        List<FieldProblem> problems = new ArrayList<>();
        json.keySet().stream().filter(key -> !FIELDS.contains(key)).sorted().forEach(key ->
                problems.add(new FieldProblem(key, "is not a field of a pet; the fields are " + FIELD_LIST)));
        String petId = text(json, PetRules.PET_ID, problems);
        if (petId == null && petIdRequired && !hasProblem(problems, PetRules.PET_ID)) {
            problems.add(new FieldProblem(PetRules.PET_ID, "is required: it says which pet to update"));
        } else if (petId != null && !PetRules.isPetId(petId)) {
            problems.add(new FieldProblem(PetRules.PET_ID, "must be 32 lowercase hexadecimal digits, such as "
                    + "b7681b0ee1bd455b81ecb4e46a2f4346"));
        }
        String name = text(json, PetRules.NAME, problems);
        String owner = text(json, PetRules.OWNER, problems);
        String breed = text(json, PetRules.BREED, problems);
        Integer year = year(json, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Parsed(petId, new PetDetails(name, owner, breed, year));
    }

    private static String text(JsonObject json, String field, List<FieldProblem> problems) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.add(new FieldProblem(field, "must be a string"));
        return null;
    }

    /** A 4-digit string or a whole number; the service checks the range. */
    private static Integer year(JsonObject json, List<FieldProblem> problems) {
        JsonValue value = json.get(PetRules.BIRTH_YEAR);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string && string.getString().strip().matches("\\d{4}")) {
            return Integer.valueOf(string.getString().strip());
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.bigIntegerValue().abs().bitLength() < 31) {
            return number.intValue();
        }
        problems.add(new FieldProblem(PetRules.BIRTH_YEAR, "must be a birth year: a 4-digit string such as \"2018\" or a number"));
        return null;
    }

    private static boolean hasProblem(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }
}
