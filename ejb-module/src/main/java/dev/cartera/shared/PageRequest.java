package dev.cartera.shared;

import dev.cartera.shared.filtering.InvalidFilterException;
import java.util.Objects;

/**
 * One page of a list: zero-based page number, page size (capped) and a sort; or, for walking a whole list, the
 * cursor where the previous page ended ({@link Cursor}), which takes the place of the page number.
 * Built from {@code ?page=0&size=20&sort=field,asc} or {@code ?cursor=...} by the web module.
 *
 * @param after null for a page by number
 */
public record PageRequest(int page, int size, Sort sort, Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    /**
     * Rows a page number can reach: past them the database would read and skip every row before the page on each
     * request (a name-sorted page near the millionth customer took 282 s). Deeper, a client follows the cursor.
     */
    public static final int MAX_OFFSET = 10_000;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        Objects.requireNonNull(sort, "sort");
        if (after == null && (long) page * size >= MAX_OFFSET) {
            int deepest = deepestPage(size);
            throw new InvalidInputException(InvalidInputException.FieldProblem.of("page", "PAGE_TOO_DEEP",
                    "must be at most " + deepest + " with size=" + size + ": pages reach the first " + MAX_OFFSET
                            + " items; beyond, follow the next link (cursor) or narrow the filters",
                    deepest, size, MAX_OFFSET));
        }
        if (after != null && !after.follows(sort)) {
            throw InvalidFilterException.of("cursor", "cursor.otherSort");
        }
    }

    public PageRequest(int page, int size, Sort sort) {
        this(page, size, sort, null);
    }

    /** The last page number that stays within {@link #MAX_OFFSET} at this size. */
    public static int deepestPage(int size) {
        return (MAX_OFFSET - 1) / size;
    }

    public int firstResult() {
        return after == null ? Math.multiplyExact(page, size) : 0;
    }
}
