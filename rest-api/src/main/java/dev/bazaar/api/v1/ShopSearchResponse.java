package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import dev.bazaar.catalog.application.FoundShop;
import dev.bazaar.catalog.application.ShopSearchResult;

/**
 * A page of shops found; {@code didYouMean} is there when a typo was corrected to find them, with the
 * address that searches the words as typed.
 */
public record ShopSearchResponse(List<FoundShop> items, int page, int size, long totalItems, int totalPages,
                                 SearchResponse.DidYouMean didYouMean) {

    static ShopSearchResponse of(ShopSearchResult result, URI searchExactly) {
        PageResponse<FoundShop> page = PageResponse.of(result.shops(), shop -> shop);
        return new ShopSearchResponse(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                result.didYouMean() == null ? null : new SearchResponse.DidYouMean(result.didYouMean(), searchExactly));
    }
}
