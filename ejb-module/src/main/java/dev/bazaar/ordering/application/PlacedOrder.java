package dev.bazaar.ordering.application;

import dev.bazaar.payment.application.PaymentStart;

/** A placed checkout and how to pay for it; {@code replayed} when an Idempotency-Key returned an earlier order. */
public record PlacedOrder(OrderView order, PaymentStart payment, boolean replayed) {
}
