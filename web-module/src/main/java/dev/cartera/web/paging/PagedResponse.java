package dev.cartera.web.paging;

import dev.cartera.shared.Cursor;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The list convention: {@code ?page=0&size=20&sort=field,asc} in; out a body
 * {@code {items, page, size, totalItems, totalExact, totalPages, next}} plus {@code X-Total-Count} and an RFC 8288
 * {@code Link} header (first, prev, next, last). A filtered list counts up to {@link PageRequest#MAX_OFFSET} rows:
 * past them {@code totalExact} is false and the total is that bound. Page numbers reach the first {@link PageRequest#MAX_OFFSET} items; {@code next}
 * is the cursor of the following page, which walks a list of any length ({@code ?cursor=...}, same sort and
 * filters), and the {@code next} link uses it once page numbers would not reach or when the client walks by cursor.
 *
 * @param next null on the last page
 */
public record PagedResponse<T>(List<T> items, int page, int size, long totalItems, boolean totalExact, int totalPages,
                               String next) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /**
     * @param cursor where the previous page ended, or null for a page by number
     * @throws InvalidParameterException for a negative page, a size below 1, a sort the resource does not offer
     *                                   or a cursor that is not one
     */
    public static PageRequest request(int page, int size, String sort, String defaultSort, Set<String> sortable,
                                      String cursor) {
        if (page < 0) {
            throw InvalidParameterException.of("page", "param.notNegative");
        }
        if (size < 1) {
            throw InvalidParameterException.of("size", "param.atLeastOne");
        }
        Sort order;
        try {
            order = Sort.parse(sort, defaultSort, sortable);
        } catch (InvalidFilterException e) {
            throw new InvalidParameterException("sort", e.explanation());
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        return new PageRequest(after == null ? page : 0, Math.min(size, PageRequest.MAX_SIZE), order, after);
    }

    public static <T> Response ok(Page<T> page, UriInfo uri) {
        PagedResponse<T> body = new PagedResponse<>(page.items(), page.page(), page.size(), page.totalItems(),
                page.totalExact(), page.totalPages(), page.next());
        return Response.ok(body)
                .header(TOTAL_COUNT, page.totalItems())
                .links(links(page, uri))
                .build();
    }

    private static Link[] links(Page<?> page, UriInfo uri) {
        boolean byCursor = uri.getQueryParameters().containsKey("cursor");
        int reachable = PageRequest.deepestPage(page.size());
        int last = Math.min(Math.max(page.totalPages() - 1, 0), reachable);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (!byCursor && page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.next() != null) {
            links.add(byCursor || page.page() >= reachable ? cursorLink(uri, page.next())
                    : link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("cursor")
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel).build();
    }

    private static Link cursorLink(UriInfo uri, String cursor) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page")
                        .replaceQueryParam("cursor", cursor))
                .rel("next").build();
    }
}
