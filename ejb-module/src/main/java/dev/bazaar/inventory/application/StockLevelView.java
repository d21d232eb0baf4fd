package dev.bazaar.inventory.application;

import dev.bazaar.inventory.domain.StockLevel;

/** One variant's stock at one location. */
public record StockLevelView(long variantId, long locationId, int onHand, int reserved, int available) {

    static StockLevelView of(StockLevel level) {
        return new StockLevelView(level.variantId(), level.locationId(), level.onHand(), level.reserved(), level.available());
    }
}
