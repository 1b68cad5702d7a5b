package dev.cartera.web.docs;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * The server's scanner copies the record an {@code @APIResponse} or {@code @RequestBody} names into the operation,
 * inline, with every unset attribute of the annotation as a value ({@code maxProperties: 0}, {@code examples: [""]});
 * or it refers to an empty component schema of that name; and it adds a {@code *}{@code /*} body beside the declared
 * one. This makes each such record a named component schema referred to by {@code $ref} (an array of them for
 * {@code type = ARRAY}), as generators expect, turns a JSON example written as a string into the JSON it holds, and
 * {@link #clean} drops the false defaults. {@link RecordSchemas} writes the records the scanner left empty.
 */
final class DeclaredContent {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String ANY = "*/*";

    private DeclaredContent() {
    }

    static void refer(OpenAPI document, org.eclipse.microprofile.openapi.models.Operation operation, Endpoint endpoint) {
        for (Method method : endpoint.javaMethods()) {
            for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
                var response = operation.getResponses().getAPIResponse(declared.responseCode());
                if (response != null && response.getContent() != null) {
                    Arrays.stream(declared.content()).forEach(content ->
                            refer(document, response.getContent(), content.mediaType(), content.schema()));
                }
            }
            var body = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.parameters.RequestBody.class);
            RequestBody requestBody = operation.getRequestBody();
            if (body != null && requestBody != null && requestBody.getContent() != null) {
                Arrays.stream(body.content()).forEach(content ->
                        refer(document, requestBody.getContent(), content.mediaType(), content.schema()));
                requestBody.getContent().getMediaTypes().values().forEach(DeclaredContent::examplesAsJson);
                if (requestBody.getContent().getMediaTypes().size() > 1) {
                    requestBody.getContent().removeMediaType(ANY);
                }
            }
        }
    }

    /** An {@code @ExampleObject} value is a string in the annotation; a JSON body's example is the JSON it holds. */
    private static void examplesAsJson(org.eclipse.microprofile.openapi.models.media.MediaType media) {
        if (media.getExamples() == null) {
            return;
        }
        media.getExamples().values().forEach(example -> {
            if (example.getValue() instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
                example.setValue(JsonExamples.parse(text));
            }
        });
    }

    /** Drops what the scanner wrote for annotation attributes nobody set. */
    static Schema clean(Schema schema) {
        if (zero(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (zero(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (zero(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (zero(schema.getMinContains())) {
            schema.setMinContains(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (schema.getExamples() != null && schema.getExamples().stream().allMatch(example -> example == null || "".equals(example))) {
            schema.setExamples(null);
        }
        return schema;
    }

    private static void refer(OpenAPI document, Content content, String mediaType,
                              org.eclipse.microprofile.openapi.annotations.media.Schema declared) {
        Class<?> implementation = declared.implementation();
        if (implementation == null || implementation == Void.class || content.getMediaTypes() == null) {
            return;
        }
        String name = name(implementation);
        for (Map.Entry<String, org.eclipse.microprofile.openapi.models.media.MediaType> entry : content.getMediaTypes().entrySet()) {
            if (!mediaType.isEmpty() && !mediaType.equals(entry.getKey())) {
                continue;
            }
            Schema inline = entry.getValue().getSchema();
            if (inline != null && inline.getRef() == null && inline.getProperties() != null) {
                if (!RecordSchemas.isWritten(document, name)) {
                    document.getComponents().addSchema(name, inline);
                }
            }
            Schema reference = OASFactory.createSchema().ref(SCHEMAS + name);
            entry.getValue().schema(declared.type() == SchemaType.ARRAY
                    ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(reference) : reference);
        }
    }

    private static String name(Class<?> implementation) {
        var schema = implementation.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : implementation.getSimpleName();
    }

    private static boolean zero(Number number) {
        return number != null && number.intValue() == 0;
    }
}
