package dev.bazaar.catalog.application;

import org.eclipse.microprofile.metrics.annotation.Counted;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.ForbiddenException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.vendor.application.ShopDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Changes prices: platform admins any product's, a vendor's owner and managers only their own
 * vendor's. The rule is checked here, whatever page or API calls; {@link PriceChange} does the work
 * in this method's transaction.
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER"})
public class ProductPricing {


    @Inject
    ProductRepository products;

    @Inject
    CallerScope callers;

    @Inject
    ShopDirectory shops;

    @Inject
    PriceChange priceChange;

    @Counted(name = "bazaar.price.changes", absolute = true,
            description = "Price changes attempted (an exception rolls the change back)")
    public ProductView changePrice(long productId, Money newPrice) {
        Product product = products.find(productId)
                .orElseThrow(() -> new NotFoundException("No product with id " + productId));
        if (!callers.isActiveAdmin() && !callers.worksFor(product.vendorId())) {
            throw new ForbiddenException("Only " + shops.get(product.vendorId()).name() + "'s owner and managers may change this price");
        }
        return priceChange.apply(productId, newPrice);
    }
}
