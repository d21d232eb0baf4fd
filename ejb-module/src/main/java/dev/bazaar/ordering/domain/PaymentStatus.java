package dev.bazaar.ordering.domain;

/** The one payment of a checkout: awaited, received, or no longer expected (the order was cancelled or expired). */
public enum PaymentStatus {
    AWAITING,
    PAID,
    CANCELLED
}
