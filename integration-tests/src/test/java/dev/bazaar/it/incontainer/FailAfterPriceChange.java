package dev.bazaar.it.incontainer;

import dev.bazaar.catalog.application.PriceChange;
import dev.bazaar.catalog.application.ProductView;
import dev.bazaar.kernel.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Runs a price change in a container transaction of its own, as ProductPricing does once it has
 * checked the caller: committed, or failing after the row was written and the event sent (what a
 * crash at the last moment looks like).
 */
@Stateless
public class FailAfterPriceChange {

    @Inject
    PriceChange priceChange;

    public ProductView changePrice(long productId, Money price) {
        return priceChange.apply(productId, price);
    }

    public void changePriceThenFail(long productId, Money price) {
        priceChange.apply(productId, price);
        throw new IllegalStateException("simulated failure after the write and the send");
    }
}
