package dev.cartera.web.docs;

import dev.cartera.shared.PageRequest;
import dev.cartera.web.paging.PagedResponse;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * A list declares its items' record ({@code @APIResponse(... implementation = CustomerView.class)}); what it sends
 * is a {@link PagedResponse} of them, which Java's erased generics cannot name in an annotation. This writes the
 * page schema ({@code CustomerViewPage}) and the paging headers.
 */
final class PageResponses {

    private static final String SCHEMAS = "#/components/schemas/";

    private PageResponses() {
    }

    static void declare(OpenAPI document, Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return;
        }
        String item = json.getSchema().getRef().substring(SCHEMAS.length());
        String page = item + "Page";
        if (document.getComponents().getSchemas() == null || !document.getComponents().getSchemas().containsKey(page)) {
            document.getComponents().addSchema(page, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A page of " + item + ", with where it stands in the whole list")
                    .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref(SCHEMAS + item)))
                    .addProperty("page", integer("int32", "This page's number, from 0"))
                    .addProperty("size", integer("int32", "Items a page"))
                    .addProperty("totalItems", integer("int64", "Items in the whole list; for a filtered list, at most "
                            + PageRequest.MAX_OFFSET + " (see totalExact)"))
                    .addProperty("totalExact", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN).description(
                            "false when a filtered list has more than " + PageRequest.MAX_OFFSET
                                    + " items: totalItems is then that bound"))
                    .addProperty("totalPages", integer("int32", "Pages in the whole list"))
                    .addProperty("next", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(
                            "The cursor of the following page (?cursor=...), absent on the last page"))
                    .addRequired("items").addRequired("page").addRequired("size").addRequired("totalItems")
                    .addRequired("totalExact").addRequired("totalPages"));
        }
        json.schema(OASFactory.createSchema().ref(SCHEMAS + page));
        ok.addHeader(PagedResponse.TOTAL_COUNT, OASFactory.createHeader().description("totalItems, for clients that read headers")
                .schema(integer("int64", null)));
        ok.addHeader("Link", OASFactory.createHeader().description("RFC 8288 links to the first, previous, next and last pages")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static Schema integer(String format, String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format).description(description);
    }
}
