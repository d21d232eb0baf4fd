package dev.bazaar.ordering.application;

import dev.bazaar.payment.application.PaymentRequest;
import dev.bazaar.payment.application.PaymentStart;

/**
 * A placed checkout and how to pay for it; {@code replayed} when an Idempotency-Key returned an earlier
 * order. {@code paymentRequest} is what the payment method needs once the order has committed.
 */
public record PlacedOrder(OrderView order, PaymentStart payment, PaymentRequest paymentRequest, boolean replayed) {

    PlacedOrder withPayment(PaymentStart started) {
        return new PlacedOrder(order, started, paymentRequest, replayed);
    }
}
