package dev.bazaar.ordering.application;

/**
 * A line of the caller's own order as a review needs it: the product, the shop, and whether the goods
 * reached the buyer.
 */
public record BoughtLine(long lineId, Long productId, String productName, long vendorId, boolean delivered) {
}
