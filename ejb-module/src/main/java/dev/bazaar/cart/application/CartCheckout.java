package dev.bazaar.cart.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.cart.domain.Cart;
import dev.bazaar.cart.domain.Carts;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.SecretTokens;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The cart as checkout sees it: the ordering context reads a customer's (or a guest's) cart here, tells it which
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

    /** Whose cart: a customer's, or the guest cart named by its token. */
    public record Owner(Long customerId, String guestToken) {

        public static Owner customer(long customerId) {
            return new Owner(customerId, null);
        }

        public static Owner guest(String guestToken) {
            return new Owner(null, guestToken);
        }
    }

    @Inject
    Carts carts;

    /** The owner's cart; an empty or missing one is a conflict, since there is nothing to check out. */
    public CheckoutCart of(Owner owner) {
        Cart cart = nonEmpty(owner);
        return new CheckoutCart(cart.currency(), cart.lines().stream()
                .map(line -> new Line(line.variantId(), line.quantity(), line.seenPriceAmount())).toList());
    }

    /** The shopper has now been shown these prices (by variant): a later change is explained against them. */
    public void pricesSeen(Owner owner, Map<Long, Money> prices) {
        nonEmpty(owner).pricesSeen(prices);
    }

    /** The order is placed: the cart starts again. */
    public void handOver(Owner owner, Instant now) {
        nonEmpty(owner).empty(now);
    }

    private Cart nonEmpty(Owner owner) {
        Optional<Cart> cart = owner.customerId() != null ? carts.ofCustomer(owner.customerId())
                : owner.guestToken() == null || owner.guestToken().isBlank() ? Optional.empty()
                : carts.ofGuest(SecretTokens.hash(owner.guestToken()));
        return cart.filter(c -> !c.isEmpty())
                .orElseThrow(() -> new ConflictException("cart", "is empty: add something to it first"));
    }
}
