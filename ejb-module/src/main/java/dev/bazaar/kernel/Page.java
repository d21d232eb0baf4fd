package dev.bazaar.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a larger result: the items plus what a pager needs to draw itself. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalItems + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }
}
