package dev.bazaar.ordering.application;

import java.util.List;
import java.util.Optional;

import dev.bazaar.identity.application.Shoppers;
import dev.bazaar.identity.application.Shoppers.Shopper;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.payment.application.PaymentMethod;
import dev.bazaar.payment.application.PaymentMethods;
import dev.bazaar.payment.application.PaymentRecords;
import dev.bazaar.payment.application.PaymentRequest;
import dev.bazaar.payment.application.PaymentStart;
import dev.bazaar.payment.application.RefundView;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * A customer's own orders: history, detail, cancelling what has not shipped, and asking to return
 * what was delivered. Another customer's order does not exist for the caller (404).
 */
@Stateless
@RolesAllowed("CUSTOMER")
public class CustomerOrders {

    @Inject
    Orders orders;

    @Inject
    BuyerSteps steps;

    @Inject
    PaymentMethods payments;

    @Inject
    PaymentRecords records;

    @Inject
    Shoppers shoppers;

    @Resource
    SessionContext caller;

    public Page<OrderView> mine(PageRequest page) {
        Page<OrderGroup> groups = orders.groupsOf(shopper().id(), page);
        var names = orders.vendorNames(groups.items().stream().flatMap(g -> g.vendorOrders().stream())
                .map(VendorOrder::vendorId).distinct().toList());
        return groups.map(g -> OrderViews.of(g, names, OrderViews.Reader.CUSTOMER));
    }

    public OrderView mine(String number) {
        return view(own(shopper(), number, false));
    }

    /**
     * How to pay for an order still awaiting its payment; empty once paid or cancelled. For a card order
     * this (re)starts the payment at Stripe when an earlier try could not reach it, outside any
     * transaction, and reads the intent back when the shopper returns from paying ({@code returned}).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<PaymentStart> payment(String number, boolean returned) {
        CustomerOrders self = caller.getBusinessObject(CustomerOrders.class);
        if (returned) {
            Owned owned = self.owned(number);
            payments.chosen(owned.paymentMethod()).shopperReturned(owned.groupId());
        }
        return self.pendingPayment(number).map(p -> p.method().afterCommit(p.request(), p.begun()));
    }

    /** A line of one of the caller's orders; another customer's line does not exist for the caller (404). */
    public BoughtLine boughtLine(long lineId) {
        return orders.lineOf(shopper().id(), lineId)
                .map(l -> new BoughtLine(l.lineId(), l.productId(), l.productName(), l.vendorId(), l.status().reachedTheBuyer()))
                .orElseThrow(() -> new NotFoundException("You have no order line " + lineId));
    }

    /** The refunds of one of the caller's orders, oldest first. */
    public List<RefundView> refunds(String number) {
        return records.refundsOf(own(shopper(), number, false).id());
    }

    /** One of the caller's order groups, by number. */
    public record Owned(long groupId, String paymentMethod) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Owned owned(String number) {
        OrderGroup group = own(shopper(), number, false);
        return new Owned(group.id(), group.paymentMethod());
    }

    /** An order's payment as its method begins it, while the order still awaits it. */
    public record Pending(PaymentMethod method, PaymentRequest request, PaymentStart begun) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Pending> pendingPayment(String number) {
        OrderGroup group = own(shopper(), number, false);
        PaymentMethod method = payments.chosen(group.paymentMethod());
        if (!group.awaitsPayment()) {
            return Optional.empty();
        }
        return Optional.of(new Pending(method, OrderPlacement.paymentRequest(group), OrderPlacement.startPayment(method, group)));
    }

    /**
     * Cancels one shop's part ({@code vendorOrderNumber}) or, without it, every part of the order;
     * all of them must still be cancellable (nothing shipped), or nothing is cancelled (409).
     */
    public OrderView cancel(String number, String vendorOrderNumber, String reason) {
        Shopper shopper = shopper();
        OrderGroup group = own(shopper, number, true);
        steps.cancel(group, vendorOrderNumber, reason, shopper.email());
        return view(group);
    }

    /** Asks the shop to take a delivered part back; the reason is required. */
    public OrderView requestReturn(String number, String vendorOrderNumber, String reason) {
        Shopper shopper = shopper();
        BuyerSteps.ReturnRequest request = BuyerSteps.ReturnRequest.of(vendorOrderNumber, reason);
        OrderGroup group = own(shopper, number, true);
        steps.requestReturn(group, request, shopper.email());
        return view(group);
    }

    private OrderGroup own(Shopper shopper, String number, boolean forUpdate) {
        String n = number == null ? "" : number.strip();
        return (forUpdate ? orders.groupForUpdate(n) : orders.group(n))
                .filter(g -> g.belongsTo(shopper.id()))
                .orElseThrow(() -> new NotFoundException("You have no order " + n));
    }

    private OrderView view(OrderGroup group) {
        return OrderViews.of(group, orders, OrderViews.Reader.CUSTOMER);
    }

    private Shopper shopper() {
        return shoppers.required(caller.getCallerPrincipal(), "Sign in to see your orders");
    }
}
