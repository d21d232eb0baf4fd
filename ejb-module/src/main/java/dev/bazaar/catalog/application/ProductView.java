package dev.bazaar.catalog.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.RichText;

/**
 * A product in lists, as shoppers, the back office and the API see it: the price is the lowest
 * variant price, the description plain text (cards show no markup), the picture the gallery's first
 * (null when it has none).
 */
public record ProductView(long id, String slug, String name, String description, String brand, String status,
                          String vendorSlug, String vendorName,
                          String categorySlug, String categoryName,
                          Money price, Instant updatedAt, Long imageId) {

    /** The shape JPQL's constructor expression fills (an embeddable cannot be passed whole). */
    public ProductView(Long id, String slug, String name, String description, String brand, Object status,
                       String vendorSlug, String vendorName,
                       String categorySlug, String categoryName,
                       Long priceMinor, String currencyCode, Instant updatedAt, Long imageId) {
        this(id, slug, name, description == null ? null : RichText.plainText(description), brand, String.valueOf(status), vendorSlug, vendorName, categorySlug,
                categoryName, Money.ofMinor(priceMinor, currencyCode), updatedAt, imageId);
    }
}
