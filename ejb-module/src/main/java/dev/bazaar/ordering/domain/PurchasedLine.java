package dev.bazaar.ordering.domain;

/** A line a customer bought, with its shop and the status of that shop's part of the order. */
public record PurchasedLine(Long lineId, Long productId, String productName, Long vendorId, VendorOrderStatus status) {
}
