package dev.bazaar.catalog.application;

import dev.bazaar.kernel.Page;

/** A page of shops found; {@code didYouMean} is the words with their typos corrected when the shops were found that way. */
public record ShopSearchResult(ShopQuery query, Page<FoundShop> shops, String didYouMean) {
}
