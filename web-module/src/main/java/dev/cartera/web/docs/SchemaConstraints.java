package dev.cartera.web.docs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The records' Bean Validation constraints, written into their schemas: required properties ({@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty}), lengths ({@code @Size}) and anchored patterns (JSON Schema's {@code pattern}
 * matches anywhere in the value, Bean Validation's {@code @Pattern} the whole of it): the constraints the API's
 * records use. Also integers where the scanner writes
 * {@code number} for a {@code long}, which client generators turn into a floating-point type. The server's own copy
 * of the constraints is off ({@code mp.openapi.scan.beanvalidation}): it drops properties. The schemas are named by
 * the records' simple names ({@link RecordSchemas#reachable}).
 */
final class SchemaConstraints {

    private SchemaConstraints() {
    }

    static void apply(OpenAPI document, Map<String, Class<?>> records) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        schemas.forEach((schemaName, schema) -> {
            Class<?> record = records.get(schemaName);
            if (record != null && schema.getProperties() != null) {
                for (RecordComponent component : record.getRecordComponents()) {
                    String name = RecordSchemas.propertyName(component);
                    Schema property = schema.getProperties().get(name);
                    if (property != null && property.getRef() == null) {
                        if (isRequired(component) && (schema.getRequired() == null || !schema.getRequired().contains(name))) {
                            schema.addRequired(name);
                        }
                        constrain(component, property);
                    }
                }
            }
        });
    }

    /** The integer type of a Java type, or null when it is not an integer. */
    static Schema integerFor(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
        }
        return null;
    }

    /**
     * Bean Validation's annotations cannot target a record component, so Java puts them on the component's field,
     * accessor and constructor parameter only: they are read from the accessor.
     */
    private static boolean isRequired(RecordComponent component) {
        Method accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }

    private static void constrain(RecordComponent component, Schema property) {
        Method accessor = component.getAccessor();
        Schema integer = integerFor(component.getType());
        if (integer != null) {
            property.type(integer.getType()).format(integer.getFormat());
        }
        boolean text = component.getType() == String.class;
        Size size = accessor.getAnnotation(Size.class);
        if (size != null && text) {
            property.minLength(size.min() > 0 ? size.min() : null)
                    .maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
        }
        if (accessor.isAnnotationPresent(NotBlank.class)) {
            property.minLength(Math.max(1, property.getMinLength() == null ? 1 : property.getMinLength())).pattern("\\S");
        }
        Pattern pattern = accessor.getAnnotation(Pattern.class);
        if (pattern != null) {
            property.pattern("^(?:" + pattern.regexp() + ")$");
        }
    }
}
