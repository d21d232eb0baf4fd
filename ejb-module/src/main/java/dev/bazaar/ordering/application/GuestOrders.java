package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.Optional;

import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.SecretTokens;
import dev.bazaar.ordering.domain.Guests;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.payment.application.PaymentMethod;
import dev.bazaar.payment.application.PaymentMethods;
import dev.bazaar.payment.application.PaymentStart;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A guest's order, reached through the link mailed at checkout: the order, how to pay for it, and
 * the steps a customer takes on an order (cancel before it ships, ask for a return once delivered),
 * under the same rules ({@link BuyerSteps}). The link's token is the only authority: it opens exactly
 * one order group; a token that was never issued, or has expired, opens nothing and changes nothing
 * (404, the same answer for both), and a part of another order is not found in this one.
 */
@Stateless
@PermitAll
public class GuestOrders {

    static final String NO_ORDER = "This link opens no order: it may have expired. Your order mail has the link.";

    @Inject
    Orders orders;

    @Inject
    Guests guests;

    @Inject
    PaymentMethods payments;

    @Inject
    BuyerSteps steps;

    @Resource
    SessionContext context;

    public OrderView show(String token) {
        return OrderViews.of(group(token), orders, OrderViews.Reader.CUSTOMER);
    }

    /**
     * How to pay while the order awaits its payment; empty once paid or cancelled. As for a customer's
     * order, a card payment is (re)started at Stripe outside any transaction, and read back when the
     * guest returns from paying ({@code returned}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PaymentStart> payment(String token, boolean returned) {
        GuestOrders self = context.getBusinessObject(GuestOrders.class);
        if (returned) {
            OrderView order = self.show(token);
            payments.chosen(order.paymentMethod()).shopperReturned(order.id());
        }
        return self.pendingPayment(token).map(p -> p.method().afterCommit(p.request(), p.begun()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<CustomerOrders.Pending> pendingPayment(String token) {
        OrderGroup group = group(token);
        if (!group.awaitsPayment()) {
            return Optional.empty();
        }
        PaymentMethod method = payments.chosen(group.paymentMethod());
        return Optional.of(new CustomerOrders.Pending(method, OrderPlacement.paymentRequest(group),
                OrderPlacement.startPayment(method, group)));
    }

    /**
     * Cancels one shop's part ({@code vendorOrderNumber}) or, without it, every part of the order;
     * all of them must still be cancellable (nothing shipped), or nothing is cancelled (409).
     */
    public OrderView cancel(String token, String vendorOrderNumber, String reason) {
        OrderGroup group = groupForUpdate(token);
        steps.cancel(group, vendorOrderNumber, reason, group.customerEmail());
        return OrderViews.of(group, orders, OrderViews.Reader.CUSTOMER);
    }

    /** Asks the shop to take a delivered part back; the part and the reason are required. */
    public OrderView requestReturn(String token, String vendorOrderNumber, String reason) {
        BuyerSteps.ReturnRequest request = BuyerSteps.ReturnRequest.of(vendorOrderNumber, reason);
        OrderGroup group = groupForUpdate(token);
        steps.requestReturn(group, request, group.customerEmail());
        return OrderViews.of(group, orders, OrderViews.Reader.CUSTOMER);
    }

    private OrderGroup group(String token) {
        return groupId(token).flatMap(orders::group).orElseThrow(() -> new NotFoundException(NO_ORDER));
    }

    private OrderGroup groupForUpdate(String token) {
        return groupId(token).flatMap(orders::groupForUpdate).orElseThrow(() -> new NotFoundException(NO_ORDER));
    }

    private Optional<Long> groupId(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return guests.groupOfLink(SecretTokens.hash(token.strip()), Instant.now());
    }
}
