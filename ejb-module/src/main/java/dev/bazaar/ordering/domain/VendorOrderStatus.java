package dev.bazaar.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one shop's part of an order stands. The allowed moves live here and nowhere else:
 * <pre>
 * PENDING_PAYMENT → PAID → ACCEPTED → SHIPPED → DELIVERED → COMPLETED
 *        ↓           ↓        ↓                      ↓
 *    CANCELLED   CANCELLED CANCELLED         RETURN_REQUESTED → RETURNED → REFUNDED
 *                                                    ↓ (denied)
 *                                                COMPLETED
 * </pre>
 */
public enum VendorOrderStatus {
    PENDING_PAYMENT("Awaiting payment"),
    PAID("Paid, to accept"),
    ACCEPTED("Accepted"),
    SHIPPED("Shipped"),
    DELIVERED("Delivered"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    RETURN_REQUESTED("Return requested"),
    RETURNED("Returned"),
    REFUNDED("Refunded");

    private final String label;

    VendorOrderStatus(String label) {
        this.label = label;
    }

    /** The status as people read it in the back office. */
    public String label() {
        return label;
    }

    public Set<VendorOrderStatus> next() {
        return switch (this) {
            case PENDING_PAYMENT -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(ACCEPTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED, RETURN_REQUESTED);
            case RETURN_REQUESTED -> EnumSet.of(RETURNED, COMPLETED);
            case RETURNED -> EnumSet.of(REFUNDED);
            case COMPLETED, CANCELLED, REFUNDED -> EnumSet.noneOf(VendorOrderStatus.class);
        };
    }

    public boolean canTransitionTo(VendorOrderStatus target) {
        return next().contains(target);
    }

    /** The goods reached the buyer (whatever happened after): what a verified review asks for. */
    public boolean reachedTheBuyer() {
        return this == DELIVERED || this == COMPLETED || this == RETURN_REQUESTED || this == RETURNED || this == REFUNDED;
    }

    /** The stock is still only reserved: cancelling releases it. */
    public boolean holdsReservation() {
        return this == PENDING_PAYMENT;
    }

    /** The units have left stock as a sale: cancelling (before shipment) puts them back. */
    public boolean soldFromStock() {
        return this == PAID || this == ACCEPTED;
    }

    /** Shoppers may still cancel: nothing has left the shop yet. */
    public boolean cancellableByCustomer() {
        return canTransitionTo(CANCELLED);
    }
}
