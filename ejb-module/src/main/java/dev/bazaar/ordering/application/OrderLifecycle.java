package dev.bazaar.ordering.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.bazaar.inventory.application.StockReservations;
import dev.bazaar.kernel.MessageKey;
import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.OrderLine;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import dev.bazaar.payment.application.RefundDesk;
import dev.bazaar.platform.application.DomainEvent;
import dev.bazaar.platform.application.EventPublisher;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * What each step of a vendor order does besides changing its status, in the caller's transaction:
 * the stock (payment sells the reservation, cancelling releases or restocks, a return restocks) and
 * the event that tells the rest of Bazaar. The services decide who may take a step; this decides
 * what the step means, once for all of them.
 */
@Dependent
public class OrderLifecycle {

    public static final String PLACED = "order.placed";
    public static final String PAID = "order.paid";
    public static final String CANCELLED = "order.cancelled";
    public static final String SHIPPED = "order.shipped";
    public static final String DELIVERED = "order.delivered";
    public static final String RETURN_REQUESTED = "order.return-requested";

    /**
     * Whether a part that left {@code previousStatus} (as an {@code order.cancelled} event names it)
     * had been paid; a status that is not one of a vendor order's is refused.
     */
    public static boolean wasPaidBefore(String previousStatus) {
        return VendorOrderStatus.valueOf(previousStatus) != VendorOrderStatus.PENDING_PAYMENT;
    }

    @Inject
    StockReservations stock;

    @Inject
    EventPublisher events;

    @EJB
    RefundDesk refunds;

    /** The checkout's one payment arrived: every part is paid and its reservation becomes a sale. */
    public void markPaid(OrderGroup group, String actor, String reason) {
        // as the database keeps it (microseconds), so paidAt reads the same in order.paid and in later events
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (VendorOrder order : group.paid(now, actor, reason)) {
            for (OrderLine line : order.lines()) {
                if (line.variantId() != null) {
                    stock.sell(line.variantId(), held(line), "sold: order " + order.number(), actor);
                }
            }
            publish(PAID, order, payload(order, null));
        }
    }

    /**
     * Cancels one part: reserved units are released, sold ones go back on the shelf, and a part paid by
     * card is refunded (sent to Stripe once the cancellation commits). The event says which status the
     * part left ({@code previousStatus}), so a consumer knows whether a sale is undone, and its reason
     * also as a key ({@code reasonKey}, {@code reasonArguments}) for the customer's mail to word it in
     * the order's language.
     */
    public void cancel(VendorOrder order, String actor, String reason, MessageKey reasonKey) {
        VendorOrderStatus from = order.moveTo(VendorOrderStatus.CANCELLED, actor, reason, Instant.now());
        for (OrderLine line : order.lines()) {
            if (line.variantId() == null) {
                continue;
            }
            if (from.holdsReservation()) {
                stock.release(line.variantId(), held(line), "released: order " + order.number() + " cancelled", actor);
            } else if (from.soldFromStock()) {
                stock.restock(line.variantId(), held(line), "restocked: order " + order.number() + " cancelled", actor);
            }
        }
        order.group().partCancelled();
        publish(CANCELLED, order, payload(order, reason).add("previousStatus", from.name())
                .add("reasonKey", reasonKey.key()).add("reasonArguments", Json.createArrayBuilder(reasonKey.arguments())));
        if (from.soldFromStock()) {
            refunds.refundCancelled(order.number(), actor, reason);
        }
    }

    public void accept(VendorOrder order, String actor) {
        order.moveTo(VendorOrderStatus.ACCEPTED, actor, "accepted by the shop", Instant.now());
    }

    public void ship(VendorOrder order, String carrier, String trackingNumber, String actor) {
        order.ship(carrier, trackingNumber, actor, Instant.now());
        publish(SHIPPED, order, payload(order, null));
    }

    public void deliver(VendorOrder order, String actor) {
        order.moveTo(VendorOrderStatus.DELIVERED, actor, "delivered", Instant.now());
        publish(DELIVERED, order, payload(order, null));
    }

    public void requestReturn(VendorOrder order, String reason, String actor) {
        order.moveTo(VendorOrderStatus.RETURN_REQUESTED, actor, reason, Instant.now());
        publish(RETURN_REQUESTED, order, payload(order, reason));
    }

