package dev.cartera.web.paging;

import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The list convention: {@code ?page=0&size=20&sort=field,asc} in; out a body
 * {@code {items, page, size, totalItems, totalPages}} plus {@code X-Total-Count} and an RFC 8288 {@code Link}
 * header (first, prev, next, last).
 */
public record PagedResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final String TOTAL_COUNT = "X-Total-Count";

    /** @throws InvalidParameterException for a negative page, a size below 1 or a sort the resource does not offer */
    public static PageRequest request(int page, int size, String sort, String defaultSort, Set<String> sortable) {
        if (page < 0) {
            throw InvalidParameterException.of("page", "param.notNegative");
        }
        if (size < 1) {
            throw InvalidParameterException.of("size", "param.atLeastOne");
        }
        try {
            return new PageRequest(page, Math.min(size, PageRequest.MAX_SIZE), Sort.parse(sort, defaultSort, sortable));
        } catch (InvalidFilterException e) {
            throw new InvalidParameterException("sort", e.explanation());
        }
    }

    public static <T> Response ok(Page<T> page, UriInfo uri) {
        PagedResponse<T> body = new PagedResponse<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
        return Response.ok(body)
                .header(TOTAL_COUNT, page.totalItems())
                .links(links(page, uri))
                .build();
    }

    private static Link[] links(Page<?> page, UriInfo uri) {
        int last = Math.max(page.totalPages() - 1, 0);
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return links.toArray(Link[]::new);
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .replaceQueryParam("size", size))
                .rel(rel).build();
    }
}
