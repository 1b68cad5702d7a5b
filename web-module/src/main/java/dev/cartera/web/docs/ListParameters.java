package dev.cartera.web.docs;

import dev.cartera.customers.CustomerService;
import dev.cartera.identity.UserService;
import dev.cartera.imports.ImportJobs;
import dev.cartera.lending.LoanService;
import dev.cartera.loyalty.LoyaltyReportService;
import dev.cartera.pethotel.PetService;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.ListFields;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.shared.filtering.FilterSpec;
import dev.cartera.shared.filtering.FilterValueType;
import dev.cartera.shared.filtering.FilterableField;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares every list's query parameters in the OpenAPI document: {@code page}, {@code size}, {@code sort} (its
 * allowed values) and one {@code field.operator} parameter per filter the list's service declares, with its type.
 * The lists take them through a {@code @BeanParam} ({@code ListQuery}), which the server's scanner does not read,
 * and the declarations already exist as each service's {@link ListFields}, so they are written from there rather
 * than repeated in annotations that could drift.
 */
final class ListParameters {

    /** Every list the API offers, by its path in the document, with what its service declares. */
    static final Map<String, ListFields> LISTS = Map.ofEntries(
            Map.entry("/api/customers", CustomerService.LIST),
            Map.entry("/api/users", UserService.LIST),
            Map.entry("/api/imports", ImportJobs.LIST),
            Map.entry("/api/imports/{id}/issues", ImportJobs.ISSUES),
            Map.entry("/api/loans", LoanService.LIST),
            Map.entry("/api/customers/{customerId}/loans", LoanService.LIST),
            Map.entry("/api/purchases", PurchaseService.LIST),
            Map.entry("/api/customers/{customerId}/purchases", PurchaseService.LIST),
            Map.entry("/api/pet", PetService.LIST),
            Map.entry("/api/reports/loyalty", LoyaltyReportService.LIST));

    /** The downloads of a whole list: its filters, without paging. */
    static final Map<String, ListFields> EXPORTS = Map.of("/api/customers/export", CustomerService.LIST);

    private ListParameters() {
    }

    /** Declares the list parameters when the operation is a list; @return whether it is one */
    static boolean declare(Operation operation, Endpoint endpoint) {
        ListFields list = LISTS.get(endpoint.path());
        boolean isList = list != null && endpoint.method().equals("GET");
        if (isList) {
            declare(operation, list);
        }
        ListFields exported = EXPORTS.get(endpoint.path());
        if (exported != null && endpoint.method().equals("GET")) {
            declareFilters(operation, exported);
        }
        return isList;
    }

    private static void declare(Operation operation, ListFields list) {
        List<String> sorts = list.sortableFields().stream().sorted()
                .flatMap(field -> Stream.of(field, field + ",asc", field + ",desc")).toList();
        add(operation, query("page", "The page, from 0; page times size stays under " + PageRequest.MAX_OFFSET,
                integer(0, null)).example(0));
        add(operation, query("size", "Items a page, at most " + PageRequest.MAX_SIZE, integer(1, PageRequest.MAX_SIZE))
                .example(PageRequest.DEFAULT_SIZE));
        add(operation, query("sort", "The order, field[,asc|desc]; by default " + list.defaultSort(),
                string().enumeration(List.copyOf(sorts))));
        add(operation, query("cursor", "Where the previous page ended (its next field), in place of page: walks a list "
                + "of any length, with the same sort and filters; page numbers reach the first " + PageRequest.MAX_OFFSET
                + " items", string()));
        declareFilters(operation, list);
    }

    private static void declareFilters(Operation operation, ListFields list) {
        for (FilterableField field : list.filters().fields()) {
            field.operators().stream().sorted(Comparator.naturalOrder()).forEach(operator ->
                    add(operation, query(field.name() + "." + operator.wireName(), describe(field, operator),
                            schema(field, operator))));
        }
    }

    private static String describe(FilterableField field, FilterOperator operator) {
        return switch (operator) {
            case IN -> "One of these, separated by commas (at most " + FilterSpec.MAX_IN_ITEMS + "): "
                    + field.type().description();
            case SPECIFIED -> "true: only where " + field.name() + " has a value; false: only where it has none";
            case CONTAINS -> field.words() != null
                    ? "Has, for each word typed, a word beginning with it, ignoring case and accents (at most "
                            + FilterSpec.MAX_CONTAINS_WORDS + " words: 'ana roj' finds Ana María Rojas)"
                    : "Contains this text" + (field.type() == FilterValueType.FOLDED_TEXT ? ", ignoring case and accents" : "");
            default -> field.type().description();
        };
    }

    private static Schema schema(FilterableField field, FilterOperator operator) {
        if (operator == FilterOperator.SPECIFIED) {
            return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
        }
        if (operator == FilterOperator.IN) {
            return string();
        }
        return switch (field.type()) {
            case LONG, INTEGER -> OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
            case DECIMAL -> OASFactory.createSchema().addType(Schema.SchemaType.NUMBER);
            case DATE -> string().format("date");
            case INSTANT -> string().description("an ISO-8601 instant, or a date for its start in UTC");
            case ENUM -> string().enumeration(Arrays.stream(field.enumType().getEnumConstants())
                    .map(constant -> (Object) constant.name()).toList());
            default -> string();
        };
    }

    private static void add(Operation operation, Parameter parameter) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(existing -> parameter.getName().equals(existing.getName()));
        if (!declared) {
            operation.addParameter(parameter);
        }
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema);
    }

    private static Schema integer(Integer minimum, Integer maximum) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
        if (minimum != null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (maximum != null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
        return schema;
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }
}
