package dev.bazaar.payment.domain;

/**
 * Where a card payment stands, following its Stripe PaymentIntent. AWAITING_INTENT: the order is
 * placed but Stripe has not (yet) answered; the payment can be started again.
 */
public enum CardPaymentStatus {
    AWAITING_INTENT,
    REQUIRES_PAYMENT_METHOD,
    PROCESSING,
    SUCCEEDED,
    CANCELED;

    /** The shopper can still pay: the order page offers the card form. */
    public boolean payable() {
        return this == AWAITING_INTENT || this == REQUIRES_PAYMENT_METHOD;
    }

    public boolean settled() {
        return this == SUCCEEDED || this == CANCELED;
    }
}
