package dev.bazaar.ordering.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.bazaar.kernel.Money;
import dev.bazaar.kernel.PostalAddress;
import dev.bazaar.ordering.domain.VendorOrderStatus;

/**
 * One shop's part of an order. Who reads it decides what is filled in: the commission and the staff
 * in the history are for the shop and admins, not for customers; {@code next} lists the statuses it
 * can move to.
 */
public record VendorOrderView(long id, String number, String orderNumber, long vendorId, String vendorName,
                              VendorOrderStatus status, Set<VendorOrderStatus> next, Money items, Money discount,
                              Money shipping, Money tax, Money total, Money commission, String shippingMethod,
                              String carrier, String trackingNumber, Instant placedAt, Instant updatedAt,
                              String customerName, PostalAddress shipTo, List<OrderLineView> lines,
                              List<StatusChangeView> history) {
}
