package dev.bazaar.payment.domain;

/**
 * Where a refund stands. PENDING: asked of Stripe, not yet confirmed; OWED: a bank-transfer order's
 * refund an admin still has to pay out (then PAID_OUT). Every status but FAILED counts against what
 * the part may still be refunded.
 */
public enum RefundStatus {
    PENDING,
    SUCCEEDED,
    FAILED,
    OWED,
    PAID_OUT;

    public boolean counts() {
        return this != FAILED;
    }

    /** The money has gone back to the shopper. */
    public boolean done() {
        return this == SUCCEEDED || this == PAID_OUT;
    }
}
