package dev.bazaar.catalog.application;

import java.util.List;

import dev.bazaar.catalog.domain.OptionValue;
import dev.bazaar.catalog.domain.ProductVariant;
import dev.bazaar.kernel.Money;

/** One variant with what a shopper needs to choose it: options, price, and how many can be bought now. */
public record VariantView(long id, String sku, String title, List<OptionValue> options, Money price, Money compareAt,
                          Integer weightGrams, int lowStockThreshold, long available) {

    static VariantView of(ProductVariant variant, long available) {
        return new VariantView(variant.id(), variant.sku(), variant.title(), variant.options(), variant.price(),
                variant.compareAt(), variant.weightGrams(), variant.lowStockThreshold(), Math.max(available, 0));
    }

    public boolean inStock() {
        return available > 0;
    }
}
