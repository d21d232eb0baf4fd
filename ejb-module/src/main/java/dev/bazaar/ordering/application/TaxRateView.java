package dev.bazaar.ordering.application;

import java.time.Instant;

import dev.bazaar.ordering.domain.TaxRate;

/**
 * A country Bazaar delivers to and its tax rate: "21 %" to read, basis points (2100) to compute with, and whether
 * shoppers shipping there are shown prices with the tax included.
 */
public record TaxRateView(String country, String countryName, String percent, int basisPoints, boolean pricesIncludeTax,
                          Instant updatedAt) {

    static TaxRateView of(TaxRate rate) {
        return new TaxRateView(rate.country(), rate.countryName(), rate.rate().toString(), rate.rate().basisPoints(),
                rate.pricesIncludeTax(), rate.updatedAt());
    }
}
