package dev.bazaar.api.v1;

import java.util.List;
import java.util.function.Function;

import dev.bazaar.kernel.Page;

/** A page of results in API answers. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }
}
