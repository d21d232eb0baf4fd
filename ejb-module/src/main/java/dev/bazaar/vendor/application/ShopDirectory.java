package dev.bazaar.vendor.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.vendor.domain.Vendor;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * What other contexts may know of a shop: its id, names, payout currency, whether it trades, its country and contact.
 * They ask here instead of loading the vendor aggregate; it joins the caller's transaction.
 */
@Dependent
public class ShopDirectory {

    /** A shop as other contexts see it: {@code country} is where it is registered, {@code contactEmail} who answers for it. */
    public record ShopFacts(long id, String slug, String name, String payoutCurrency, boolean trading, String country,
                            String contactEmail) {
    }

    @Inject
    Vendors vendors;

    public Optional<ShopFacts> find(long vendorId) {
        return vendors.find(vendorId).map(ShopDirectory::facts);
    }

    private static ShopFacts facts(Vendor v) {
        return new ShopFacts(v.id(), v.slug(), v.name(), v.payoutCurrency(), v.status().isTrading(), v.country(), v.contactEmail());
    }

    /** The shops with these ids, by id, read in one query. */
    public Map<Long, ShopFacts> findAll(Collection<Long> vendorIds) {
        Map<Long, ShopFacts> shops = new HashMap<>();
        for (Vendor v : vendors.findAll(vendorIds)) {
            shops.put(v.id(), facts(v));
        }
        return shops;
    }

    /** The shop, which must exist (its id came from a row that references it). */
    public ShopFacts get(long vendorId) {
        return find(vendorId).orElseThrow(() -> new IllegalStateException("No shop " + vendorId));
    }

}
