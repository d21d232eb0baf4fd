package dev.bazaar.api.v1;

import java.net.URI;
import java.util.List;

import dev.bazaar.api.v1.ProductResponse.Price;
import dev.bazaar.catalog.application.SearchResult;

/**
 * A page of products found, with the facets of the whole result: counts by category (the subcategories
 * of the one chosen), brand, shop, attribute value and currency, and how many are in stock.
 * {@code approximate} is true when nothing matched the words and these titles look like them;
 * {@code didYouMean} is there when a typo was corrected to find these products.
 */
public record SearchResponse(List<ProductResponse> items, int page, int size, long totalItems, int totalPages,
                             boolean approximate, DidYouMean didYouMean, Facets facets) {

    /** The words as corrected, and the address that searches the words as typed ({@code exact=true}). */
    public record DidYouMean(String text, URI searchExactly) {
    }

    public record Facets(List<Value> categories, List<Value> brands, List<Value> vendors, List<Attribute> attributes,
                         List<PriceRange> prices, long inStock) {
    }

    /** One facet value: {@code value} is what the filter parameter takes. */
    public record Value(String value, String label, long count, boolean selected) {

        static Value of(SearchResult.Facet facet) {
            return new Value(facet.key(), facet.label(), facet.count(), facet.selected());
        }
    }

    public record Attribute(String name, List<Value> values) {
    }

    public record PriceRange(String currency, long count, Price min, Price max) {
    }

    static SearchResponse of(SearchResult result, URI searchExactly) {
        PageResponse<ProductResponse> page = PageResponse.of(result.products(), ProductResponse::of);
        return new SearchResponse(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                result.approximate(),
                result.didYouMean() == null ? null : new DidYouMean(result.didYouMean(), searchExactly),
                new Facets(result.categories().stream().map(Value::of).toList(),
                        result.brands().stream().map(Value::of).toList(),
                        result.vendors().stream().map(Value::of).toList(),
                        result.attributes().stream()
                                .map(a -> new Attribute(a.name(), a.values().stream().map(Value::of).toList()))
                                .toList(),
                        result.prices().stream()
                                .map(p -> new PriceRange(p.currency(), p.count(), Price.of(p.min()), Price.of(p.max())))
                                .toList(),
                        result.inStock()));
    }
}
