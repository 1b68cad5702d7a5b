package dev.cartera.shared.i18n;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link Message} kept in a database column, so that a stored text (an import problem, a job's outcome) is said
 * in the language of whoever reads it later: {@code {"key":..., "args":[...]}} with strings, numbers, nested
 * messages and lists of them.
 */
public final class MessageJson {

    private MessageJson() {
    }

    public static String write(Message message) {
        return object(message).toString();
    }

    /**
     * For a column of {@code maxLength} characters beside the message's English sentence.
     *
     * @return the JSON, or null for no message or one too long for the column (the sentence then stands alone)
     */
    public static String writeWithin(Message message, int maxLength) {
        String json = message == null ? null : write(message);
        return json == null || json.length() <= maxLength ? json : null;
    }

    /** A kept message said in {@code language}; {@code fallback} (its English sentence) when none was kept. */
    public static String say(String json, Locale language, String fallback) {
        return read(json).map(message -> message.in(language)).orElse(fallback);
    }

    /** @return empty for null or for text that is not a message written by {@link #write} */
    public static Optional<Message> read(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return Optional.of(message(reader.readObject()));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static JsonObject object(Message message) {
        return Json.createObjectBuilder().add("key", message.key()).add("args", array(message.arguments())).build();
    }

    private static JsonArrayBuilder array(List<?> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object value : values) {
            switch (value) {
                case null -> array.addNull();
                case Message message -> array.add(object(message));
                case List<?> list -> array.add(array(list));
                case Integer number -> array.add(number);
                case Long number -> array.add(number);
                case java.math.BigDecimal number -> array.add(number);
                case Number number -> array.add(number.doubleValue());
                default -> array.add(String.valueOf(value));
            }
        }
        return array;
    }

    private static Message message(JsonObject object) {
        return new Message(object.getString("key"), values(object.getJsonArray("args")));
    }

    private static List<Object> values(JsonArray array) {
        List<Object> values = new ArrayList<>();
        for (JsonValue value : array) {
            values.add(switch (value.getValueType()) {
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                        : ((JsonNumber) value).bigDecimalValue();
                case OBJECT -> message(value.asJsonObject());
                case ARRAY -> values(value.asJsonArray());
                case NULL -> null;
                default -> value.toString();
            });
        }
        return values;
    }
}
