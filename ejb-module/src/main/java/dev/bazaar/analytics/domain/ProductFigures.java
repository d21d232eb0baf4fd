package dev.bazaar.analytics.domain;

/** One product's figures over a period in one currency, its shop, and its place among that currency's products. */
public record ProductFigures(int rank, long productId, String productName, long vendorId, String shopName, String currency,
                             long units, long amountMinor) {
}
