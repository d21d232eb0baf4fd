package dev.bazaar.api.v1;

import java.time.Instant;
import java.util.Locale;

import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Money;
import dev.bazaar.media.application.ImageLibrary;

/** A product in API answers; the thumbnail is its main picture's (null without pictures). */
public record ProductResponse(long id, String slug, String name, String description, String brand, String status,
                              Ref vendor, Ref category, Price price, Instant updatedAt, String thumbnailUrl) {

    public record Ref(String slug, String name) {
    }

    /** A price as minor units and currency (for arithmetic), plus a decimal and a display string. */
    public record Price(long amountMinor, String currency, String amount, String formatted) {

        static Price of(Money money) {
            return new Price(money.amountMinor(), money.currencyCode(), money.toDecimal().toPlainString(),
                    money.format(Locale.US));
        }
    }

    static ProductResponse of(ProductView p) {
        return new ProductResponse(p.id(), p.slug(), p.name(), p.description(), p.brand(), p.status(),
                new Ref(p.vendorSlug(), p.vendorName()),
                p.categorySlug() == null ? null : new Ref(p.categorySlug(), p.categoryName()),
                Price.of(p.price()), p.updatedAt(),
                p.imageId() == null ? null : ImageLibrary.publishedUrl(p.imageId(), ImageLibrary.THUMB));
    }
}
