package dev.bazaar.vendor.application;

import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Slug;
import dev.bazaar.vendor.domain.Vendors;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Public shop profiles: only approved shops exist for shoppers; any other answers "not found". */
@Stateless
public class Shops {

    @Inject
    Vendors vendors;

    public ShopView shop(String slug) {
        return vendors.findBySlug(slug == null ? "" : Slug.normalize(slug))
                .filter(vendor -> vendor.status().isTrading())
                .map(ShopView::of)
                .orElseThrow(() -> new NotFoundException("No shop at " + slug));
    }
}
