package dev.bazaar.ordering.domain;

import java.util.List;

import dev.bazaar.kernel.Money;

/** One line to be bought: the catalog's description and price of the variant, and the stock reserved for it. */
public record Purchase(long variantId, long productId, String productName, String variantTitle, String sku,
                       int quantity, Money unitPrice, List<Allocation> allocations) {
}