    /** The shop got the goods back: they return to the shelf they came from. */
    public void approveReturn(VendorOrder order, String actor) {
        order.moveTo(VendorOrderStatus.RETURNED, actor, "return received", Instant.now());
        for (OrderLine line : order.lines()) {
            if (line.variantId() != null) {
                stock.restock(line.variantId(), held(line), "returned: order " + order.number(), actor);
            }
        }
    }

    public void denyReturn(VendorOrder order, String reason, String actor) {
        order.moveTo(VendorOrderStatus.COMPLETED, actor, "return denied: " + reason, Instant.now());
    }

    private static List<StockReservations.Held> held(OrderLine line) {
        return line.allocations().stream().map(a -> new StockReservations.Held(a.locationId(), a.quantity())).toList();
    }

    private void publish(String type, VendorOrder order, JsonObjectBuilder payload) {
        events.publish(DomainEvent.now(type, order.number(), payload.build()));
    }

    /**
     * order.* events carry the vendor order, its group and customer, its total and how it is shared
     * (the platform's commission, the discount the platform funds), so consumers need no lookups;
     * once the order is paid, also when ({@code paidAt}: the day a sale counts on).
     */
    private static JsonObjectBuilder payload(VendorOrder order, String reason) {
        OrderGroup group = order.group();
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("orderNumber", group.number())
                .add("vendorOrderNumber", order.number())
                .add("vendorId", order.vendorId())
                .add("customerEmail", group.customerEmail())
                .add("customerName", group.customerName())
                .add("status", order.status().name())
                .add("total", DomainEvent.money(order.total()))
                .add("commission", DomainEvent.money(order.commission()))
                .add("platformDiscount", DomainEvent.money(order.platformDiscount()))
                .add("lines", lines(order));
        buyer(payload, group);
        if (order.carrier() != null) {
            payload.add("carrier", order.carrier()).add("trackingNumber", order.trackingNumber());
        }
        if (group.paidAt() != null) {
            payload.add("paidAt", group.paidAt().toString());
        }
        if (reason != null) {
            payload.add("reason", reason);
        }
        return payload;
    }

    /** order.placed: the whole checkout with every shop's part. */
    void publishPlaced(OrderGroup group) {
        JsonArrayBuilder parts = Json.createArrayBuilder();
        for (VendorOrder order : group.vendorOrders()) {
            parts.add(Json.createObjectBuilder()
                    .add("vendorOrderNumber", order.number())
                    .add("vendorId", order.vendorId())
                    .add("total", DomainEvent.money(order.total()))
                    .add("commission", DomainEvent.money(order.commission()))
                    .add("lines", lines(order)));
        }
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("orderNumber", group.number())
                .add("customerEmail", group.customerEmail())
                .add("customerName", group.customerName())
                .add("paymentMethod", group.paymentMethod())
                .add("total", DomainEvent.money(group.total()))
                .add("tax", DomainEvent.money(group.tax()))
                .add("taxRate", Checkout.percent(group.taxRateBps()))
                .add("pricesIncludeTax", group.pricesIncludeTax())
                .add("vendorOrders", parts);
        if (group.reservedUntil() != null) {
            payload.add("payBefore", group.reservedUntil().toString());
        }
        events.publish(DomainEvent.now(PLACED, group.number(), buyer(payload, group).build()));
    }

    /**
     * Takes the broker into the current transaction before a checkout locks stock, so a broker that is down
     * fails the checkout before any row is locked ({@link EventPublisher#joinTransaction}).
     */
    public void joinEventStream() {
        events.joinTransaction();
    }

    /** A customer's order names the account ({@code customerId}); a guest's says {@code guest: true} (its link is mailed apart). */
    private static JsonObjectBuilder buyer(JsonObjectBuilder payload, OrderGroup group) {
        return group.customerId() == null ? payload.add("guest", true) : payload.add("customerId", group.customerId());
    }

    /** Each line with its {@code amount} (net) and {@code shownAmount} (as checkout showed it: gross where prices included the tax). */
    private static JsonArrayBuilder lines(VendorOrder order) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        List<OrderLine> orderLines = order.lines();
        List<Money> shown = OrderViews.shown(order).lines();
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            JsonObjectBuilder l = Json.createObjectBuilder()
                    .add("sku", line.sku())
                    .add("productName", line.productName())
                    .add("variantTitle", line.variantTitle())
                    .add("quantity", line.quantity())
                    .add("amount", DomainEvent.money(line.amount()))
                    .add("shownAmount", DomainEvent.money(shown.get(i)));
            if (line.productId() != null) {
                l.add("productId", line.productId());
            }
            lines.add(l);
        }
        return lines;
    }
}
