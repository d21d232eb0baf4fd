package dev.bazaar.ordering.application;

import java.util.List;
import java.util.Map;

import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.StatusChange;
import dev.bazaar.ordering.domain.VendorOrder;

/** Turns orders into views for their three kinds of readers. */
final class OrderViews {

    /** Who reads: customers see no commission and no staff addresses; shops see no customer e-mail. */
    enum Reader {
        CUSTOMER, SHOP, ADMIN
    }

    private OrderViews() {
    }

    /** The group with its shops' names read from {@code orders}. */
    static OrderView of(OrderGroup g, Orders orders, Reader reader) {
        return of(g, orders.vendorNames(g.vendorOrders().stream().map(VendorOrder::vendorId).toList()), reader);
    }

    static OrderView of(OrderGroup g, Map<Long, String> vendorNames, Reader reader) {
        List<VendorOrderView> parts = g.vendorOrders().stream().map(o -> of(o, vendorNames, reader)).toList();
        return new OrderView(g.id(), g.number(), g.customerEmail(), g.customerName(), g.currency(), g.placedAt(),
                g.paymentMethod(), g.paymentStatus(), g.paidAt(), g.reservedUntil(), g.shipTo(), g.billTo(),
                g.items(), g.discount(), g.shipping(), g.tax(), g.total(), g.taxRateBps(), g.couponCode(), parts);
    }

    static VendorOrderView of(VendorOrder o, Map<Long, String> vendorNames, Reader reader) {
        boolean staffView = reader != Reader.CUSTOMER;
        return new VendorOrderView(o.id(), o.number(), o.group().number(), o.vendorId(), vendorNames.get(o.vendorId()),
                o.status(), o.status().next(), o.items(), o.discount(), o.shipping(), o.tax(), o.total(),
                staffView ? o.commission() : null, o.shippingMethod(), o.carrier(), o.trackingNumber(), o.placedAt(),
                o.updatedAt(), o.group().customerName(), o.group().shipTo(),
                o.lines().stream().map(OrderLineView::of).toList(),
                o.history().stream().map(c -> step(c, staffView)).toList());
    }

    private static StatusChangeView step(StatusChange c, boolean withActor) {
        return new StatusChangeView(c.from(), c.to(), withActor ? c.actor() : null, c.reason(), c.occurredAt());
    }
}
