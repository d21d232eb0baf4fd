package dev.bazaar.ordering.domain;

/** A line a customer bought, with its shop and the status of that shop's part of the order. */
public record PurchasedLine(long lineId, Long productId, String productName, long vendorId, VendorOrderStatus status) {
}
