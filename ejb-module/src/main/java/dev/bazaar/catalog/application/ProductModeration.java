package dev.bazaar.catalog.application;

import java.time.Instant;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.catalog.domain.ProductStatus;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Platform admins review products before shoppers see them: the queue (oldest submission first),
 * approval, which publishes {@code product.published} in the same transaction, and rejection with
 * the reason the vendor reads.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class ProductModeration {

    public static final String PRODUCT_PUBLISHED = "product.published";

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    EventPublisher events;

    @Inject
    CallerScope callers;

    public Page<ProductView> queue(PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return reads.list(ProductQuery.backOffice(null, null, ProductStatus.PENDING_REVIEW,
                ProductQuery.SortField.UPDATED, false), page);
    }

    /** Every product in a status (any status when null), optionally by part of its name, by name: the admins' catalog. */
    public Page<ProductView> products(ProductStatus status, String nameContains, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return reads.list(ProductQuery.backOffice(nameContains, null, status, ProductQuery.SortField.NAME, false), page);
    }

    public ProductDetailView product(long productId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Product product = find(productId);
        return reads.detail(product);
    }

    public ProductDetailView approve(long productId) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Product product = find(productId);
        product.approve(Instant.now());
        events.publish(published(product));
        return reads.detail(product);
    }

    /** The event an approval publishes, in the approval's transaction (here and in bulk, {@link ProductBulkActions}). */
    static DomainEvent published(Product product) {
        return DomainEvent.now(PRODUCT_PUBLISHED, String.valueOf(product.id()), Json.createObjectBuilder()
                .add("productId", product.id())
                .add("slug", product.slug())
                .add("vendorId", product.vendorId())
                .add("price", DomainEvent.money(product.price()))
                .build());
    }

    public ProductDetailView reject(long productId, String reason) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Product product = find(productId);
        product.reject(reason, Instant.now());
        return reads.detail(product);
    }

    /** Puts an active product on the home page, or takes it off. */
    public ProductDetailView feature(long productId, boolean featured) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Product product = find(productId);
        product.feature(featured, Instant.now());
        return reads.detail(product);
    }

    private Product find(long productId) {
        return products.find(productId).orElseThrow(() -> new NotFoundException("No product with id " + productId));
    }
}
