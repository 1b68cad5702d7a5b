package dev.cartera.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results and the total behind it.
 *
 * @param next       where the following page starts ({@link Cursor#encode()}), null when this one is the last or
 *                   the list is not walked by cursor
 * @param totalExact false when the total was counted only up to a bound ({@link PageRequest#MAX_OFFSET}) and there
 *                   are more: {@code totalItems} is then that bound, a lower limit
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, String next, boolean totalExact) {

    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, null, true);
    }

    public int totalPages() {
        return (int) ((totalItems + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, next, totalExact);
    }
}
