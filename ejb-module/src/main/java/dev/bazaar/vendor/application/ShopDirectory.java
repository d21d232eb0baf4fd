package dev.bazaar.vendor.application;

import java.util.Optional;

import dev.bazaar.vendor.domain.Vendors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * What other contexts may know of a shop: its id, names, payout currency and whether it trades.
 * They ask here instead of loading the vendor aggregate; it joins the caller's transaction.
 */
@Dependent
public class ShopDirectory {

    /** A shop as other contexts see it. */
    public record ShopFacts(long id, String slug, String name, String payoutCurrency, boolean trading) {
    }

    @Inject
    Vendors vendors;

    public Optional<ShopFacts> find(long vendorId) {
        return vendors.find(vendorId).map(v -> new ShopFacts(v.id(), v.slug(), v.name(), v.payoutCurrency(), v.status().isTrading()));
    }

    /** The shop, which must exist (its id came from a row that references it). */
    public ShopFacts get(long vendorId) {
        return find(vendorId).orElseThrow(() -> new IllegalStateException("No shop " + vendorId));
    }

}
