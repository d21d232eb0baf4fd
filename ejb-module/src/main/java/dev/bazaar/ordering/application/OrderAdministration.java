package dev.bazaar.ordering.application;

import java.util.List;
import java.util.Map;

import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.MessageKey;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.ordering.domain.OrderGroup;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrder;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Platform admins' view of every order: filter by status, shop, date and customer; mark a manual
 * payment received; cancel a shop's part. Each call checks that the caller is still an active admin.
 */
@Stateless
@RolesAllowed("PLATFORM_ADMIN")
public class OrderAdministration {

    /** A note on a payment marked by hand; with its prefix it fits the status history's 500 characters. */
    public static final int MAX_NOTE = 400;

    @Inject
    Orders orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    CallerScope callers;

    @Resource
    SessionContext caller;

    public Page<VendorOrderView> vendorOrders(Orders.Filter filter, PageRequest page) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        Page<VendorOrder> found = orders.vendorOrders(filter, page);
        Map<Long, String> names = orders.vendorNames(found.items().stream().map(VendorOrder::vendorId).distinct().toList());
        return found.map(o -> OrderViews.of(o, names, OrderViews.Reader.ADMIN));
    }

    public OrderView order(String number) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        return view(orders.group(clean(number)).orElseThrow(() -> notFound(number)));
    }

    /** One shop's part of an order, for its packing slip. */
    public VendorOrderView vendorOrder(String number) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        VendorOrder part = orders.vendorOrder(clean(number)).orElseThrow(() -> notFound(number));
        return OrderViews.of(part, orders.vendorNames(List.of(part.vendorId())), OrderViews.Reader.ADMIN);
    }

    /** The bank transfer or the cash arrived: every part still pending is paid and its stock sold. */
    public OrderView markPaid(String number, String note) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String given = FieldProblems.strip(note);
        new FieldProblems().optional("note", given, MAX_NOTE).throwIfAny();
        OrderGroup group = orders.groupForUpdate(clean(number)).orElseThrow(() -> notFound(number));
        lifecycle.markPaid(group, caller.getCallerPrincipal().getName(),
                "manual payment received" + (given == null ? "" : ": " + given));
        return view(group);
    }

    /** Cancels one shop's part, or every part; all must still be cancellable, or nothing is cancelled (409). */
    public OrderView cancel(String number, String vendorOrderNumber, String reason) {
        callers.requireActive(Role.PLATFORM_ADMIN);
        String given = Reasons.required(reason, "the customer and the shop are told why");
        String why = "cancelled by Bazaar: " + given;
        OrderGroup group = orders.groupForUpdate(clean(number)).orElseThrow(() -> notFound(number));
        for (VendorOrder part : group.parts(vendorOrderNumber)) {
            lifecycle.cancel(part, caller.getCallerPrincipal().getName(), why, MessageKey.of("cancelledByBazaar", given));
        }
        return view(group);
    }

    private OrderView view(OrderGroup group) {
        return OrderViews.of(group, orders, OrderViews.Reader.ADMIN);
    }

    private static String clean(String number) {
        return number == null ? "" : number.strip();
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("No order " + clean(number));
    }
}
