package dev.bazaar.vendor.application;

import dev.bazaar.vendor.domain.Vendor;

/** A shop as shoppers see it: its public profile, never its business details or commission. */
public record ShopView(long id, String slug, String name, String description, String returnPolicy, String country) {

    static ShopView of(Vendor vendor) {
        return new ShopView(vendor.id(), vendor.slug(), vendor.name(), vendor.description(), vendor.returnPolicy(),
                vendor.country());
    }
}
