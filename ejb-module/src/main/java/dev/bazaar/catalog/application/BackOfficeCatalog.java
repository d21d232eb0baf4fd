package dev.bazaar.catalog.application;

import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The back office's product list and product pages: platform admins see every shop's products in
 * every status; a vendor's staff see only their own shop's (drafts are nobody else's business).
 */
@Stateless
@RolesAllowed({"PLATFORM_ADMIN", "VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class BackOfficeCatalog {

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    CallerScope callers;

    public Page<ProductView> list(ProductQuery query, PageRequest page) {
        Long vendorId = callerScope();
        return reads.list(vendorId == null ? query : query.forVendor(vendorId), page);
    }

    public ProductView product(long id) {
        Long vendorId = callerScope();
        return products.find(id)
                .filter(product -> vendorId == null || product.vendorId() == vendorId)
                .flatMap(product -> reads.view(id, false))
                .orElseThrow(() -> new NotFoundException("No product with id " + id));
    }

    /** The whole product (variants, stock available, pictures) for its shop's staff or a platform admin. */
    public ProductDetailView productDetail(long id) {
        Long vendorId = callerScope();
        return products.find(id)
                .filter(product -> vendorId == null || product.vendorId() == vendorId)
                .map(reads::detail)
                .orElseThrow(() -> new NotFoundException("No product with id " + id));
    }

    /** Null for an active platform admin (no limit); otherwise the caller's own shop. */
    private Long callerScope() {
        String name = callers.email();
        if (callers.isActiveAdmin()) {
            return null;
        }
        return callers.shop(Role.SHOP_MEMBERS, "Your account no longer works for a shop; sign in again");
    }
}
