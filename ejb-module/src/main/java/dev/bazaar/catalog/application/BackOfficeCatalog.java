package dev.bazaar.catalog.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.bazaar.catalog.domain.Product;
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

    /**
     * The selected products the caller may see, in the order asked; another shop's are left out (a table's
     * selection exported as CSV).
     */
    public List<ProductView> products(List<Long> ids) {
        Long vendorId = callerScope();
        Set<Long> visible = products.findAll(ids).stream()
                .filter(product -> vendorId == null || product.vendorId() == vendorId)
                .map(Product::id).collect(Collectors.toSet());
        return reads.views(ids.stream().filter(visible::contains).distinct().toList());
    }

    /** Units that can be sold now, by product, for the products the caller may see (the list's stock column). */
    public Map<Long, Long> available(List<Long> productIds) {
        Long vendorId = callerScope();
        Set<Long> visible = vendorId == null ? Set.copyOf(productIds) : products.findAll(productIds).stream()
                .filter(product -> product.vendorId() == vendorId).map(Product::id).collect(Collectors.toSet());
        return reads.availableByProduct(List.copyOf(visible));
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
