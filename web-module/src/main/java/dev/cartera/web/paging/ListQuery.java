package dev.cartera.web.paging;

import dev.cartera.shared.ListFields;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.filtering.FilterCondition;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/**
 * The query of every list, taken as a {@code @BeanParam}: {@code page}, {@code size}, {@code sort}, {@code cursor}
 * (where the previous page ended, in place of {@code page}) and {@code field.operator=value} filters, checked against what the context's service declares for that list
 * ({@link ListFields}). Bad input is the same problem+json 400 on every list, and an unknown parameter is refused.
 */
public class ListQuery {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    @QueryParam("sort")
    String sort;

    @QueryParam("cursor")
    String cursor;

    @Context
    UriInfo uri;

    /**
     * The filters, each on a field and with an operator the list offers, then the page and the sort, on a field the
     * list sorts by (its default order when none is asked for).
     *
     * @param own the resource's other query parameters (e.g. {@code format}), besides paging
     */
    public Valid validate(ListFields list, String... own) {
        List<FilterCondition> filters = FilterParameters.parse(uri.getQueryParameters(), list.filters(), Set.of(own));
        PageRequest request = PagedResponse.request(page, size, sort == null ? list.defaultSort() : sort,
                list.defaultField(), list.sortableFields(), cursor);
        return new Valid(request, filters);
    }

    /** A list query that passed every check. */
    public record Valid(PageRequest page, List<FilterCondition> filters) {
    }
}
