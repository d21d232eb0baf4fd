package dev.bazaar.vendor.application;

import dev.bazaar.media.application.ImageLibrary;
import dev.bazaar.vendor.domain.Vendor;

/** A shop as shoppers see it: its public profile, never its business details or commission. */
public record ShopView(long id, String slug, String name, String description, String returnPolicy, String country,
                       String logoUrl) {

    static ShopView of(Vendor vendor) {
        return new ShopView(vendor.id(), vendor.slug(), vendor.name(), vendor.description(), vendor.returnPolicy(),
                vendor.country(), vendor.logoImageId() == null ? null : ImageLibrary.publishedUrl(vendor.logoImageId(), ImageLibrary.THUMB));
    }
}
