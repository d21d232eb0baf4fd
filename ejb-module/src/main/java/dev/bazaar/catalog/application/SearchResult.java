package dev.bazaar.catalog.application;

import java.util.List;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Page;

/**
 * A page of search results with the facets of the whole result: how many of the matching products
 * fall in each category, brand, shop, attribute value and currency, and how many are in stock.
 * {@code approximate} says nothing matched the words and these are titles that look alike;
 * {@code didYouMean} is the words with their typos corrected when the products were found that way
 * (null when every word was found as typed).
 */
public record SearchResult(SearchQuery query, Page<ProductView> products, boolean approximate, String didYouMean,
                           List<Facet> categories, List<Facet> brands, List<Facet> vendors,
                           List<AttributeFacet> attributes, List<PriceFacet> prices, long inStock) {

    /** One value of a facet: {@code key} is what the filter takes (a slug, a brand), {@code label} what people read. */
    public record Facet(String key, String label, long count, boolean selected) {
    }

    /** The values of one attribute among the results: material → oak (12), birch (3). */
    public record AttributeFacet(String name, List<Facet> values) {
    }

    /** The products of one currency among the results, and their cheapest and dearest price. */
    public record PriceFacet(String currency, long count, Money min, Money max) {
    }
}
