package dev.bazaar.payment.application;

import java.time.Instant;

/**
 * What the payment context tells the orders when Stripe settles a payment. Ordering implements it
 * (the order group decides whether it can still be paid); it runs in the transaction that records
 * the payment, so the order's change, the payment row and the events commit together.
 */
public interface PaymentOutcomes {

    /** How the order took the news of its payment. */
    enum Accepted {
        /** The order is paid now. */
        PAID,
        /** It was paid already: nothing changed. */
        ALREADY_PAID,
        /** It can no longer be paid (cancelled meanwhile): the money must go back. */
        NOT_PAYABLE
    }

    Accepted paid(long orderGroupId, Instant at, String reason);
}
