package dev.cartera.web.docs;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The records the API reads and writes, and their schemas where the server's scanner wrote none: it leaves an empty
 * {@code {"type": "object"}} for a record that only an {@code @APIResponse} names (most views, since their methods
 * return a {@code Response} to set headers), and an array for one named with {@code type = ARRAY}. The schema is
 * written as JSON-B writes the record: its components in order, under their {@code @JsonbProperty} names. A record's
 * {@code EXAMPLE} ({@link JsonExamples}) becomes its schema's example.
 */
final class RecordSchemas {

    private static final String SCHEMAS = "#/components/schemas/";

    private RecordSchemas() {
    }

    /** Every record an operation takes or gives, by simple name (the schemas' names), nested ones included. */
    static Map<String, Class<?>> reachable(Collection<Endpoint> endpoints) {
        Map<String, Class<?>> records = new TreeMap<>();
        endpoints.stream().flatMap(endpoint -> endpoint.javaMethods().stream()).flatMap(RecordSchemas::typesOf)
                .forEach(type -> collect(type, records));
        return records;
    }

    static void complete(OpenAPI document, Map<String, Class<?>> records) {
        records.forEach((name, record) -> {
            if (!isWritten(document, name)) {
                document.getComponents().addSchema(name, of(record));
            }
            Schema schema = document.getComponents().getSchemas().get(name);
            JsonExamples.of(record).filter(example -> schema.getExamples() == null || schema.getExamples().isEmpty())
                    .ifPresent(example -> schema.setExamples(List.of(JsonExamples.parse(example))));
        });
    }

    /** Whether the document has a schema of that name with properties (the scanner leaves some empty). */
    static boolean isWritten(OpenAPI document, String name) {
        Schema schema = document.getComponents().getSchemas() == null ? null : document.getComponents().getSchemas().get(name);
        return schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty();
    }

    static String propertyName(RecordComponent component) {
        JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private static Schema of(Class<?> record) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        for (RecordComponent component : record.getRecordComponents()) {
            schema.addProperty(propertyName(component), of(component.getGenericType()));
        }
        return schema;
    }

    private static Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(of(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1]));
            }
            return of(raw);
        }
        if (!(type instanceof Class<?> cls)) {
            return OASFactory.createSchema();
        }
        Schema integer = SchemaConstraints.integerFor(cls);
        if (integer != null) {
            return integer;
        }
        if (cls == String.class || cls == char.class || cls == Character.class) {
            return simple(Schema.SchemaType.STRING, null);
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return simple(Schema.SchemaType.BOOLEAN, null);
        }
        if (cls == BigDecimal.class || cls == double.class || cls == Double.class || cls == float.class || cls == Float.class) {
            return simple(Schema.SchemaType.NUMBER, null);
        }
        if (cls == Instant.class || cls == OffsetDateTime.class) {
            return simple(Schema.SchemaType.STRING, "date-time");
        }
        if (cls == LocalDate.class) {
            return simple(Schema.SchemaType.STRING, "date");
        }
        if (cls == YearMonth.class) {
            return simple(Schema.SchemaType.STRING, null).pattern("^\\d{4}-\\d{2}$");
        }
        if (cls.isEnum()) {
            return simple(Schema.SchemaType.STRING, null)
                    .enumeration(Arrays.stream(cls.getEnumConstants()).map(constant -> (Object) ((Enum<?>) constant).name()).toList());
        }
        if (cls.isRecord()) {
            return OASFactory.createSchema().ref(SCHEMAS + cls.getSimpleName());
        }
        if (JsonValue.class.isAssignableFrom(cls)) {
            return OASFactory.createSchema();
        }
        return simple(Schema.SchemaType.OBJECT, null);
    }

    private static Schema simple(Schema.SchemaType type, String format) {
        Schema schema = OASFactory.createSchema().addType(type);
        return format == null ? schema : schema.format(format);
    }

    private static Stream<Type> typesOf(Method method) {
        Stream<Type> declared = Stream.concat(
                Arrays.stream(method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class))
                        .flatMap(response -> Arrays.stream(response.content())),
                Stream.ofNullable(method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class))
                        .flatMap(body -> Arrays.stream(body.content())))
                .map(content -> content.schema().implementation());
        return Stream.concat(Stream.concat(Stream.of(method.getGenericReturnType()),
                Arrays.stream(method.getGenericParameterTypes())), declared);
    }

    private static void collect(Type type, Map<String, Class<?>> records) {
        if (type instanceof ParameterizedType parameterized) {
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, records));
        } else if (type instanceof Class<?> cls && cls.isRecord() && records.putIfAbsent(cls.getSimpleName(), cls) == null) {
            Arrays.stream(cls.getRecordComponents()).forEach(component -> collect(component.getGenericType(), records));
        }
    }
}
