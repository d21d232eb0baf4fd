package dev.bazaar.ordering.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.Money;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.OrderPricing;
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
        Money zero = Money.ofMinor(0, g.currency());
        List<OrderPricing.Shown> shown = g.vendorOrders().stream().map(OrderViews::shown).toList();
        OrderView.Shown whole = new OrderView.Shown(shown.stream().map(OrderPricing.Shown::goods).reduce(zero, Money::plus),
                shown.stream().map(OrderPricing.Shown::discount).reduce(zero, Money::plus),
                shown.stream().map(OrderPricing.Shown::shipping).reduce(zero, Money::plus));
        return new OrderView(g.id(), g.number(), g.customerEmail(), g.customerName(), g.currency(), g.placedAt(),
                g.paymentMethod(), g.paymentStatus(), g.paidAt(), g.reservedUntil(), g.shipTo(), g.billTo(),
                g.items(), g.discount(), g.shipping(), g.tax(), g.total(), g.taxRateBps(), g.pricesIncludeTax(), whole,
                g.couponCode(), g.language(), parts);
    }

    static VendorOrderView of(VendorOrder o, Map<Long, String> vendorNames, Reader reader) {
        boolean staffView = reader != Reader.CUSTOMER;
        List<Money> shownLines = shown(o).lines();
        List<OrderLineView> lines = new ArrayList<>();
        for (int i = 0; i < o.lines().size(); i++) {
            lines.add(OrderLineView.of(o.lines().get(i), shownLines.get(i)));
        }
        return new VendorOrderView(o.id(), o.number(), o.group().number(), o.vendorId(), vendorNames.get(o.vendorId()),
                o.status(), o.status().next(), o.items(), o.discount(), o.shipping(), o.tax(), o.total(),
                staffView ? o.commission() : null, o.shippingMethod(), o.carrier(), o.trackingNumber(), o.placedAt(),
                o.updatedAt(), o.group().customerName(), o.group().shipTo(), List.copyOf(lines),
                o.history().stream().map(c -> step(c, staffView)).toList());
    }

    /**
     * A part's figures as its checkout showed them: recomputed from the net figures it keeps, the same way
     * checkout computed them (so they add up to the part's total, to the minor unit), or the net ones.
     */
    static OrderPricing.Shown shown(VendorOrder o) {
        List<OrderPricing.Line> lines = o.lines().stream().map(l -> new OrderPricing.Line(l.unitPrice(), l.quantity())).toList();
        if (o.group().pricesIncludeTax()) {
            return OrderPricing.grossShown(lines, o.items(), o.discount(), o.shipping(), o.group().taxRateBps());
        }
        return new OrderPricing.Shown(lines.stream().map(OrderPricing.Line::amount).toList(), o.items(), o.discount(), o.shipping());
    }

    private static StatusChangeView step(StatusChange c, boolean withActor) {
        return new StatusChangeView(c.from(), c.to(), withActor ? c.actor() : null, c.reason(), c.occurredAt());
    }
}
