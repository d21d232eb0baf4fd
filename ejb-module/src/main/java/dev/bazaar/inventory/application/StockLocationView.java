package dev.bazaar.inventory.application;

import dev.bazaar.inventory.domain.StockLocation;

/** A stock location as its vendor sees it. */
public record StockLocationView(long id, String name, String line1, String city, String postalCode, String country) {

    static StockLocationView of(StockLocation location) {
        return new StockLocationView(location.id(), location.name(), location.line1(), location.city(),
                location.postalCode(), location.country());
    }
}
