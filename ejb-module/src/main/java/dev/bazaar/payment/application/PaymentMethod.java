package dev.bazaar.payment.application;

/**
 * One way to pay for a checkout. Checkout calls {@link #begin} inside its transaction, after the
 * order is placed: the manual method only explains how to pay; a card method (Stripe) would create
 * its payment intent here and return what the client needs to confirm it. Adding a method is a new
 * implementation of this interface, found by CDI; checkout does not change.
 */
public interface PaymentMethod {

    /** The code clients send (MANUAL, CARD ...). */
    String code();

    /** What a shopper reads when choosing. */
    String label();

    /** Whether it can be offered now (a card method needs its keys configured). */
    boolean available();

    PaymentStart begin(PaymentRequest request);
}
