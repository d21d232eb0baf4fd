package dev.bazaar.catalog.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;

/** A product as shoppers, the back office and the API see it. */
public record ProductView(long id, String slug, String name, String description,
                          String vendorSlug, String vendorName,
                          String categorySlug, String categoryName,
                          Money price, Instant updatedAt) {

    /** The shape JPQL's constructor expression fills (an embeddable cannot be passed whole). */
    public ProductView(Long id, String slug, String name, String description,
                       String vendorSlug, String vendorName,
                       String categorySlug, String categoryName,
                       Long priceMinor, String currencyCode, Instant updatedAt) {
        this(id, slug, name, description, vendorSlug, vendorName, categorySlug, categoryName,
                Money.ofMinor(priceMinor, currencyCode), updatedAt);
    }
}
