package dev.cartera.web.docs;

import dev.cartera.web.problems.ProblemDetail;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The errors every operation can give, as {@code application/problem+json} with the {@code Problem} schema. The
 * ones that follow from an operation's shape are declared here from its {@link Endpoint}: 400 when it reads
 * input, 401 unless it is public, 403 when some roles are refused, 404 when it names a resource in its path, 415
 * when it takes a body. The ones only its code knows (409, 412, 413, 429, 503...) are declared on the method with
 * {@code @APIResponse} and a description; this gives them the problem body too.
 */
final class ProblemResponses {

    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    private ProblemResponses() {
    }

    static void declareSchema(OpenAPI document) {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One thing to fix")
                .addProperty("field", string("The JSON property, query or path parameter, or body"))
                .addProperty("code", string("The rule's stable code (INVALID_EMAIL, PAGE_TOO_DEEP...), when a service rule "
                        + "refused it; the same in every language"))
                .addProperty("message", string("Why, in the request's language"))
                .addRequired("field").addRequired("message");
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: title, detail and messages are in the language Accept-Language asks "
                        + "for (es by default, or en); type, status and codes never change")
                .addProperty("type", string("A URI naming the kind of problem").format("uri-reference"))
                .addProperty("title", string("What went wrong, in a few words"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What went wrong here and what to do about it"))
                .addProperty("instance", string("The request's path").format("uri-reference"))
                .addProperty("requestId", string("The id of the request in the server's log (also the X-Request-Id header)"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("For a 400 about the input: every field to fix"))
                .addRequired("type").addRequired("title").addRequired("status");
        document.getComponents().addSchema(SCHEMA, problem);
    }

    static void declare(Operation operation, Endpoint endpoint) {
        APIResponses responses = operation.getResponses();
        if (endpoint.readsInput()) {
            ensure(responses, "400", "The request is malformed or a value is invalid; errors[] names each field to fix");
        }
        if (!endpoint.isPublic()) {
            ensure(responses, "401", "No bearer token, or it is expired, revoked or invalid (WWW-Authenticate says which)");
        }
        if (endpoint.isRestricted()) {
            ensure(responses, "403", "The caller's role may not do this");
        }
        if (endpoint.hasPathParameters()) {
            ensure(responses, "404", "Nothing has that id");
        }
        if (endpoint.readsBody()) {
            ensure(responses, "415", "The body's Content-Type is not one this operation takes");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (isError(response.getKey())) {
                response.getValue().content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
            }
        }
    }

    /** A list whose filters no index serves can outlast the statement timeout (cartera.db.statement-timeout). */
    static void mayTimeOut(Operation operation) {
        ensure(operation.getResponses(), "503", "The database cancelled the query at the statement timeout: ask again "
                + "after Retry-After seconds, or narrow the filters");
    }

    private static void ensure(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

}
