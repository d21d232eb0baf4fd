package dev.bazaar.it.incontainer;

import dev.bazaar.catalog.application.ProductPricing;
import dev.bazaar.kernel.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A use case that fails after the price row was written and the event was sent, inside the same
 * container transaction: what a crash at the last moment looks like.
 */
@Stateless
public class FailAfterPriceChange {

    @Inject
    ProductPricing pricing;

    public void changePriceThenFail(long productId, Money price) {
        pricing.changePrice(productId, price);
        throw new IllegalStateException("simulated failure after the write and the send");
    }
}
