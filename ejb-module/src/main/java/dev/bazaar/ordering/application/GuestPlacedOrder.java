package dev.bazaar.ordering.application;

import java.time.Instant;

import dev.bazaar.payment.application.PaymentStart;

/**
 * A guest's placed checkout: the order, how to pay, and the token of the order's link (also mailed to
 * the guest) with the moment it stops working; {@code replayed} when an Idempotency-Key returned an
 * earlier order (its link is then a new one: tokens are stored only hashed).
 */
public record GuestPlacedOrder(OrderView order, PaymentStart payment, boolean replayed, String orderToken, Instant orderTokenExpiresAt) {
}
