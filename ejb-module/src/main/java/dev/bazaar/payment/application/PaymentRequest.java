package dev.bazaar.payment.application;

import java.time.Instant;

import dev.bazaar.kernel.Money;

/** What a payment method needs to start taking a checkout's one payment. */
public record PaymentRequest(long orderGroupId, String orderNumber, Money total, String customerEmail, Instant payBefore) {
}
