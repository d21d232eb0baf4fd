package dev.bazaar.vendor.application;

import dev.bazaar.vendor.domain.Vendor;

/** A shop's own settings page: its public profile and where it stands (the business details are the admins'). */
public record ShopSettingsView(long id, String slug, String name, String status, String description,
                               String returnPolicy, Long logoImageId, String payoutCurrency) {

    static ShopSettingsView of(Vendor vendor) {
        return new ShopSettingsView(vendor.id(), vendor.slug(), vendor.name(), vendor.status().name(),
                vendor.description(), vendor.returnPolicy(), vendor.logoImageId(), vendor.payoutCurrency());
    }
}
