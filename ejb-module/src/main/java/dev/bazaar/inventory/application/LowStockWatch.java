package dev.bazaar.inventory.application;

import dev.bazaar.inventory.domain.Stock;
import dev.bazaar.inventory.domain.StockLevel;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;

/**
 * After any change to a variant's stock (a count, a delivery, a reservation): when its available
 * units fall to its low-stock threshold, {@code inventory.low-stock} goes out, once per crossing, in
 * the transaction of the change.
 */
@Dependent
public class LowStockWatch {

    public static final String LOW_STOCK = "inventory.low-stock";

    @Inject
    Stock stock;

    @Inject
    EventPublisher events;

    public void check(Stock.VariantFacts variant) {
        int available = stock.levelsOf(variant.variantId()).stream().mapToInt(StockLevel::available).sum();
        if (stock.crossedBelow(variant.variantId(), available <= variant.lowStockThreshold())) {
            events.publish(DomainEvent.now(LOW_STOCK, String.valueOf(variant.variantId()), Json.createObjectBuilder()
                    .add("variantId", variant.variantId())
                    .add("vendorId", variant.vendorId())
                    .add("sku", variant.sku())
                    .add("available", available)
                    .add("threshold", variant.lowStockThreshold())
                    .build()));
        }
    }
}
