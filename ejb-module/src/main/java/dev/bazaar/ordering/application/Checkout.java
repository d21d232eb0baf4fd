package dev.bazaar.ordering.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.bazaar.cart.application.CartCheckout;
import dev.bazaar.cart.application.Offers;
import dev.bazaar.identity.application.Shoppers;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.IdempotencyKey;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.Percentage;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.OrderPricing;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.RateTables;
import dev.bazaar.payment.application.PaymentMethods;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Checkout for the signed-in customer: the order summary, and placing the order in one container
 * transaction (see {@link OrderPlacement}). With an Idempotency-Key, the same key and the same
 * request give the same order however often (and however concurrently) they arrive; the same key
 * with another request is a 422.
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class Checkout {


    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    RateTables rates;

    @Inject
    PaymentMethods payments;

    @Inject
    Shoppers shoppers;

    @Resource
    SessionContext caller;

    @PermitAll
    public List<CheckoutQuote.PaymentOption> paymentMethods() {
        return payments.available().stream().map(m -> new CheckoutQuote.PaymentOption(m.code(), m.label())).toList();
    }

    /** The countries orders can be shipped to (ISO codes). */
    @PermitAll
    public List<String> deliveryCountries() {
        return rates.deliveryCountries();
    }

    /** What the order would cost, shop by shop; the prices shown count as seen by the shopper. */
    public CheckoutQuote quote(CheckoutRequest request) {
        return summary(placement.price(OrderPlacement.Purchaser.of(shopper()), request, false), paymentMethods());
    }

    /** The order summary of a priced cart, shop by shop. */
    static CheckoutQuote summary(OrderPlacement.Priced priced, List<CheckoutQuote.PaymentOption> paymentMethods) {
        OrderPricing.Quote q = priced.quote();
        Map<Long, OrderPricing.ShopQuote> quotedShops = new HashMap<>();
        q.shops().forEach(s -> quotedShops.put(s.vendorId(), s));
        Map<Long, List<CheckoutQuote.Line>> linesByShop = new HashMap<>();
        for (CartCheckout.Line line : priced.cart().lines()) {
            Offers.Offer offer = priced.offers().get(line.variantId());
            OrderPricing.ShopQuote shop = quotedShops.get(offer.vendorId());
            List<CheckoutQuote.Line> lines = linesByShop.computeIfAbsent(offer.vendorId(), v -> new ArrayList<>());
            Money unitPrice = q.pricesIncludeTax() ? OrderPricing.gross(offer.price(), q.taxRateBps()) : offer.price();
            // the shop part's lines are in cart order, as these are
            lines.add(new CheckoutQuote.Line(offer.variantId(), offer.productName(), offer.variantTitle(), offer.sku(),
                    line.quantity(), unitPrice, shop.shown().lines().get(lines.size())));
        }
        List<CheckoutQuote.Shop> shops = q.shops().stream().map(s -> new CheckoutQuote.Shop(s.vendorId(),
                priced.vendorNames().get(s.vendorId()), linesByShop.get(s.vendorId()), s.shown().goods(), s.shown().discount(),
                s.shippingMethod(), s.shown().shipping(), s.tax(), s.total())).toList();
        OrderPricing.Shown shown = q.shown();
        return new CheckoutQuote(q.currency(), shops, shown.goods(), shown.discount(), shown.shipping(), q.tax(), q.total(),
                percent(q.taxRateBps()), q.pricesIncludeTax(), priced.coupon() == null ? null : priced.coupon().code(),
                paymentMethods);
    }

    /**
     * Places the order; {@code idempotencyKey} may be null (then every call is a new checkout). The
     * order commits first; then its payment method finishes what needs the outside world (the card
     * method asks Stripe for the PaymentIntent), so no transaction waits on Stripe.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PlacedOrder place(CheckoutRequest request, String idempotencyKey) {
        PlacedOrder placed = caller.getBusinessObject(Checkout.class).placeInTransaction(request, idempotencyKey);
        PaymentStart payment = payments.chosen(placed.payment().method()).afterCommit(placed.paymentRequest(), placed.payment());
        return placed.withPayment(payment);
    }

    /** The transaction of {@link #place}: the order, its reservations, its payment record and {@code order.placed}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public PlacedOrder placeInTransaction(CheckoutRequest request, String idempotencyKey) {
        return placeOnce(placement, orders, payments, OrderPlacement.Purchaser.of(shopper()), request, request.fingerprint(),
                idempotencyKey);
    }

    /**
     * Places the purchaser's order, or, under an Idempotency-Key already used with the same request
     * ({@code fingerprint}), answers the order placed then.
     */
    static PlacedOrder placeOnce(OrderPlacement placement, Orders orders, PaymentMethods payments, OrderPlacement.Purchaser shopper,
                                 CheckoutRequest request, String fingerprint, String idempotencyKey) {
        if (idempotencyKey == null) {
            return placement.place(shopper, request);
        }
        IdempotencyKey.check(idempotencyKey);
        String requestHash = SecretTokens.hash(fingerprint);
        Optional<Orders.KeyedCheckout> earlier = orders.claimKey(shopper.buyer(), idempotencyKey, requestHash);
        if (earlier.isEmpty()) {
            PlacedOrder placed = placement.place(shopper, request);
            orders.keyMadeOrder(shopper.buyer(), idempotencyKey, placed.order().id());
            return placed;
        }
        if (!earlier.get().requestHash().equals(requestHash)) {
            throw new InvalidInputException(Map.of("Idempotency-Key", "was already used for a different checkout; send a new key"));
        }
        OrderGroup group = orders.group(earlier.get().orderGroupId() == null ? -1 : earlier.get().orderGroupId())
                .orElseThrow(() -> new ConflictException("Idempotency-Key", "names a checkout that is still being placed"));
        return new PlacedOrder(OrderViews.of(group, orders, OrderViews.Reader.CUSTOMER),
                OrderPlacement.startPayment(payments.chosen(group.paymentMethod()), group), OrderPlacement.paymentRequest(group), true);
    }

    private Shopper shopper() {
        return shoppers.required(caller.getCallerPrincipal(), "Sign in to check out");
    }

    static String percent(int basisPoints) {
        return new Percentage(basisPoints).toString();
    }
}
