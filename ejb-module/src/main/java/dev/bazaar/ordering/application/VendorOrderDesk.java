package dev.bazaar.ordering.application;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bazaar.kernel.BulkOutcome;
import dev.bazaar.kernel.CallerScope;
import dev.bazaar.kernel.InvalidInputException;
import dev.bazaar.kernel.MessageKey;
import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.kernel.Page;
import dev.bazaar.kernel.PageRequest;
import dev.bazaar.kernel.Role;
import dev.bazaar.ordering.domain.Orders;
import dev.bazaar.ordering.domain.VendorOrder;
import dev.bazaar.ordering.domain.VendorOrderStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A shop's side of its orders: its own vendor orders only (another shop's are not found), accept,
 * ship with carrier and tracking number, mark delivered, take a return back or deny it. Any member
 * fulfils; only owners and managers cancel.
 */
@Stateless
@RolesAllowed({"VENDOR_OWNER", "VENDOR_MANAGER", "VENDOR_STAFF"})
public class VendorOrderDesk {

    /** More than a page of the largest table, fewer than a transaction should hold. */
    public static final int MAX_SELECTION = 200;

    @Inject
    Orders orders;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    CallerScope callers;

    /** The shop's orders; the filter's vendor is always the caller's shop. */
    public Page<VendorOrderView> orders(Orders.Filter filter, PageRequest page) {
        long vendorId = vendor(Role.SHOP_MEMBERS);
        Page<VendorOrder> found = orders.vendorOrders(new Orders.Filter(filter.status(), vendorId, filter.placedFrom(),
                filter.placedBefore(), filter.customer()), page);
        Map<Long, String> names = orders.vendorNames(Set.of(vendorId));
        return found.map(o -> OrderViews.of(o, names, OrderViews.Reader.SHOP));
    }

    public VendorOrderView order(String number) {
        long vendorId = vendor(Role.SHOP_MEMBERS);
        String n = number == null ? "" : number.strip();
        return view(orders.vendorOrder(n).filter(o -> o.vendorId() == vendorId).orElseThrow(() -> notFound(n)));
    }

    public VendorOrderView accept(String number) {
        VendorOrder order = own(number, Role.SHOP_MEMBERS);
        lifecycle.accept(order, callers.email());
        return view(order);
    }

    /**
     * Accepts many of the shop's paid orders in one transaction: the selection is loaded (and its groups
     * locked) in one go, each order moves as {@link #accept} would move it, and a number that is not the
     * shop's or not paid is refused with the reason while the others go ahead.
     */
    public BulkOutcome acceptAll(List<String> numbers) {
        long vendorId = vendor(Role.SHOP_MEMBERS);
        Set<String> selection = selection(numbers);
        Map<String, VendorOrder> found = new HashMap<>();
        orders.vendorOrdersForUpdate(vendorId, selection).forEach(order -> found.put(order.number(), order));
        BulkOutcome.Tally tally = new BulkOutcome.Tally();
        for (String number : selection) {
            VendorOrder order = found.get(number);
            if (order == null) {
                tally.refused(number, "your shop has no such order");
            } else if (!order.status().canTransitionTo(VendorOrderStatus.ACCEPTED)) {
                tally.refused(number, order.status().label() + ": only paid orders are accepted");
            } else {
                lifecycle.accept(order, callers.email());
                tally.done(number);
            }
        }
        return tally.outcome();
    }

    /** {@link #acceptAll} for every order of the shop the list's filters match, on every page (see {@link #matching}). */
    public BulkOutcome acceptMatching(Orders.Filter filters) {
        return acceptAll(matching(filters));
    }

