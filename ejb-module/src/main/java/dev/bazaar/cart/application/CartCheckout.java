package dev.bazaar.cart.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.bazaar.cart.domain.Cart;
import dev.bazaar.cart.domain.Carts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The cart as checkout sees it: the ordering context reads a customer's cart here, tells it which
 * prices the shopper has now seen, and has it emptied when the order is placed, all inside the
 * checkout's transaction. It never touches the cart aggregate itself.
 */
@Dependent
@Transactional(Transactional.TxType.MANDATORY)
public class CartCheckout {

    /** A customer's cart to be priced: one currency, its lines with the price last shown for each. */
    public record CheckoutCart(String currency, List<Line> lines) {
    }

    public record Line(long variantId, int quantity, long seenPriceAmount) {
    }

    @Inject
    Carts carts;

    /** The customer's cart; an empty or missing one is a conflict, since there is nothing to check out. */
    public CheckoutCart of(long customerId) {
        Cart cart = nonEmpty(customerId);
        return new CheckoutCart(cart.currency(), cart.lines().stream()
                .map(line -> new Line(line.variantId(), line.quantity(), line.seenPriceAmount())).toList());
    }

    /** The shopper has now been shown these prices (by variant): a later change is explained against them. */
    public void pricesSeen(long customerId, Map<Long, Money> prices) {
        nonEmpty(customerId).pricesSeen(prices);
    }

    /** The order is placed: the cart starts again. */
    public void handOver(long customerId, Instant now) {
        nonEmpty(customerId).empty(now);
    }

    private Cart nonEmpty(long customerId) {
        return carts.ofCustomer(customerId).filter(c -> !c.isEmpty())
                .orElseThrow(() -> new ConflictException("cart", "is empty: add something to it first"));
    }
}
