package dev.bazaar.ordering.domain;

import dev.bazaar.kernel.Money;

/** A shop's standard delivery in one currency: a flat rate, free when the goods reach a threshold. */
public record ShippingTerms(String method, Money flatRate, Money freeOver) {

    public static final String STANDARD = "Standard delivery";

    public ShippingTerms {
        if (flatRate == null || flatRate.isNegative() || (freeOver != null && freeOver.isNegative())) {
            throw new IllegalArgumentException("Shipping rates are zero or more");
        }
    }

    public Money costFor(Money goods) {
        return freeOver != null && goods.compareTo(freeOver) >= 0 ? Money.ofMinor(0, goods.currencyCode()) : flatRate;
    }
}
