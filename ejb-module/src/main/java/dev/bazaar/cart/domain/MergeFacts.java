package dev.bazaar.cart.domain;

import java.util.Map;
import java.util.Optional;

import dev.bazaar.kernel.Money;

/** What a merge needs to know now about the variants in a guest cart: those still sold, their price and stock. */
public record MergeFacts(Map<Long, Offer> offers) {

    public record Offer(String name, Money price, int available) {
    }

    public Optional<Offer> offer(long variantId) {
        return Optional.ofNullable(offers.get(variantId));
    }
}
