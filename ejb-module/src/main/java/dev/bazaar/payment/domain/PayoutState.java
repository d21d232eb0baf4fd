package dev.bazaar.payment.domain;

/**
 * Where a transfer or a transfer reversal stands. SENDING: recorded, and Stripe may or may not have it
 * yet (it is sent, or sent again with the same idempotency key, until Stripe answers); SENT: Stripe made
 * it; FAILED: Stripe refused it, and it is tried again, under a new key, after a back-off.
 */
public enum PayoutState {
    SENDING,
    SENT,
    FAILED
}
