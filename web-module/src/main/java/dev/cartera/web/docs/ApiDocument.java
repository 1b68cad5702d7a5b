package dev.cartera.web.docs;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the document the server's scanner writes from the annotations, so that a client generator can use it
 * as is: the bearer token on exactly the operations that need one (a document-wide requirement could not be
 * lifted for the public ones: the server drops an empty {@code security} list), unique operationIds, integer path
 * parameters, every list's query parameters and page schema, the problem responses each operation can give, and
 * the records' schemas with their constraints and examples. What it knows of an operation comes from the
 * resource's own Java method ({@link Endpoints}); the success response is the method's {@code @APIResponse}, or
 * its return type when that is a record.
 */
public class ApiDocument implements OASFilter {

    private static final String DEFAULT = "default";

    /** The security scheme {@code CarteraApplication} declares. */
    static final String BEARER = "bearer";

    @Override
    public Schema filterSchema(Schema schema) {
        return DeclaredContent.clean(schema);
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Endpoint> endpoints = Endpoints.all();
        if (document.getComponents() == null) {
            document.components(OASFactory.createComponents());
        }
        OperationNames.deduplicateTags(document);
        ProblemResponses.declareSchema(document);
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Endpoint endpoint = endpoints.get(method.name() + " " + path);
            if (endpoint == null) {
                return;
            }
            OperationNames.name(operation, endpoint, endpoints.values());
            DeclaredContent.refer(document, operation, endpoint);
            describeParameters(operation, endpoint);
            if (!endpoint.isPublic()) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
            }
            success(operation, endpoint);
            if (ListParameters.declare(operation, endpoint)) {
                PageResponses.declare(document, operation);
                ProblemResponses.mayTimeOut(operation);
            }
            ProblemResponses.declare(operation, endpoint);
        }));
        Map<String, Class<?>> records = RecordSchemas.reachable(endpoints.values());
        RecordSchemas.complete(document, records);
        SchemaConstraints.apply(document, records);
    }

    private static void describeParameters(Operation operation, Endpoint endpoint) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH) {
                endpoint.pathParameterType(parameter.getName()).map(SchemaConstraints::integerFor).filter(Objects::nonNull)
                        .ifPresent(parameter::schema);
            } else if (parameter.getIn() == Parameter.In.QUERY && endpoint.requiresQueryParameter(parameter.getName())) {
                parameter.required(true);
            }
        }
    }

    /** The declared 2xx replaces the scanner's "default"; a method that returns a record answers 200 with it. */
    private static void success(Operation operation, Endpoint endpoint) {
        APIResponses responses = operation.getResponses();
        boolean declared = responses.getAPIResponses().keySet().stream().anyMatch(status -> status.startsWith("2"));
        if (declared) {
            responses.removeAPIResponse(DEFAULT);
            return;
        }
        Method method = endpoint.javaMethods().get(0);
        if (responses.hasAPIResponse(DEFAULT) && method.getReturnType() != jakarta.ws.rs.core.Response.class
                && method.getReturnType() != void.class) {
            responses.addAPIResponse("200", responses.getAPIResponse(DEFAULT).description("OK"));
            responses.removeAPIResponse(DEFAULT);
        }
    }
}
