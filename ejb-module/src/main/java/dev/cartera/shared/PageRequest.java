package dev.cartera.shared;

import java.util.Objects;

/**
 * One page of a list: zero-based page number, page size (capped) and an optional sort.
 * Built from {@code ?page=0&size=20&sort=field,asc} by the web module.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        Objects.requireNonNull(sort, "sort");
        if ((long) page * size > Integer.MAX_VALUE) {
            // the first row's offset would overflow: no list is that long
            throw new InvalidInputException(InvalidInputException.FieldProblem.of("page", "PAGE_TOO_DEEP",
                    "must be at most " + Integer.MAX_VALUE / size + " with size=" + size, Integer.MAX_VALUE / size, size));
        }
    }

    public int firstResult() {
        return Math.multiplyExact(page, size);
    }
}
