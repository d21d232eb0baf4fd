package dev.bazaar.catalog.application;

import org.eclipse.microprofile.metrics.annotation.Counted;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * Changes prices. The row update and the {@code product.updated} event share one JTA transaction:
 * both happen or neither does.
 */
@Stateless
public class ProductPricing {

    public static final String PRODUCT_UPDATED = "product.updated";

    @Inject
    ProductRepository products;

    @Inject
    EventPublisher events;

    @Counted(name = "bazaar.price.changes", absolute = true,
            description = "Price changes attempted (an exception rolls the change back)")
    public ProductView changePrice(long productId, Money newPrice) {
        Product product = products.find(productId)
                .orElseThrow(() -> new NotFoundException("No product with id " + productId));
        Money oldPrice = product.price();
        product.changePrice(newPrice);
        events.publish(DomainEvent.now(PRODUCT_UPDATED, String.valueOf(productId), Json.createObjectBuilder()
                .add("productId", productId)
                .add("slug", product.slug())
                .add("oldPrice", DomainEvent.money(oldPrice))
                .add("newPrice", DomainEvent.money(newPrice))
                .build()));
        return products.view(productId).orElseThrow();
    }
}
