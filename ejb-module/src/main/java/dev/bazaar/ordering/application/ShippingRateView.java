package dev.bazaar.ordering.application;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.ShippingRate;
import dev.bazaar.ordering.domain.ShippingTerms;

/**
 * Standard delivery in one currency as checkout charges it: the flat rate, free from {@code freeOver}
 * worth of goods (null: never free), and whose rate it is.
 */
public record ShippingRateView(String currency, String method, Money flatRate, Money freeOver, Source source) {

    /** SHOP: the shop's own rate; PLATFORM: Bazaar's default, which applies while the shop sets none. */
    public enum Source { SHOP, PLATFORM }

    static ShippingRateView of(ShippingRate rate) {
        ShippingTerms terms = rate.terms();
        return new ShippingRateView(rate.currency(), terms.method(), terms.flatRate(), terms.freeOver(),
                rate.platformDefault() ? Source.PLATFORM : Source.SHOP);
    }
}