    /**
     * The numbers of the shop's orders the list's filters match, newest first (to accept them or print
     * their slips together); more than {@value #MAX_SELECTION} are refused as a whole, with their number.
     */
    public List<String> matching(Orders.Filter filters) {
        long vendorId = vendor(Role.SHOP_MEMBERS);
        Orders.Filter own = new Orders.Filter(filters.status(), vendorId, filters.placedFrom(), filters.placedBefore(), filters.customer());
        List<String> numbers = orders.vendorOrderNumbers(own, MAX_SELECTION + 1);
        if (numbers.isEmpty()) {
            throw new InvalidInputException("filters", "match no orders");
        }
        if (numbers.size() > MAX_SELECTION) {
            long count = orders.vendorOrders(own, new PageRequest(0, 1)).totalItems();
            throw new InvalidInputException("filters", "match " + count + " orders, and one action takes at most " + MAX_SELECTION
                    + ": narrow the filters and act again; nothing was changed");
        }
        return numbers;
    }

    /** The shop's orders with these numbers, in the order asked (for packing slips printed together); others are left out. */
    public List<VendorOrderView> orders(List<String> numbers) {
        long vendorId = vendor(Role.SHOP_MEMBERS);
        Set<String> selection = selection(numbers);
        Map<String, VendorOrder> found = new HashMap<>();
        orders.vendorOrders(vendorId, selection).forEach(order -> found.put(order.number(), order));
        Map<Long, String> names = orders.vendorNames(Set.of(vendorId));
        return selection.stream().filter(found::containsKey)
                .map(number -> OrderViews.of(found.get(number), names, OrderViews.Reader.SHOP)).toList();
    }

    public VendorOrderView ship(String number, String carrier, String trackingNumber) {
        VendorOrder order = own(number, Role.SHOP_MEMBERS);
        lifecycle.ship(order, carrier, trackingNumber, callers.email());
        return view(order);
    }

    public VendorOrderView deliver(String number) {
        VendorOrder order = own(number, Role.SHOP_MEMBERS);
        lifecycle.deliver(order, callers.email());
        return view(order);
    }

    public VendorOrderView approveReturn(String number) {
        VendorOrder order = own(number, Role.SHOP_MEMBERS);
        lifecycle.approveReturn(order, callers.email());
        return view(order);
    }

    public VendorOrderView denyReturn(String number, String reason) {
        VendorOrder order = own(number, Role.SHOP_MEMBERS);
        lifecycle.denyReturn(order, Reasons.required(reason, "the customer is told why"), callers.email());
        return view(order);
    }

    public VendorOrderView cancel(String number, String reason) {
        VendorOrder order = own(number, Role.SHOP_MANAGERS);
        String why = Reasons.required(reason, "the customer is told why");
        lifecycle.cancel(order, callers.email(), "cancelled by the shop: " + why, MessageKey.of("cancelledByShop", why));
        return view(order);
    }

    /** The caller's shop's vendor order, its group locked (payment, expiry and cancellation never cross). */
    private VendorOrder own(String number, Set<Role> roles) {
        long vendorId = vendor(roles);
        String n = number == null ? "" : number.strip();
        return orders.vendorOrderForUpdate(n).filter(o -> o.vendorId() == vendorId)
                .orElseThrow(() -> notFound(n));
    }

    private static Set<String> selection(List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw new InvalidInputException("numbers", "must name at least one order");
        }
        if (numbers.size() > MAX_SELECTION) {
            throw new InvalidInputException("numbers", "may name at most " + MAX_SELECTION + " orders at a time");
        }
        Set<String> selection = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number == null || number.isBlank()) {
                throw new InvalidInputException("numbers", "must all be order numbers");
            }
            selection.add(number.strip());
        }
        return selection;
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("Your shop has no order " + number);
    }

    private VendorOrderView view(VendorOrder order) {
        return OrderViews.of(order, orders.vendorNames(Set.of(order.vendorId())), OrderViews.Reader.SHOP);
    }

    private long vendor(Set<Role> roles) {
        return callers.shop(roles, roles.equals(Role.SHOP_MEMBERS)
                ? "Your account does not work for a shop" : "Only the shop's owner and managers may do this");
    }

    }
