package dev.bazaar.payment.application;

/**
 * How the shopper goes on paying: instructions to read, and for methods confirmed on the client (cards)
 * the PaymentIntent's client secret and the publishable key Stripe.js needs (both null otherwise, and
 * the secret null while the processor could not be reached: the instructions then say so).
 */
public record PaymentStart(String method, String instructions, String clientSecret, String publishableKey) {
}
