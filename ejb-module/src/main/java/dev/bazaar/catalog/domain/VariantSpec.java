package dev.bazaar.catalog.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;

/**
 * A variant as a vendor describes it, already parsed: SKU code, option values, price, optional
 * compare-at price (higher than the price: "was"), weight and low-stock threshold.
 */
public record VariantSpec(String sku, List<OptionValue> options, Money price, Money compareAt,
                          Integer weightGrams, int lowStockThreshold) {

    public VariantSpec {
        String skuProblem = ProductVariant.skuProblem(sku);
        if (skuProblem != null) {
            throw new InvalidInputException("sku", skuProblem);
        }
        sku = ProductVariant.normalizeSku(sku);
        options = options == null ? List.of() : List.copyOf(options);
        if (options.size() > ProductVariant.MAX_OPTIONS) {
            throw new InvalidInputException("options", "at most " + ProductVariant.MAX_OPTIONS + " per variant");
        }
        Set<String> names = new HashSet<>();
        for (OptionValue option : options) {
            if (!names.add(option.name().toLowerCase())) {
                throw new InvalidInputException("options", option.name() + " is given twice");
            }
        }
        if (price == null || price.isNegative()) {
            throw new InvalidInputException("price", "must be zero or more");
        }
        if (compareAt != null && (!compareAt.currencyCode().equals(price.currencyCode()) || compareAt.compareTo(price) <= 0)) {
            throw new InvalidInputException("compareAtPrice", "must be higher than the price, in the same currency");
        }
        if (weightGrams != null && weightGrams < 0) {
            throw new InvalidInputException("weightGrams", "must be zero or more");
        }
        if (lowStockThreshold < 0) {
            throw new InvalidInputException("lowStockThreshold", "must be zero or more");
        }
    }
}
