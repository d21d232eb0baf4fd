package dev.bazaar.it.incontainer;

import java.time.Instant;
import java.util.List;

import dev.bazaar.cart.application.Offers;
import dev.bazaar.cart.domain.Cart;
import dev.bazaar.cart.domain.Carts;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.ordering.application.CheckoutRequest;
import dev.bazaar.ordering.application.OrderPlacement;
import dev.bazaar.ordering.application.PlacedOrder;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Fills a customer's cart, and places it in a container transaction of its own, as Checkout does
 * once it knows the caller: committed, or failing after the order rows were written, the stock
 * reserved and order.placed sent (what a crash at the last moment looks like).
 */
@Stateless
public class CheckoutInTransaction {

    @Inject
    Carts carts;

    @Inject
    Offers offers;

    @Inject
    OrderPlacement placement;

    public void fillCart(long customerId, long variantId, int quantity) {
        Offers.Offer offer = offers.of(List.of(variantId)).get(variantId);
        Cart cart = carts.ofCustomerCreated(customerId, Instant.now());
        cart.add(variantId, quantity, offer.price(), offer.available(), Instant.now());
    }

    public PlacedOrder place(Shopper shopper, CheckoutRequest request) {
        return placement.place(shopper, request);
    }

    public void placeThenFail(Shopper shopper, CheckoutRequest request) {
        PlacedOrder placed = placement.place(shopper, request);
        throw new IllegalStateException("simulated failure after placing " + placed.order().number());
    }
}
