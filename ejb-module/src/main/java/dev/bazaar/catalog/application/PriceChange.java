package dev.bazaar.catalog.application;

import java.time.Instant;

import dev.bazaar.catalog.domain.Product;
import dev.bazaar.catalog.domain.ProductRepository;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

/**
 * The work of a price change: the row update and the {@code product.updated} event, inside the
 * caller's JTA transaction (it refuses to run outside one), so both happen or neither does. Not an
 * entry point: {@link ProductPricing} decides who may change which price and calls this.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class PriceChange {

    public static final String PRODUCT_UPDATED = "product.updated";

    @Inject
    ProductRepository products;

    @Inject
    ProductReads reads;

    @Inject
    EventPublisher events;

    public ProductView apply(long productId, Money newPrice) {
        Product product = products.find(productId)
                .orElseThrow(() -> new NotFoundException("No product with id " + productId));
        Money oldPrice = product.price();
        product.changePrice(newPrice, Instant.now());
        events.publish(DomainEvent.now(PRODUCT_UPDATED, String.valueOf(productId), Json.createObjectBuilder()
                .add("productId", productId)
                .add("slug", product.slug())
                .add("oldPrice", DomainEvent.money(oldPrice))
                .add("newPrice", DomainEvent.money(newPrice))
                .build()));
        return reads.view(productId, false).orElseThrow();
    }
}
