package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the real server publishes is a contract a client generator can use as is: valid OpenAPI
 * 3.1 with every reference resolved, every operation the resources answer and no other, unique operationIds, a
 * declared success with its schema, and every error as a problem document.
 */
@SharedServer
class ApiContractIT {

    @SharedServer.Url
    URL base;

    private OpenAPI document;
    private Map<String, Operation> operations;

    @BeforeEach
    void read() {
        Api api = new Api(base);
        Api.Reply reply = api.send(api.request("/openapi", null).header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply::toString);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "the document is not valid OpenAPI");
        document = parsed.getOpenAPI();
        assertNotNull(document);
        operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method.name() + " " + path, operation)));
    }

    @Test
    void isOpenApi31AndEveryReferenceResolves() {
        assertTrue(document.getOpenapi().startsWith("3.1"), document.getOpenapi());
        Set<String> schemas = document.getComponents().getSchemas().keySet();
        List<String> dangling = new ArrayList<>();
        operations.forEach((key, operation) -> {
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> refersToKnown(key, media.getSchema(), schemas, dangling));
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> refersToKnown(key + " " + status, media.getSchema(), schemas, dangling));
                }
            });
        });
        document.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, value) ->
                        refersToKnown(name + "." + property, (Schema<?>) value, schemas, dangling));
            }
        });
        assertEquals(List.of(), dangling);
    }

    @Test
    void describesEveryOperationTheResourcesAnswerAndNoOther() {
        Set<String> answered = new TreeSet<>(Endpoints.all().keySet());
        assertTrue(answered.contains("POST /api/imports"), answered::toString);
        assertEquals(answered, operations.keySet(), "the resources' operations and the document's differ");
    }

    @Test
    void everyOperationHasAUniqueIdATagAndADeclaredSuccess() {
        Set<String> ids = new HashSet<>();
        operations.forEach((key, operation) -> {
            assertTrue(ids.add(operation.getOperationId()), key + ": operationId " + operation.getOperationId() + " is not unique");
            assertFalse(operation.getTags() == null || operation.getTags().isEmpty(), key + " has no tag");
            assertFalse(operation.getResponses().containsKey("default"), key + " still has the scanner's default response");
            assertTrue(operation.getResponses().keySet().stream().anyMatch(status -> status.startsWith("2")), key + " declares no success");
        });
    }

    @Test
    void everyErrorIsAProblemAndEverySecuredOperationSaysSo() {
        operations.forEach((key, operation) -> {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertProblem(key + " " + status, response);
                }
            });
            boolean isPublic = operation.getSecurity() == null || operation.getSecurity().isEmpty();
            assertTrue(isPublic || operation.getResponses().containsKey("401"), key + ": needs a token but declares no 401");
            assertEquals(Endpoints.all().get(key).isPublic(), isPublic, key + ": the bearer requirement is the resource's");
        });
        assertTrue(operations.get("PUT /api/customers/{id}").getResponses().keySet()
                .containsAll(Set.of("200", "400", "401", "403", "404", "409", "412", "415")));
        assertTrue(operations.get("POST /api/imports").getResponses().keySet().containsAll(Set.of("202", "413", "415")));
        assertTrue(operations.get("POST /api/auth/login").getResponses().containsKey("429"));
        assertEquals(null, document.getSecurity(), "no document-wide requirement: the public operations would inherit it");
    }

    @Test
    void listsDeclareTheirParametersAndPageAndUploadsTheirForms() {
        Operation customers = operations.get("GET /api/customers");
        Set<String> parameters = new TreeSet<>();
        customers.getParameters().forEach(parameter -> parameters.add(parameter.getName()));
        assertTrue(parameters.containsAll(Set.of("page", "size", "sort", "name.contains", "documentType.in", "createdAt.greaterThanOrEqual")),
                parameters::toString);
        assertEquals("#/components/schemas/CustomerViewPage",
                customers.getResponses().get("200").getContent().get("application/json").getSchema().get$ref());
        Schema<?> form = document.getComponents().getSchemas().get("ImportForm");
        assertEquals("binary", ((Schema<?>) form.getProperties().get("file")).getFormat());
        assertTrue(form.getRequired().containsAll(List.of("file", "dataset")));
        assertNotNull(operations.get("POST /api/picture/{petId}").getRequestBody().getContent().get("multipart/form-data"));
        Schema<?> newCustomer = document.getComponents().getSchemas().get("NewCustomer");
        assertTrue(newCustomer.getRequired().containsAll(List.of("documentType", "documentNumber")), "@NotBlank is required");
        assertEquals(64, ((Schema<?>) newCustomer.getProperties().get("documentNumber")).getMaxLength(), "@Size is a maxLength");
        assertEquals(Set.of("integer"), ((Schema<?>) newCustomer.getProperties().get("cityId")).getTypes(), "a long is an integer");
        assertEquals(true, operations.get("GET /api/customers/lookup").getParameters().stream()
                .filter(parameter -> parameter.getName().equals("documentNumber")).findFirst().orElseThrow().getRequired());
    }

    private static void assertProblem(String what, ApiResponse response) {
        assertNotNull(response.getContent(), what + " has no body");
        var problem = response.getContent().get("application/problem+json");
        assertNotNull(problem, what + " is not application/problem+json");
        assertEquals("#/components/schemas/Problem", problem.getSchema().get$ref(), what);
    }

    private static void refersToKnown(String where, Schema<?> schema, Set<String> schemas, List<String> dangling) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null && !schemas.contains(schema.get$ref().replace("#/components/schemas/", ""))) {
            dangling.add(where + " -> " + schema.get$ref());
        }
        if (schema.getItems() != null) {
            refersToKnown(where + "[]", schema.getItems(), schemas, dangling);
        }
    }
}
