package dev.bazaar.payment.application;

import java.time.Duration;

/**
 * One way to pay for a checkout. Checkout calls {@link #begin} inside its transaction, after the
 * order is placed, and {@link #afterCommit} once that transaction has committed, outside any: the
 * manual method only explains how to pay; the card method records its payment in the first and asks
 * Stripe for the PaymentIntent in the second (no row lock or XA branch is held across a call to
 * Stripe). Adding a method is a new implementation of this interface, found by CDI; checkout does
 * not change.
 */
public interface PaymentMethod {

    /** The code clients send (MANUAL, CARD ...). */
    String code();

    /** What a shopper reads when choosing. */
    String label();

    /** Where it stands among the methods offered (lowest first): the method that always works leads. */
    int rank();

    /** Whether it can be offered now (a card method needs its keys configured). */
    boolean available();

    /** How long an order paid this way holds its stock before it expires unpaid. */
    Duration paymentWindow();

    PaymentStart begin(PaymentRequest request);

    /**
     * The order is committed: finish what needs the outside world, and say how the shopper pays now.
     * Never throws for an outside failure: the order stays payable and the answer says what went wrong.
     */
    default PaymentStart afterCommit(PaymentRequest request, PaymentStart begun) {
        return begun;
    }

    /** The shopper came back from paying (outside any transaction): a method may read the outcome now. */
    default void shopperReturned(long orderGroupId) {
    }

    /** The order expired unpaid and was cancelled (outside any transaction): give its payment up. */
    default void orderGaveUp(long orderGroupId) {
    }
}
